import { useCallback, useEffect, useState } from 'react';
import { call, type Args, type Method, type Result } from '../api/client.ts';
import { onDataChange } from '../api/changes.ts';
import { touches } from '../api/reads.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Asks again (after a stopped comparison, say). */
  reload: () => void;
}

// Views that ask the same question at the same time (the top bar, the rail and the library all
// show the project's counts) share one call. A change starts the sharing afresh, so nobody is
// handed an answer from before it.
const inFlight = new Map<string, Promise<unknown>>();
let clearing: (() => void) | undefined;

function shared<K extends Method>(method: K, key: string): Promise<Result<K>> {
  clearing ??= onDataChange(() => inFlight.clear());
  const id = `${method} ${key}`;
  let pending = inFlight.get(id) as Promise<Result<K>> | undefined;
  if (!pending) {
    pending = call(method, ...(JSON.parse(key) as Args<K>));
    inFlight.set(id, pending);
    const forget = () => {
      if (inFlight.get(id) === pending) inFlight.delete(id);
    };
    pending.then(forget, forget);
  }
  return pending;
}

/**
 * Reads from the engine, and reads again when the arguments change or a change to the project
 * touches what this read shows. `args` are compared by their JSON; pass null to read nothing.
 */
export function useEngine<K extends Method>(method: K, args: Args<K> | null): Loaded<Result<K>> {
  const key = args === null ? null : JSON.stringify(args);
  const [state, setState] = useState<Omit<Loaded<Result<K>>, 'reload'>>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (key === null) return undefined;
    const parsed = JSON.parse(key) as unknown[];
    return onDataChange((change) => {
      if (touches(method, parsed, change)) setReloads((n) => n + 1);
    });
  }, [method, key]);

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    shared(method, key).then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) =>
        live &&
        setState((previous) => ({
          data: previous.data,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        })),
    );
    return () => {
      live = false;
    };
  }, [method, key, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload };
}
