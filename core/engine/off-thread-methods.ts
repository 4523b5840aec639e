import { articleFacets } from './handlers/articles.ts';
import { projectInfo } from './handlers/project-info.ts';
import type { Session } from './session.ts';

/**
 * Reads that can take seconds on a large project the first time after a change (the library's
 * facets, the project's counts): with the engine's reader thread on, they are answered there, on
 * a connection of their own, so the list, the article view and every edit go on meanwhile.
 */
export const OFF_THREAD_METHODS: Record<string, (this: Session, ...args: unknown[]) => unknown> = {
  'articles.facets': articleFacets as (this: Session, ...args: unknown[]) => unknown,
  'project.info': projectInfo,
};
