// The window's only way to the engine: two named functions, nothing of ipcRenderer or Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EngineEvent, Envelope } from '../core/contract.ts';

contextBridge.exposeInMainWorld('framescope', {
  call: (method: string, args: unknown[]): Promise<Envelope<unknown>> =>
    ipcRenderer.invoke('framescope:call', method, args) as Promise<Envelope<unknown>>,
  onEvent: (listener: (event: EngineEvent) => void): (() => void) => {
    const forward = (_: IpcRendererEvent, event: EngineEvent) => listener(event);
    ipcRenderer.on('framescope:event', forward);
    return () => ipcRenderer.removeListener('framescope:event', forward);
  },
});
