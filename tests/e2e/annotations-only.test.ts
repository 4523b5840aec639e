import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../core/server/index.ts';
import { openProject } from '../../db/open.ts';
import { RENDERER_DIST, buildRenderer, launchChromium, screenshot } from './browser.ts';
import { baseProject, coderCopy } from '../merge/support.ts';
import { framescope } from '../support/cli.ts';

// Issue #11 in the browser: "annotations only". A copy saved from the top bar's Share… without the
// article texts; merged into a project that lacks one of the texts, the report names that article;
// opened alone, the reader says the text is not included.
describe('annotations-only copies in a browser, through the local bridge', () => {
  let dir: string;
  let notes: string;
  let large: string;
  let mine: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await buildRenderer();
    dir = mkdtempSync(join(tmpdir(), 'framescope-e2e-annotations-only-'));
    const base = await baseProject(dir);
    const ada = await coderCopy(base, dir, 'Ada', async (_engine, h) => {
      for (const [title, words] of [
        ['Relief convoy', 'the government had waited too long'],
        ['Council debates', 'blamed the ministry'],
      ] as const) {
        const article = h.article(title);
        await h.codeWords(article, 'Blame', words);
      }
    });
    notes = join(dir, 'ada-notes.sqlite');
    expect((await framescope('share', '--db', ada, '--out', notes, '--annotations-only')).code).toBe(0);
    // A colleague's project without the council article.
    mine = join(dir, 'mine.sqlite');
    copyFileSync(base, mine);
    const db = new Database(mine);
    db.pragma('foreign_keys = ON');
    db.prepare("DELETE FROM articles WHERE title LIKE 'Council debates%'").run();
    db.close();
    // A colleague's project of many articles (rows written directly, no analysis), for a merge long
    // enough to watch and stop.
    large = join(dir, 'large.sqlite');
    copyFileSync(base, large);
    const big = new Database(large);
    const insert = big.prepare(
      `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
       VALUES (?, ?, ?, ?, 'txt', '2026-01-01T00:00:00.000Z', 9)`,
    );
    big.transaction(() => {
      for (let i = 0; i < 20_000; i++)
        insert.run(
          `large-${i}`,
          `hash-${i}`,
          `Harbour note ${i}`,
          `Harbour note ${i}: the ferry ran on time today.`,
        );
    })();
    big.close();
    server = await startServer({ dbPath: mine, port: 0, staticDir: RENDERER_DIST, allow: [dir] });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves a copy without the article texts from Share…', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Share…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save a copy for a colleague' });
    await dialog.getByLabel('Annotations only: leave the article texts out').check();
    const target = join(dir, 'mine-notes.sqlite');
    await dialog.getByLabel('Path of the new file').fill(target);
    await screenshot(page, 'share-annotations-only');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog
      .getByText(`Saved the annotations without the article texts to ${target}.`)
      .waitFor({ timeout: 30_000 });
    expect(readFileSync(target).toString('utf8')).not.toContain('carrying water pumps and tents');
    const copy = openProject(target, { readonly: true });
    try {
      expect(copy.prepare("SELECT count(*) FROM articles WHERE text != ''").pluck().get()).toBe(0);
      expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    } finally {
      copy.close();
    }
  }, 60_000);

  it('merges an annotations-only file and names the article whose text this project lacks', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: "Merge a colleague's project" });
    await dialog.getByLabel("Path of the colleague's project file").fill(notes);
    await dialog.getByRole('button', { name: 'Merge' }).click();
    const report = dialog.getByLabel('Merge report');
    await report
      .getByText("1 article's annotations could not be attached: you do not have this text.")
      .waitFor({ timeout: 30_000 });
    const missing = report.getByRole('list', { name: 'Articles whose annotations could not be attached' });
    expect(await missing.textContent()).toBe('Council debates the cost of the Portavela relief');
    await expect.poll(() => report.getByRole('row', { name: /Codings/ }).textContent()).toContain('1 new');
    await screenshot(page, 'merge-annotations-only');
    expect((await server.engine.invoke('articles.list', {})).rows).toHaveLength(2);
  }, 60_000);

  it('opened alone, shows each article as "text not included"', async () => {
    const alone = join(dir, 'notes-alone.sqlite');
    copyFileSync(notes, alone);
    const other = await startServer({ dbPath: alone, port: 0, staticDir: RENDERER_DIST, allow: [dir] });
    try {
      const id = (await other.engine.invoke('articles.list', {})).rows.find((row) =>
        row.title?.startsWith('Relief convoy'),
      )!.id;
      await page.goto(`${other.url}#/reader/${id}`);
      await page.getByRole('note').getByText('Text not included').waitFor({ timeout: 30_000 });
      await page.getByText('Annotations only · texts not included').waitFor();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Relief convoy reaches Portavela' }).count())
        .toBe(1);
      await screenshot(page, 'reader-text-not-included');
    } finally {
      await other.close();
    }
  }, 60_000);

  it('shows a long merge’s progress in the Merge dialog, and Stop merging leaves the project as it was', async () => {
    await page.goto(server.url);
    const before = (await server.engine.invoke('articles.list', {})).total;
    const edits = (await server.engine.invoke('history.state')).undoCount;
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: "Merge a colleague's project" });
    await dialog.getByLabel("Path of the colleague's project file").fill(large);
    await dialog.getByRole('button', { name: 'Merge' }).click();
    const progress = dialog.getByRole('status', { name: 'Merge progress' });
    await progress.getByText(/Merging: [\d,]+ of 20,003 articles/).waitFor({ timeout: 60_000 });
    await screenshot(page, 'merge-progress');
    await progress.getByRole('button', { name: 'Stop merging' }).click();
    await dialog
      .getByText('Merge stopped before the end; this project is unchanged.')
      .waitFor({ timeout: 60_000 });
    expect((await server.engine.invoke('articles.list', {})).total).toBe(before);
    expect((await server.engine.invoke('history.state')).undoCount).toBe(edits);
  }, 180_000);
});
