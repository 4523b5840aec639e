import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../core/server/index.ts';
import { projectBeforeFrameSums } from '../support/old-project.ts';
import { buildRenderer, launchChromium, RENDERER_DIST, screenshot } from './browser.ts';

// Issue 12 in a browser: an older project opened through the bridge is upgraded on a thread of its
// own while the page already loads, and the task list shows "Upgrading the project…" with how far
// it got; once it is done the library opens. The bridge holds the upgrade at half way until the
// page has shown it (its onUpgrade hook: the upgrade goes on when the hook's promise settles), so
// the test does not depend on how fast the machine is.

describe('an older project opened in the browser', () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'framescope-e2e-'));
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows "Upgrading the project…" and how far it got, then the library', async () => {
    await buildRenderer();
    const path = join(dir, 'old.sqlite');
    await projectBeforeFrameSums(path);
    let goOn!: () => void;
    const shown = new Promise<void>((resolve) => (goOn = resolve));
    let listening!: (url: string) => void;
    const address = new Promise<string>((resolve) => (listening = resolve));
    const starting = startServer({
      dbPath: path,
      port: 0,
      staticDir: RENDERER_DIST,
      onListening: listening,
      onUpgrade: (done, total) => (done * 2 === total ? shown : undefined),
    });
    const url = await address;

    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.getByRole('progressbar', { name: 'Upgrading the project: 50%' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByText('Upgrading the project…').count()).toBe(1);
    await expect.poll(() => page.locator('.task').getByText('50%', { exact: true }).count()).toBe(1);
    await page
      .getByText(/^Upgrading this project for this version of Framescope: .*\(50% done\)/)
      .waitFor({ timeout: 10_000 });
    await screenshot(page, 'upgrade-01-shown');
    expect(server).toBeUndefined();

    goOn();
    server = await starting;
    await page.getByText('Upgrade done').waitFor({ timeout: 60_000 });
    await page.getByText('This project was upgraded for this version of Framescope.').waitFor();
    // The library lists the project's article.
    const [row] = (await server.engine.invoke('articles.list', {})).rows;
    await page.getByText(row!.title!).first().waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar', { name: /Upgrading the project/ }).count()).toBe(0);
    await screenshot(page, 'upgrade-02-done');
  }, 300_000);
});
