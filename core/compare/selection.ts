import type { Db } from '../../db/open.ts';
import { articleIdsMatching, compareArticles, type CompareArticleRow } from '../../db/compare.ts';
import { getStory, storyArticleIds } from '../../db/stories.ts';
import { inChunks, stage, type Steps } from './steps.ts';

/** What to compare: a story, the articles a search finds, or articles picked by id (one of them). */
export interface Selection {
  storyId?: number | undefined;
  query?: string | undefined;
  articleIds?: number[] | undefined;
}

export class SelectionError extends Error {
  override name = 'SelectionError';
}

export function describeSelection(selection: Selection): string {
  if (selection.storyId !== undefined) return `story ${selection.storyId}`;
  if (selection.query !== undefined) return `search "${selection.query}"`;
  return `${selection.articleIds?.length ?? 0} chosen articles`;
}

export function selectedArticleIds(db: Db, selection: Selection): number[] {
  const given = [selection.storyId, selection.query, selection.articleIds].filter((x) => x !== undefined);
  if (given.length !== 1)
    throw new SelectionError('Choose what to compare: one of a story, a search, or a list of articles.');
  if (selection.storyId !== undefined) {
    if (!getStory(db, selection.storyId))
      throw new SelectionError(
        `There is no story ${selection.storyId} in this project; it may have been deleted.`,
      );
    return storyArticleIds(db, selection.storyId);
  }
  if (selection.query !== undefined) return articleIdsMatching(db, selection.query);
  return [...new Set(selection.articleIds)].sort((a, b) => a - b);
}

/** The articles of a selection with their texts, in order of id, read a chunk at a time. */
export function* selectedArticles(db: Db, selection: Selection): Steps<CompareArticleRow[]> {
  const ids = yield* stage('Finding the articles', () =>
    [...new Set(selectedArticleIds(db, selection))].sort((a, b) => a - b),
  );
  return yield* inChunks('Reading the articles', ids, (chunk) => compareArticles(db, chunk));
}
