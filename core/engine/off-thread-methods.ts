import { articleFacets } from './handlers/articles.ts';
import { compareByOutlet, compareWire } from './handlers/compare.ts';
import { projectInfo } from './handlers/project.ts';
import type { Session } from './session.ts';

/**
 * Reads that can take seconds on a large project the first time after a change (the library's
 * facets, the project's counts): with the engine's reader thread on, they are answered there, on
 * a connection of their own, so the list, the article view and every edit go on meanwhile.
 */
export const OFF_THREAD_METHODS: Record<string, (this: Session, ...args: unknown[]) => unknown> = {
  'articles.facets': articleFacets as (this: Session, ...args: unknown[]) => unknown,
  'project.info': projectInfo,
  'compare.outlets': compareByOutlet as (this: Session, ...args: unknown[]) => unknown,
  'compare.wire': compareWire as (this: Session, ...args: unknown[]) => unknown,
};

/**
 * Of those, the ones that can take seconds every time (Compare of a large search): answered on the
 * thread that runs the cue preview, so the facets and counts never wait behind them either.
 */
export const OFF_THREAD_JOBS: ReadonlySet<string> = new Set(['compare.outlets', 'compare.wire']);
