import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';

/** The Electron binary if this machine has one; electron only downloads it on first run. */
function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const reason = binary
  ? ''
  : ' (skipped: no Electron binary on this machine — Electron downloads it on first run, which needs internet access)';

describe.skipIf(!binary)(`the desktop app${reason}`, () => {
  it('launches, opens the default project with the sample article, and quits', async () => {
    execFileSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'ignore' });
    const home = mkdtempSync(join(tmpdir(), 'framescope-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT],
      env: { ...process.env, FRAMESCOPE_HOME: home },
    });
    try {
      const window = await app.firstWindow();
      await expect.poll(() => window.title()).toBe('Framescope');
      await window.getByText('From Russia with Love', { exact: false }).first().waitFor();
      expect(existsSync(join(home, 'default.sqlite'))).toBe(true);
    } finally {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
