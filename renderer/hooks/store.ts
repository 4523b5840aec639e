import { useSyncExternalStore } from 'react';

/** A small value shared by components that are far apart (filters, tasks), kept outside React. */
export interface Store<T> {
  get: () => T;
  set: (next: T | ((previous: T) => T)) => void;
  subscribe: (watcher: () => void) => () => void;
}

export function createStore<T>(initial: T, persistKey?: string): Store<T> {
  let value = initial;
  if (persistKey) {
    try {
      const saved = sessionStorage.getItem(persistKey);
      if (saved) value = JSON.parse(saved) as T;
    } catch {
      // Storage may be unavailable or hold something older; start fresh.
    }
  }
  const watchers = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (persistKey) {
        try {
          sessionStorage.setItem(persistKey, JSON.stringify(value));
        } catch {
          // Not being able to remember the filters across reloads is not worth an error.
        }
      }
      for (const watcher of watchers) watcher();
    },
    subscribe: (watcher) => {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
