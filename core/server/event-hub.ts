import type { EngineEvent } from '../contract.ts';

type Listener = (event: EngineEvent) => void;

/**
 * The events the bridge streams to its windows: the engine's, and before the engine is open, those
 * of the project's upgrade (core/engine/upgrade.ts). While an upgrade runs, a window that connects
 * is told its latest report at once, so a page opened part way shows how far it got.
 */
export class EventHub {
  private readonly listeners = new Set<Listener>();
  private upgrading: EngineEvent | null = null;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.upgrading) listener(this.upgrading);
    return () => this.listeners.delete(listener);
  }

  emit(event: EngineEvent): void {
    if (event.type === 'progress' && event.task === 'upgrade') this.upgrading = event;
    else if (event.type === 'finished' && event.task === 'upgrade') this.upgrading = null;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One closed connection must not keep the others from hearing.
      }
    }
  }
}
