// The window's only way to the engine: two named functions, nothing of ipcRenderer or Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EngineEvent, Envelope } from '../core/contract.ts';

contextBridge.exposeInMainWorld('framescope', {
  call: (method: string, args: unknown[]): Promise<Envelope<unknown>> =>
    ipcRenderer.invoke('framescope:call', method, args) as Promise<Envelope<unknown>>,
  /** Opens one of the app's own file dialogs; the window gets tokens for what was picked, never paths. */
  choose: (purpose: 'import' | 'open' | 'save' | 'export'): Promise<{ token: string; name: string }[]> =>
    ipcRenderer.invoke('framescope:choose', purpose) as Promise<{ token: string; name: string }[]>,
  onEvent: (listener: (event: EngineEvent) => void): (() => void) => {
    const forward = (_: IpcRendererEvent, event: EngineEvent) => listener(event);
    ipcRenderer.on('framescope:event', forward);
    return () => ipcRenderer.removeListener('framescope:event', forward);
  },
});
