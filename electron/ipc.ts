import { ipcMain, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { Envelope } from '../core/contract.ts';
import type { EngineHost } from './engine-host.ts';
import { isAppNavigation } from './security.ts';

const callArgs = z.tuple([z.string().regex(/^[a-z]+\.[a-zA-Z]+$/), z.array(z.unknown())]);

/**
 * Routes the window's calls to the engine through one wrapper: only from the app's own page,
 * with arguments of the right shape, answered with the contract's envelope.
 */
export function routeCalls(engine: EngineHost, window: BrowserWindow, appUrl: string): void {
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
    return engine.call(parsed.data[0], parsed.data[1]);
  });
  engine.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send('framescope:event', event);
  });
}
