import { articleFacets } from './handlers/articles.ts';
import type { Session } from './session.ts';

/**
 * Reads that can take seconds on a large project the first time after a change (the library's
 * facets): with the engine's reader thread on, they are answered there, on a connection of their
 * own, so the list, the article view and every edit go on meanwhile. The project's counts are not
 * among them: read from the kept summary rows (migration 015), they take milliseconds even at a
 * million articles, and the top bar should not wait for a thread to start. Compare, which can take
 * seconds every time, runs as a job on the thread that runs the cue preview instead (Session.compare),
 * so that it reports its progress and can be stopped.
 */
type Handler = (this: Session, ...args: unknown[]) => unknown;

export const OFF_THREAD_METHODS: Record<string, Handler> = {
  'articles.facets': articleFacets as Handler,
};
