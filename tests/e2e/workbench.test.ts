import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brownText } from '../support/brown.ts';
import { SEED_PATH } from '../support/temp.ts';
import { screenshot, useBrowserSession } from './browser.ts';

const SEED_TITLE = /From Russia with Love’: Putin sends aid to Italy/;

describe('the workbench in a browser, through the local bridge', () => {
  const session = useBrowserSession();

  it('imports, searches, reads, corrects and codes, and keeps everything after a reload', async () => {
    const { dir, server, page } = session;
    const brown = join(dir, 'ca01.txt');
    writeFileSync(brown, brownText('ca01'));
    await page.goto(server.url);
    await page.getByText('Drop', { exact: false }).first().waitFor();
    await screenshot(page, '01-empty-project');

    await page.getByLabel('Import files').setInputFiles([SEED_PATH, brown]);
    await page.getByRole('row', { name: SEED_TITLE }).waitFor({ timeout: 60_000 });
    await page.getByRole('row', { name: /ca01/ }).waitFor();
    await screenshot(page, '02-library');

    const search = page.getByRole('searchbox', { name: 'Search articles' });
    await search.fill('"goodwill gesture"');
    await search.press('Enter');
    await expect.poll(() => page.locator('mark').first().textContent()).toMatch(/goodwill gesture/i);
    await expect.poll(() => page.getByRole('row', { name: /ca01/ }).count()).toBe(0);
    await screenshot(page, '03-library-search');

    await page.getByRole('row', { name: SEED_TITLE }).click();
    const text = page.getByRole('region', { name: 'Article text' });
    await text.waitFor();
    const seedId = Number(/#\/reader\/(\d+)/.exec(page.url())![1]);
    await page.getByRole('tab', { name: /Quotes/ }).click();
    const peskov = page.getByRole('region', { name: 'Quotes by Dmitry Peskov' });
    // His four quotes in quote marks; his reported speech is listed too, marked "reported".
    await expect
      .poll(() => peskov.getByRole('listitem').filter({ hasNotText: '· reported' }).count())
      .toBe(4);
    await screenshot(page, '04-reader-quotes');

    // Correct a speaker: the Kremlin's quote given to Vladimir Putin.
    const kremlin = page.getByRole('region', { name: 'Quotes by Kremlin' });
    const kremlinDirect = kremlin.getByRole('listitem').filter({ hasNotText: '· reported' });
    await kremlinDirect.getByRole('button', { name: 'Speaker ▾' }).first().click();
    await page.getByRole('menuitemradio', { name: 'Vladimir Putin' }).click();
    await page.getByRole('region', { name: 'Quotes by Vladimir Putin' }).waitFor();

    // Code a passage and write a memo.
    const paragraph = text.locator('p').nth(5);
    await paragraph.scrollIntoViewIfNeeded();
    const box = (await paragraph.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 260, box.y + 10, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('toolbar', { name: 'Selection tools' }).waitFor();
    await page.keyboard.press('c');
    const codeMenu = page.getByRole('menu', { name: 'Codes' });
    const code = codeMenu.getByRole('menuitem').first();
    const codeName = (await code.textContent())!.trim();
    await code.click();
    await page.getByRole('tab', { name: /Codes/ }).click();
    const memo = page.getByRole('textbox', { name: 'Memo' }).last();
    await memo.fill('The Kremlin line on gratitude, repeated by the wire.');
    await memo.press('Control+Enter');
    await expect
      .poll(async () => {
        const detail = await server.engine.invoke('articles.get', seedId);
        return detail.annotations.filter((a) => a.origin === 'manual').map((a) => a.memo);
      })
      .toEqual(['The Kremlin line on gratitude, repeated by the wire.']);
    await screenshot(page, '05-reader-coded');

    await page.reload();
    await page.getByRole('region', { name: 'Article text' }).waitFor();
    await page.getByRole('tab', { name: /Quotes/ }).click();
    await page.getByRole('region', { name: 'Quotes by Vladimir Putin' }).waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Quotes by Dmitry Peskov' })
        .getByRole('listitem')
        .filter({ hasNotText: '· reported' })
        .count(),
    ).toBe(4);
    await page.getByRole('tab', { name: 'Codes 1' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Memo' }).last().inputValue())
      .toBe('The Kremlin line on gratitude, repeated by the wire.');
    expect(await page.getByRole('tabpanel').textContent()).toContain(codeName);

    await page.getByRole('link', { name: 'Codebook' }).click();
    await page.getByText('Health and safety', { exact: false }).first().click();
    const preview = page.getByRole('region', { name: 'Preview of matches' });
    await expect
      .poll(() => preview.textContent(), { timeout: 20_000 })
      .toMatch(/\d+ passages? in \d+ articles?/);
    await screenshot(page, '06-codebook');
  });

  it('shows markup in an article as text and never runs it', async () => {
    const { dir, server, page } = session;
    const hostile = join(dir, 'hostile.txt');
    writeFileSync(
      hostile,
      'A hostile page\n\nThe ministry wrote <script>window.__pwned = 1</script> and ' +
        '<img src=x onerror=window.__pwned=2> in its press release, "as a test," the spokesperson said.',
    );
    const { imported } = await server.engine.invoke('import.paths', [hostile]);
    await page.goto(`${server.url}#/reader/${imported[0]!.id}`);
    const text = page.getByRole('region', { name: 'Article text' });
    await text.getByText('<script>window.__pwned = 1</script>', { exact: false }).waitFor();
    expect(await text.textContent()).toContain('<img src=x onerror=window.__pwned=2>');
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await text.locator('script, img').count()).toBe(0);
    await screenshot(page, '07-reader-inert-markup');
  });
});
