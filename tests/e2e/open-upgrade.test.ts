import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { startServer, type RunningServer } from '../../core/server/index.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { BEFORE_FRAME_SUMS, projectBeforeFrameSums, versionOf } from '../support/old-project.ts';
import { buildRenderer, launchChromium, RENDERER_DIST, screenshot } from './browser.ts';

// Issue 12 in a browser: an older project opened from the window (Open…) is upgraded on a thread of
// its own while the bridge goes on answering; the task list shows "Upgrading the project…" and how
// far it got, then the library shows the project. The bridge's hook holds the upgrade at half way
// until the page has shown it, so the test does not depend on how fast the machine is.

describe('an older project opened from the window', () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'framescope-e2e-'));
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows "Upgrading the project…" and how far it got while the window is answered, then its library', async () => {
    await buildRenderer();
    const first = join(dir, 'first.sqlite');
    await new Engine(first).close();
    const old = join(dir, 'old.sqlite');
    await projectBeforeFrameSums(old);
    let halfWay!: () => void;
    const reached = new Promise<void>((resolve) => (halfWay = resolve));
    let goOn!: () => void;
    const shown = new Promise<void>((resolve) => (goOn = resolve));
    server = await startServer({
      dbPath: first,
      port: 0,
      staticDir: RENDERER_DIST,
      allow: [dir],
      onOpenUpgrade: (done, total) => {
        if (done * 2 !== total) return;
        halfWay();
        return shown;
      },
    });

    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open…' }).click();
    const panel = page.getByRole('dialog', { name: 'Open another project' });
    await panel.getByRole('textbox', { name: 'Path of the project file' }).fill(old);
    await panel.getByRole('button', { name: 'Open', exact: true }).click();

    await reached;
    await page.getByRole('progressbar', { name: 'Upgrading the project: 50%' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByText('Upgrading the project…').count()).toBe(1);
    await expect.poll(() => page.locator('.task').getByText('50%', { exact: true }).count()).toBe(1);
    await page
      .locator('.task')
      .getByText(/^Upgrading old\.sqlite: 50% — closing will stop it; the file stays at its old version/)
      .waitFor({ timeout: 10_000 });
    await panel.getByText('Upgrading it for this version of Framescope (see the task list)').waitFor();
    // Meanwhile the window's calls are answered, by the project still open.
    const info = await page.evaluate(async () => {
      const response = await fetch('./api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: 'project.info', args: [] }),
      });
      return ((await response.json()) as { value: { path: string } }).value.path;
    });
    expect(info).toBe(first);
    expect(versionOf(old).version).toBe(BEFORE_FRAME_SUMS);
    await screenshot(page, 'open-upgrade-01-shown');

    goOn();
    await page.getByText('Upgrade done').waitFor({ timeout: 60_000 });
    await page.getByText('This project was upgraded for this version of Framescope.').waitFor();
    await panel.getByText(/^Opened .*: 1 article\.$/).waitFor({ timeout: 60_000 });
    // The library lists the opened project's article.
    const [row] = (await server.engine.invoke('articles.list', {})).rows;
    await page.keyboard.press('Escape');
    await page.getByText(row!.title!).first().waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar', { name: /Upgrading the project/ }).count()).toBe(0);
    expect(versionOf(old).version).toBe(latestVersion);
    await screenshot(page, 'open-upgrade-02-done');
  }, 300_000);
});
