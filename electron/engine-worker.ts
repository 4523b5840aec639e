// The engine's thread: the project database and analysis run here, never on Electron's main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../core/engine/engine.ts';
import type { EngineEvent, Envelope } from '../core/contract.ts';

export type EngineRequest = { id: number; method: string; args: unknown } | { id: number; close: true };
export type EngineMessage =
  { type: 'reply'; id: number; envelope: Envelope<unknown> } | { type: 'event'; event: EngineEvent };

const port = parentPort!;
// An older project is upgraded as the engine opens it, before anyone can subscribe: its progress goes
// to the window from here, as an 'upgrade' task in the rail ("Upgrading this project…, 45% done").
let opened = false;
let upgraded = false;
const engine = new Engine((workerData as { projectPath: string }).projectPath, {
  onUpgrade: (done, total, label) => {
    if (opened) return; // a project opened later: the engine's own events tell it
    upgraded = true;
    port.postMessage({
      type: 'event',
      event: { type: 'progress', taskId: 0, task: 'upgrade', done, total, label },
    } satisfies EngineMessage);
  },
  onInternalError: (method, error) => console.error(`Framescope engine: ${method} failed:`, error),
  // The window's slow reads (facets, the project's counts) and the cue preview run on reader
  // threads of their own, so a click or an edit never waits for them (as `framescope serve` does).
  readerThreads: true,
});
engine.subscribe((event) => port.postMessage({ type: 'event', event } satisfies EngineMessage));
opened = true;
if (upgraded)
  port.postMessage({
    type: 'event',
    event: {
      type: 'finished',
      taskId: 0,
      task: 'upgrade',
      ok: true,
      message: 'This project was upgraded for this version of Framescope.',
    },
  } satisfies EngineMessage);
port.on('message', (request: EngineRequest) => {
  // Closing is not a method of the contract: only the main process, quitting, can ask for it.
  const reply =
    'close' in request
      ? engine.close().then(
          (): Envelope<unknown> => ({ ok: true, value: null }),
          (error: unknown): Envelope<unknown> => ({
            ok: false,
            error: { code: 'internal', message: `The project could not be closed: ${String(error)}` },
          }),
        )
      : engine.call(request.method, request.args);
  void reply.then((envelope) =>
    port.postMessage({ type: 'reply', id: request.id, envelope } satisfies EngineMessage),
  );
});
