// The engine's thread: the project database and analysis run here, never on Electron's main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../core/engine/engine.ts';
import type { EngineEvent, Envelope } from '../core/contract.ts';

export type EngineRequest = { id: number; method: string; args: unknown };
export type EngineMessage =
  { type: 'reply'; id: number; envelope: Envelope<unknown> } | { type: 'event'; event: EngineEvent };

const port = parentPort!;
const engine = new Engine((workerData as { projectPath: string }).projectPath, {
  onInternalError: (method, error) => console.error(`Framescope engine: ${method} failed:`, error),
});
engine.subscribe((event) => port.postMessage({ type: 'event', event } satisfies EngineMessage));
port.on('message', ({ id, method, args }: EngineRequest) => {
  void engine
    .call(method, args)
    .then((envelope) => port.postMessage({ type: 'reply', id, envelope } satisfies EngineMessage));
});
