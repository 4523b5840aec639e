import { basename } from 'node:path';
import { dialog, ipcMain, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { Envelope } from '../core/contract.ts';
import type { EngineHost } from './engine-host.ts';
import { isAppNavigation } from './security.ts';
import type { FileGrants, Purpose } from './grants.ts';
import { ARTICLE_FILTER, PROJECT_FILTER } from './menu.ts';

const callArgs = z.tuple([z.string().regex(/^[a-z]+\.[a-zA-Z]+$/), z.array(z.unknown())]);

/**
 * Routes the window's calls to the engine through one wrapper: only from the app's own page,
 * with arguments of the right shape, answered with the contract's envelope.
 */
export function routeCalls(
  engine: EngineHost,
  window: BrowserWindow,
  appUrl: string,
  grants: FileGrants,
): void {
  ipcMain.handle('framescope:call', async (event, ...raw: unknown[]): Promise<Envelope<unknown>> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppNavigation(frameUrl, appUrl)) {
      return {
        ok: false,
        error: { code: 'invalid-arguments', message: 'Calls are accepted from the app only.' },
      };
    }
    const parsed = callArgs.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-arguments', message: 'A call needs a method name and a list of arguments.' },
      };
    }
    // File names come only from the main process's dialogs: the window holds tokens for them.
    const resolved = grants.resolve(parsed.data[0], parsed.data[1]);
    if ('refusal' in resolved)
      return { ok: false, error: { code: 'invalid-arguments', message: resolved.refusal } };
    return engine.call(parsed.data[0], resolved.args);
  });
  // The window asks the user to pick files through this, and gets back tokens and names.
  ipcMain.handle('framescope:choose', async (event, purpose: unknown) => {
    if (!isAppNavigation(event.senderFrame?.url ?? '', appUrl)) return [];
    const picked = await choose(window, purpose);
    const tokens = grants.grant(picked, purpose as Purpose);
    return picked.map((path, i) => ({ token: tokens[i]!, name: basename(path) }));
  });
  engine.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send('framescope:event', event);
  });
}

async function choose(window: BrowserWindow, purpose: unknown): Promise<string[]> {
  if (purpose === 'import') {
    const { filePaths } = await dialog.showOpenDialog(window, {
      filters: [ARTICLE_FILTER],
      properties: ['openFile', 'openDirectory', 'multiSelections'],
    });
    return filePaths;
  }
  if (purpose === 'open') {
    const { filePaths } = await dialog.showOpenDialog(window, {
      filters: [PROJECT_FILTER],
      properties: ['openFile'],
    });
    return filePaths.slice(0, 1);
  }
  if (purpose === 'save') {
    const { filePath } = await dialog.showSaveDialog(window, { filters: [PROJECT_FILTER] });
    return filePath ? [filePath] : [];
  }
  if (purpose === 'export') {
    const { filePath } = await dialog.showSaveDialog(window, {});
    return filePath ? [filePath] : [];
  }
  return [];
}
