import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession } from './browser.ts';

// Issue #8: the Entities tab lists the entities whose type analysis is unsure of first, and marks them.
describe('the Entities tab in a browser', () => {
  const session = useBrowserSession();

  it('lists uncertain types first and marks them', async () => {
    const { dir, server, page } = session;
    const file = join(dir, 'envoys.txt');
    writeFileSync(
      file,
      'Envoys meet in Geneva\n\nPresident Emmanuel Macron and Chancellor Olaf Scholz met in Paris on Monday, ' +
        'and Macron spoke first. Later Tesseny Quillbrook arrived with the Turkish interior ministry.',
    );
    await page.goto(server.url);
    await page.getByLabel('Import files').setInputFiles([file]);
    await page.getByRole('row', { name: /Envoys meet in Geneva/ }).click({ timeout: 60_000 });
    await page.getByRole('region', { name: 'Article text' }).waitFor();
    await page.getByRole('tab', { name: /Entities/ }).click();

    const people = page.getByRole('region', { name: 'People' });
    const first = people.getByRole('listitem').first();
    await expect.poll(() => first.getAttribute('aria-label')).toBe('Tesseny Quillbrook');
    await expect.poll(() => first.locator('.uncertain-mark').textContent()).toBe('unsure');
    await expect.poll(() => people.locator('.uncertain-mark').count()).toBe(1);
    await expect.poll(() => page.getByText(/uncertain, listed first/).count()).toBe(1);
    const organizations = page.getByRole('region', { name: 'Organizations' });
    await expect
      .poll(() => organizations.getByRole('listitem').first().getAttribute('aria-label'))
      .toBe('Turkish interior ministry');
    await screenshot(page, 'entities-uncertain-first');
  });
});
