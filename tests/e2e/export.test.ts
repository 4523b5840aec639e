import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { startServer } from '../../core/server/index.ts';
import { RENDERER_DIST, buildRenderer, launchChromium, screenshot } from './browser.ts';

// A scholar who reads and codes in the window exports the project for another tool from the top
// bar, as `framescope export` does on the command line: a REFI-QDA file, or a folder of tidy tables.
describe('exporting the project from the top bar, through the local bridge', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await buildRenderer();
    dir = mkdtempSync(join(tmpdir(), 'framescope-e2e-export-'));
    const project = join(dir, 'aid.sqlite');
    const article = join(dir, 'harbour.txt');
    writeFileSync(
      article,
      [
        'Harbour plan divides the town',
        '"We will build the new pier this year," Mayor Lena Ortiz said on Monday.',
        '"The money is there," Ortiz added. The vote is due in May.',
      ].join('\n\n'),
    );
    const engine = new Engine(project);
    await engine.invoke('import.paths', [article]);
    await engine.close();
    server = await startServer({ dbPath: project, port: 0, staticDir: RENDERER_DIST, allow: [dir] });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const openExport = async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    return page.getByRole('dialog', { name: 'Export the project' }).last();
  };

  it('writes a REFI-QDA project and says what it holds', async () => {
    const dialog = await openExport();
    await dialog.getByLabel('Path of the new .qdpx file').fill(join(dir, 'aid.qdpx'));
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect
      .poll(() => dialog.textContent())
      .toMatch(/Exported 1 article, \d+ codes and \d+ codings? to .*aid\.qdpx/);
    await screenshot(page, 'export-qdpx');
    // A zip archive (REFI-QDA's container), whole.
    expect(readFileSync(join(dir, 'aid.qdpx')).subarray(0, 2).toString()).toBe('PK');
    await page.keyboard.press('Escape');
  });

  it('writes the tidy tables into a new folder', async () => {
    const dialog = await openExport();
    await dialog.getByLabel(/Tidy CSV tables/).check();
    await dialog.getByLabel('Path of the folder for the tables').fill(join(dir, 'tables'));
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => dialog.textContent()).toMatch(/Wrote \d+ tables .* into .*tables/);
    expect(readFileSync(join(dir, 'tables', 'articles.csv'), 'utf8')).toContain(
      'Harbour plan divides the town',
    );
    expect(existsSync(join(dir, 'tables', 'quotes.csv'))).toBe(true);
  });

  it('refuses a path outside the folders the bridge was allowed, naming what to do', async () => {
    await page.keyboard.press('Escape');
    const dialog = await openExport();
    await dialog.getByLabel(/REFI-QDA project/).check();
    const outside = join(tmpdir(), `framescope-not-allowed-${process.pid}.qdpx`);
    await dialog.getByLabel('Path of the new .qdpx file').fill(outside);
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => page.locator('body').textContent()).toMatch(/--allow/);
    expect(existsSync(outside)).toBe(false);
  });
});
