import type { EngineEvent } from './contract.ts';
import { preloadBridge } from './bridge.ts';

// Progress of long work (import, analysis, frame re-runs), pushed by the engine.

type Listener = (event: EngineEvent) => void;

const listeners = new Set<Listener>();
let stop: (() => void) | undefined;

function dispatch(event: unknown): void {
  if (!event || typeof event !== 'object') return;
  for (const listener of listeners) listener(event as EngineEvent);
}

function connect(): () => void {
  const bridge = preloadBridge();
  if (bridge) return bridge.onEvent(dispatch);
  const source = new EventSource('./api/events');
  source.onmessage = (message: MessageEvent<string>) => {
    try {
      dispatch(JSON.parse(message.data));
    } catch {
      // A message that is not JSON is not a progress event; ignore it.
    }
  };
  return () => source.close();
}

/** Calls `listener` with every progress event until the returned function is called. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stop?.();
      stop = undefined;
    }
  };
}
