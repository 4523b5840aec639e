import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../core/server/index.ts';
import { RENDERER_DIST, buildRenderer, launchChromium, screenshot } from './browser.ts';
import { baseProject, coderCopy, contentOf } from '../merge/support.ts';
import { fingerprint } from '../../torture/support/files.ts';

// Issue #11 in the browser: a person merges a colleague's copy of the project from the top bar,
// naming it by its path (the bridge only lets the window name files in folders it was allowed).
describe("merging a colleague's project in a browser, through the local bridge", () => {
  let dir: string;
  let ada: string;
  let hostile: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await buildRenderer();
    dir = mkdtempSync(join(tmpdir(), 'framescope-e2e-merge-'));
    const base = await baseProject(dir);
    ada = await coderCopy(base, dir, 'Ada', async (engine, h) => {
      const harbour = h.article('Relief convoy');
      await h.codeWords(
        harbour,
        'Blame',
        'the government had waited too long',
        'blame aimed at the government',
      );
      await engine.invoke('frames.decide', harbour, h.frame(), { present: true, coderId: h.coderId });
    });
    hostile = join(dir, 'from-a-stranger.sqlite');
    copyFileSync(ada, hostile);
    const planted = new Database(hostile);
    planted.exec('CREATE TRIGGER planted AFTER INSERT ON annotations BEGIN DELETE FROM quotes; END');
    planted.close();
    const mine = join(dir, 'mine.sqlite');
    copyFileSync(base, mine);
    server = await startServer({ dbPath: mine, port: 0, staticDir: RENDERER_DIST, allow: [dir] });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const openMerge = async () => {
    await page.getByRole('button', { name: 'Merge…' }).click();
    return page.getByRole('dialog', { name: "Merge a colleague's project" });
  };

  it('refuses a file with a planted trigger with a sentence, changing nothing', async () => {
    await page.goto(server.url);
    const before = fingerprint(hostile);
    const edits = (await server.engine.invoke('history.state')).undoCount;
    const dialog = await openMerge();
    await dialog.getByLabel("Path of the colleague's project file").fill(hostile);
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await page
      .getByText(`Could not merge the project: ${hostile} was not opened`)
      .waitFor({ timeout: 30_000 });
    expect(fingerprint(hostile)).toEqual(before);
    expect((await server.engine.invoke('history.state')).undoCount).toBe(edits);
  }, 60_000);

  it("merges a colleague's codings and decisions, shows the report, and undoes it in one step", async () => {
    await page.goto(server.url);
    const before = fingerprint(ada);
    const edits = (await server.engine.invoke('history.state')).undoCount;
    const dialog = await openMerge();
    await dialog.getByLabel("Path of the colleague's project file").fill(ada);
    await dialog.getByRole('button', { name: 'Merge' }).click();
    const report = dialog.getByLabel('Merge report');
    await report.getByText('Merged Ada.sqlite. Undo takes all of it back.').waitFor({ timeout: 30_000 });
    await expect.poll(() => report.getByRole('row', { name: /Codings/ }).textContent()).toContain('1 new');
    await expect
      .poll(() => report.getByRole('row', { name: /Frame decisions/ }).textContent())
      .toContain('1 new');
    await expect.poll(() => report.getByRole('row', { name: /Coders/ }).textContent()).toContain('1 new');
    await screenshot(page, 'merge-report');
    expect(fingerprint(ada)).toEqual(before);
    expect((await server.engine.invoke('history.state')).undoLabel).toBe('Merge Ada.sqlite');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo Merge Ada.sqlite' }).click();
    await expect.poll(async () => (await server.engine.invoke('history.state')).undoCount).toBe(edits);
    expect(contentOf(ada).codings).toBeGreaterThan(0);
  }, 120_000);
});
