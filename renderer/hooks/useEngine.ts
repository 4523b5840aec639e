import { useEffect, useState } from 'react';
import { call, type Args, type Method, type Result } from '../api/client.ts';
import { useDataVersion } from '../api/freshness.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * Reads from the engine and reads again whenever the arguments or the project's data change.
 * `args` are compared by their JSON; pass null to read nothing.
 */
export function useEngine<K extends Method>(method: K, args: Args<K> | null): Loaded<Result<K>> {
  const version = useDataVersion();
  const key = args === null ? null : JSON.stringify(args);
  const [state, setState] = useState<Loaded<Result<K>>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    call(method, ...(JSON.parse(key) as Args<K>)).then(
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
  }, [method, key, version]);
  return state;
}
