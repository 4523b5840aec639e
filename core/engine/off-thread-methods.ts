import { articleFacets } from './handlers/articles.ts';
import type { Session } from './session.ts';

/**
 * Reads that can take seconds on a large project the first time after a change (the library's
 * facets, a comparison): with the engine's reader thread on, they are answered there, on a
 * connection of their own, so the list, the article view and every edit go on meanwhile. The
 * project's counts are not among them: read from the kept summary rows (migration 015), they take
 * milliseconds even at a million articles, and the top bar should not wait for a thread to start.
 */
type Handler = (this: Session, ...args: unknown[]) => unknown;

/** Compare's handler of that name, loaded at the first comparison. */
const compare = (name: 'compareByOutlet' | 'compareWire'): Handler =>
  async function (this: Session, ...args: unknown[]) {
    const handlers = await import('./handlers/compare.ts');
    return (handlers[name] as Handler).apply(this, args);
  };

export const OFF_THREAD_METHODS: Record<string, Handler> = {
  'articles.facets': articleFacets as Handler,
  // Loaded at the first comparison: Compare's modules bring the NLP (the verb lemmatiser), which the
  // reader thread must not wait for before its first facets call.
  'compare.outlets': compare('compareByOutlet'),
  'compare.wire': compare('compareWire'),
};

/**
 * Of those, the ones that can take seconds every time (Compare of a large search): answered on the
 * thread that runs the cue preview, so the facets and counts never wait behind them either.
 */
export const OFF_THREAD_JOBS: ReadonlySet<string> = new Set(['compare.outlets', 'compare.wire']);
