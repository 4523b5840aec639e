// Review by confidence in the browser (issue #8): n steps to the least sure quote first, and the quotes
// analysis is sure of are accepted with one click, undone with one Ctrl+Z.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession } from './browser.ts';

const ARTICLE = [
  'Harbour plan divides the town',
  '"We will build the new pier this year," Mayor Lena Ortiz said on Monday.',
  '"The money is there," Ortiz added.',
  'The council met for three hours.',
  '"Nobody asked the fishermen."',
  'The vote is due in May.',
].join('\n\n');

describe('reviewing quotes by confidence in a browser', () => {
  const session = useBrowserSession();

  it('steps to the least sure quote first and accepts the sure ones together, undoably', async () => {
    const { dir, server, page } = session;
    const file = join(dir, 'harbour.txt');
    writeFileSync(file, ARTICLE);
    await server.engine.invoke('import.paths', [file]);
    const detail = await server.engine.invoke('articles.get', 1);
    const leastSure = [...detail.quotes].sort((a, b) => (a.confidence ?? 0) - (b.confidence ?? 0))[0]!;
    expect(leastSure.text).toMatch(/^Nobody asked/);
    const sureCount = detail.quotes.filter((q) => q.status === 'suggested' && !q.needsReview).length;
    expect(sureCount).toBe(2);

    await page.goto(`${server.url}#/reader/1`);
    await page.getByRole('region', { name: 'Article text' }).waitFor();
    await page.getByRole('tab', { name: /Quotes/ }).click();
    const byOrtiz = page.getByRole('region', { name: 'Quotes by Lena Ortiz' });
    await expect.poll(() => byOrtiz.getByRole('listitem').count()).toBe(3);
    // The uncertain quote leads its group, marked as such.
    await expect
      .poll(() => byOrtiz.getByRole('listitem').first().textContent())
      .toMatch(/Nobody asked.*% sure/);

    // n goes to the least sure suggestion, not the first in the text.
    await page.keyboard.press('n');
    await expect
      .poll(() => page.locator('.panel-item[aria-current="true"] .quote-text').textContent())
      .toMatch(/^Nobody asked/);

    const bar = page.getByRole('group', { name: 'Sure suggestions' });
    await expect.poll(() => bar.textContent()).toMatch(/2 suggestions analysis is sure of/);
    await screenshot(page, 'review-01-least-sure-first');
    await bar.getByRole('button', { name: 'Accept all 2' }).click();
    await expect
      .poll(async () => (await server.engine.invoke('articles.get', 1)).quotes.map((q) => q.status))
      .toEqual(['accepted', 'accepted', 'suggested']);
    await expect.poll(() => bar.count()).toBe(0);
    await screenshot(page, 'review-02-sure-accepted');

    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await server.engine.invoke('articles.get', 1)).quotes.map((q) => q.status))
      .toEqual(['suggested', 'suggested', 'suggested']);
    await bar.waitFor();

    await page.goto(`${server.url}#/library`);
    const row = page.getByRole('row').filter({ hasText: 'Harbour plan' });
    await expect.poll(() => row.textContent()).toMatch(/\d+ to review · 2 sure/);
    await screenshot(page, 'review-03-library-counts');
  });
});
