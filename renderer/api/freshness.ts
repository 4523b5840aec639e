import { useSyncExternalStore } from 'react';
import { call, type Args, type Method, type Result } from './client.ts';
import { subscribe } from './events.ts';

// Every view reads from the engine; after any change (this window's or one the engine announces)
// the data version moves on and the views that read it load again.

let version = 0;
const watchers = new Set<() => void>();
let unsubscribeEvents: (() => void) | undefined;
let pending: ReturnType<typeof setTimeout> | undefined;

export function bumpData(): void {
  version += 1;
  for (const watcher of watchers) watcher();
}

function watch(watcher: () => void): () => void {
  watchers.add(watcher);
  unsubscribeEvents ??= subscribe((event) => {
    if (event.type !== 'changed' && !(event.type === 'finished' && event.ok)) return;
    // A burst of changes (an import writes many articles) becomes one reload.
    if (pending === undefined) {
      pending = setTimeout(() => {
        pending = undefined;
        bumpData();
      }, 150);
    }
  });
  return () => watchers.delete(watcher);
}

export function useDataVersion(): number {
  return useSyncExternalStore(watch, () => version);
}

/** Calls a method that changes the project, then has every view load again. */
export async function mutate<K extends Method>(method: K, ...args: Args<K>): Promise<Result<K>> {
  try {
    return await call(method, ...args);
  } finally {
    bumpData();
  }
}
