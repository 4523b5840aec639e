import { Worker } from 'node:worker_threads';
import type { EngineEvent, Envelope } from '../core/contract.ts';
import type { EngineMessage, EngineRequest } from './engine-worker.ts';

/** The main process's handle on the engine thread: calls go in, replies and events come out. */
export class EngineHost {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private nextId = 1;

  constructor(workerPath: string, projectPath: string) {
    this.worker = new Worker(workerPath, { workerData: { projectPath } });
    this.worker.on('message', (message: EngineMessage) => {
      if (message.type === 'event') {
        for (const listener of this.listeners) listener(message.event);
        return;
      }
      this.pending.get(message.id)?.(message.envelope);
      this.pending.delete(message.id);
    });
    this.worker.on('error', (error: Error) => {
      for (const resolve of this.pending.values()) {
        resolve({ ok: false, error: { code: 'internal', message: `The engine stopped: ${error.message}` } });
      }
      this.pending.clear();
    });
  }

  call(method: string, args: unknown): Promise<Envelope<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, method, args } satisfies EngineRequest);
    });
  }

  onEvent(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Has the engine finish running work and close the project, then stops its thread. */
  async close(): Promise<void> {
    const id = this.nextId++;
    await new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, close: true } satisfies EngineRequest);
    });
    await this.worker.terminate();
  }
}
