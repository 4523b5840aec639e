import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedAndBulk } from '../support/bulk.ts';
import { screenshot, useBrowserSession } from './browser.ts';

// Issues 9 and 12 in a browser: a comparison of a large search says what it is doing and how far it
// got while it counts, stops with Stop (saying so, with a way to run it again), and one that a newer
// selection replaced is dropped: only the last selection's answer is shown.

// Enough articles that counting them takes seconds even on a quiet machine after Compare's speed-ups:
// with 16,000 the whole comparison ended before a click on Stop arrived.
const BULK = 48_000;
/** Every 500th article mentions the lighthouse: a small search beside the two large ones. */
const SMALL = Math.floor((BULK + 1) / 500);

/** The seed article and short harbour reports in seven outlets, none with stored counts. */
async function project(path: string): Promise<void> {
  await seedAndBulk(path, BULK + 1, {
    title: `'Harbour report ' || id`,
    publishedAt: `'2020-03-' || printf('%02d', 1 + id % 28)`,
    text: `'The port authority said cargo number ' || id || ' reached the ' || CASE WHEN id % 2 = 0 THEN 'quay' ELSE 'pier' END || ' on a ' || CASE id % 3 WHEN 0 THEN 'windy' WHEN 1 THEN 'calm' ELSE 'foggy' END || ' morning. ' || 'Dockers in shift ' || (id % 11) || ' unloaded grain, timber and ' || (id % 13) || ' crates of medicine. ' || CASE WHEN id % 500 = 0 THEN 'The old lighthouse keeper watched them. ' ELSE '' END || CASE WHEN id % 2 = 0 THEN 'Union leaders called the pace unsafe. ' ELSE 'Managers praised the crews. ' END || 'Reported by desk ' || (id % 17) || '.'`,
    words: 45,
  });
}

interface Answer {
  query: string;
  ok: boolean;
  code?: string;
  articles?: number;
}

/** Each compare.outlets answer the page receives, with the search it was asked for. */
function recordComparisons(page: Page): Answer[] {
  const answers: Answer[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (!request.url().endsWith('/api/call')) return;
    const asked = request.postDataJSON() as { method?: string; args?: [{ query?: string }] } | null;
    if (asked?.method !== 'compare.outlets') return;
    void response.json().then(
      (envelope: { ok: boolean; value?: { articles: number }; error?: { code?: string } }) =>
        answers.push({
          query: asked.args?.[0].query ?? '',
          ok: envelope.ok,
          ...(envelope.error?.code ? { code: envelope.error.code } : {}),
          ...(envelope.value ? { articles: envelope.value.articles } : {}),
        }),
      // The page closed before the answer was read (the tests ended): nothing to record.
      () => undefined,
    );
  });
  return answers;
}

const search = (query: string) => `#/compare?${new URLSearchParams({ query }).toString()}`;

describe('a long comparison in a browser: progress, Stop, and only the last selection shown', () => {
  const session = useBrowserSession('harbour.sqlite', project);

  it('shows what it is counting and how far it got, stops with Stop, and compares again', async () => {
    const { page, server } = session;
    const answers = recordComparisons(page);
    await page.goto(`${server.url}${search('quay')}`);
    const progress = page.getByRole('status', { name: 'Comparison progress' });
    const stop = page.getByRole('button', { name: 'Stop the comparison' });
    await stop.waitFor({ timeout: 60_000 });
    // A stage a scholar understands, with the articles done of all.
    await expect
      .poll(() => progress.textContent(), { timeout: 60_000 })
      .toMatch(/^(Reading|Pairing|Counting)[a-z ]+[\d,]+ of [\d,]+ articles/);
    // Stop at once: a screenshot first would give the comparison that much longer to finish.
    await stop.click();
    const stopped = page.getByRole('alert').filter({ hasText: 'Stopped: the comparison was not finished' });
    await stopped.waitFor({ timeout: 30_000 });
    expect(await stop.count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Frames by outlet' }).count()).toBe(0);
    await expect.poll(() => answers).toContainEqual({ query: 'quay', ok: false, code: 'stopped' });
    await screenshot(page, 'compare-progress-02-stopped');

    await stopped.getByRole('button', { name: 'Compare again' }).click();
    await page.getByRole('region', { name: 'Frames by outlet' }).waitFor({ timeout: 180_000 });
    expect(await page.locator('.compare-title h1').textContent()).toBe('Search “quay”');
    expect(answers.filter((answer) => answer.ok)).toEqual([{ query: 'quay', ok: true, articles: BULK / 2 }]);
    expect(await stopped.count()).toBe(0);
  }, 300_000);

  it('drops the comparison a newer selection replaced and shows only the newer one', async () => {
    const { page, server } = session;
    const answers = recordComparisons(page);
    await page.goto(`${server.url}${search('pier')}`);
    await page.getByRole('button', { name: 'Stop the comparison' }).waitFor({ timeout: 60_000 });
    // While the large search counts, the person picks another (in the same page, as a link does).
    await page.evaluate((hash) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
    }, search('lighthouse'));
    await page.getByRole('region', { name: 'Frames by outlet' }).waitFor({ timeout: 120_000 });
    const heading = page.locator('.compare-title h1');
    expect(await heading.textContent()).toBe('Search “lighthouse”');
    // The replaced comparison stopped part way instead of counting to the end.
    await expect
      .poll(() => answers, { timeout: 60_000 })
      .toContainEqual({ query: 'pier', ok: false, code: 'stopped' });
    // Its answer is read after the page has it: wait for it here too.
    await expect
      .poll(() => answers, { timeout: 30_000 })
      .toContainEqual({ query: 'lighthouse', ok: true, articles: SMALL });
    expect(answers.some((answer) => answer.query === 'pier' && answer.ok)).toBe(false);
    expect(await heading.textContent()).toBe('Search “lighthouse”');
    expect(await page.getByText(`${SMALL} articles from 7 outlets`).count()).toBe(1);
    await screenshot(page, 'compare-progress-03-newer-selection');
  }, 300_000);
});
