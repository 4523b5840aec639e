import type { Api, ChangedEvent } from './contract.ts';
import { httpCall, preloadBridge } from './bridge.ts';
import { applyChanges } from './changes.ts';

// One generic, typed call for every method of the contract (never a stub per method).

export type Method = keyof Api;
export type Args<K extends Method> = Parameters<Api[K]>;
export type Result<K extends Method> = Awaited<ReturnType<Api[K]>>;

/** An error the engine reported, with its message meant for people. */
export class EngineError extends Error {
  readonly method: string;
  /** What kind of failure ('stopped': long work was stopped before it had an answer), when known. */
  readonly code: string | undefined;
  constructor(method: string, message: string, code?: string) {
    super(message);
    this.name = 'EngineError';
    this.method = method;
    this.code = code;
  }
}

export async function call<K extends Method>(method: K, ...args: Args<K>): Promise<Result<K>> {
  const bridge = preloadBridge();
  const envelope = bridge ? await bridge.call(method, args) : await httpCall(method, args);
  // The changes the call made come with its answer: the views they touch reload now, once.
  const { changed } = envelope as { changed?: ChangedEvent[] };
  if (changed) applyChanges(changed);
  if (!envelope.ok) throw new EngineError(method, envelope.error.message, envelope.error.code);
  return envelope.value as Result<K>;
}
