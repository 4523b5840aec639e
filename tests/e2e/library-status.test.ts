// The library's Status column says, per article, what needs a person and what analysis is sure of
// ("2 to review · 2 sure"); it must be read whole, not cut to "2 to review …".
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

describe("the library's Status column in a browser", () => {
  const session = useBrowserSession();

  it('shows what is to review and what is sure in full', async () => {
    const { dir, server, page } = session;
    const file = join(dir, 'harbour.txt');
    writeFileSync(file, ARTICLE);
    await server.engine.invoke('import.paths', [file]);
    await page.goto(server.url);
    const status = page.locator('.tbody-scroll [role="cell"]', { hasText: /to review · \d+ sure/ }).first();
    await expect.poll(() => status.textContent()).toMatch(/^\d+ to review · 2 sure$/);
    await screenshot(page, 'library-status');
    const clipped = await status.evaluate(
      (cell: { scrollWidth: number; clientWidth: number }) => cell.scrollWidth > cell.clientWidth,
    );
    expect(clipped).toBe(false);
  });
});
