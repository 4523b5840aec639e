import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outletArticlesJsonl } from '../compare/outlets-fixture.ts';
import { ARTIFACTS, ROOT, screenshot, useBrowserSession } from './browser.ts';

// The Compare view on a story with several articles per outlet: the heatmap with counts, intervals
// and the tests in words, whose voice, the table view, primary frames and reporting verbs.

describe('comparing outlets with several articles each, in a browser', () => {
  const session = useBrowserSession('strike.sqlite');
  let storyId = 0;

  beforeAll(async () => {
    const file = join(session.dir, 'strike.jsonl');
    writeFileSync(file, outletArticlesJsonl());
    // Two notes saved without their outlet: counted apart, never a row of their own.
    const notes = join(session.dir, 'notes.jsonl');
    writeFileSync(
      notes,
      [
        'Shipping agents at Kestrel Bay said on Friday that twelve vessels had been diverted to other ports since the walkout began.',
        'The port authority published figures showing container traffic down by two thirds in the first week of the dispute.',
      ]
        .map((text, index) => JSON.stringify({ title: `Saved note ${index + 1}`, text }))
        .join('\n'),
    );
    await session.server.engine.invoke('import.paths', [file, notes]);
    const ids = (await session.server.engine.invoke('articles.list', {})).rows.map((row) => row.id);
    const story = await session.server.engine.invoke('stories.create', 'Kestrel Bay dock strike', ids);
    storyId = story.story.id;
  });

  it('shows counts, intervals, whether outlets differ, whose voice, primary frames and verbs', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/compare/${storyId}`);
    const frames = page.getByRole('region', { name: 'Frames by outlet' });
    await frames.waitFor({ timeout: 60_000 });
    const tests = frames.getByRole('list', { name: 'Whether outlets differ' });
    await expect
      .poll(() => tests.textContent(), { timeout: 30_000 })
      .toMatch(/outlets differ|outlets compared/);
    await expect.poll(() => frames.textContent(), { timeout: 30_000 }).toContain('too few to compare');
    // The articles with no outlet: said in words, in no row of the heatmap, in no test.
    expect(await page.locator('.compare-header').textContent()).toMatch(
      /\d+ articles from 4 outlets, 2 with no outlet named/,
    );
    expect(await frames.textContent()).toContain('2 articles name no outlet');
    expect(await frames.getByRole('button', { name: /^\(no outlet\), / }).count()).toBe(0);
    // A cell says its count, and its tooltip its interval.
    const cell = frames
      .getByRole('button', { name: /^Harbour Ledger, .*: \d of 4 articles \(\d+%; 95% interval/ })
      .first();
    await cell.waitFor();
    expect(await cell.getAttribute('title')).toMatch(/95% interval \d+%–\d+%/);
    await page.getByRole('region', { name: 'Primary frame' }).waitFor();
    const verbs = page.getByRole('region', { name: 'How sources are introduced' });
    await expect.poll(() => verbs.textContent(), { timeout: 30_000 }).toMatch(/insist/);
    // The reprint credited to a news agency is shown under it, not folded out of sight.
    expect(await page.getByRole('list', { name: 'Outlets', exact: true }).textContent()).toMatch(
      /Reutersnews agency\+1 reprint by (Coast Courier|Harbour Ledger|Union Voice|Pier Post)/,
    );
    await screenshot(page, '12-compare-outlets');
    await frames.screenshot({ path: join(ARTIFACTS, '12-compare-heatmap.png') });

    await frames.getByRole('button', { name: 'Table' }).click();
    const table = frames.getByRole('table', { name: /counts, shares and 95% intervals/ });
    await expect.poll(() => table.textContent(), { timeout: 30_000 }).toMatch(/Harbour Ledger.*\d+%–\d+%/);
    await frames.getByRole('button', { name: 'Own voice' }).click();
    await expect
      .poll(() => frames.getByRole('button', { name: 'Own voice' }).getAttribute('aria-pressed'), {
        timeout: 30_000,
      })
      .toBe('true');
    await expect.poll(() => frames.textContent(), { timeout: 30_000 }).toMatch(/own words/);
    await frames.screenshot({ path: join(ARTIFACTS, '13-compare-table-own-voice.png') });

    await verbs.getByRole('button', { name: 'Per speaker' }).click();
    await expect.poll(() => verbs.textContent(), { timeout: 30_000 }).toMatch(/Dara Venn/);
    await page.getByRole('region', { name: 'Primary frame' }).scrollIntoViewIfNeeded();
    await screenshot(page, '14-compare-primary-and-verbs');

    // The README shows these.
    if (process.env.FRAMESCOPE_DOC_SCREENSHOTS) {
      const docs = join(ROOT, 'docs/screenshots');
      mkdirSync(docs, { recursive: true });
      for (const [from, to] of [
        ['12-compare-outlets', 'compare'],
        ['12-compare-heatmap', 'compare-frames'],
        ['13-compare-table-own-voice', 'compare-frames-table'],
        ['14-compare-primary-and-verbs', 'compare-primary-verbs'],
      ])
        copyFileSync(join(ARTIFACTS, `${from}.png`), join(docs, `${to}.png`));
    }
  });
});
