import { call, type Args, type Method, type Result } from './client.ts';

// Every view reads from the engine and reads again when a change touches what it shows
// (changes.ts says what changed, reads.ts what each read shows). A change made here comes back
// with the call's answer, so the views reload once, right away, not again when the engine's
// event for the same change arrives.

/** Calls a method that changes the project; the views showing what it changed load again. */
export function mutate<K extends Method>(method: K, ...args: Args<K>): Promise<Result<K>> {
  return call(method, ...args);
}
