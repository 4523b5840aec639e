import type { Db } from '../../db/open.ts';
import { isExcluded, rowById, storyNamed, storyOfArticle } from '../../db/merge.ts';
import type { EditRecorder } from '../engine/history.ts';
import { parseScope } from '../analyze/scope.ts';
import type { MergeReport } from './types.ts';
import { without } from './rows.ts';

// Stories in a merge (issue #11): stories are matched by name. An article that is in no story here
// joins the story of that name (made here when there is none); one that is already in a story, or
// that a person here took out of every story, stays where it is, and a person's other placement in
// the other file is reported as a conflict.

export interface StoriesContext {
  mine: Db;
  theirs: Db;
  recorder: EditRecorder;
  report: MergeReport;
  conflict: (what: string, mine: string, theirs: string) => void;
}

/** The article's story: placed in the story of that name when it is in none here. */
export function mergeStoryOf(
  context: StoriesContext,
  theirArticle: number,
  article: number,
  title: string | null,
): void {
  const { recorder, report } = context;
  const theirs = storyOfArticle(context.theirs, theirArticle);
  const mine = storyOfArticle(context.mine, article);
  const what = `the story of “${title ?? `article ${article}`}”`;
  if (theirs) {
    if (mine) {
      if (mine.name !== theirs.name && theirs.origin === 'manual')
        context.conflict(what, String(mine.name), String(theirs.name));
      return;
    }
    if (isExcluded(context.mine, article)) {
      if (theirs.origin === 'manual') context.conflict(what, 'taken out of every story', String(theirs.name));
      return;
    }
    recorder.insert('story_articles', {
      article_id: article,
      story_id: storyHere(context, Number(theirs.story_id)),
      origin: String(theirs.origin),
    });
    report.stories.articlesPlaced++;
    return;
  }
  if (isExcluded(context.theirs, theirArticle) && !mine && !isExcluded(context.mine, article)) {
    recorder.insert('story_exclusions', { article_id: article });
    report.stories.exclusions++;
  }
}

/** A new codebook that applies to chosen stories applies to the stories of those names here. */
export function scopeNewCodebooks(
  context: StoriesContext,
  books: readonly { id: number; scope: string }[],
): void {
  for (const book of books) {
    const scope = parseScope(book.scope);
    if (scope.kind !== 'stories') continue;
    const stories = scope.stories
      .map((id) => rowById(context.theirs, 'stories', id))
      .map((story) => (story ? storyNamed(context.mine, String(story.name))?.id : undefined))
      .filter((id): id is number => typeof id === 'number')
      .sort((a, b) => a - b);
    context.recorder.update(
      'codebooks',
      { id: book.id },
      { scope: JSON.stringify({ kind: 'stories', stories }) },
    );
  }
}

/** Their story's id here: the story of that name, made when there is none. */
function storyHere(context: StoriesContext, theirStory: number): number {
  const story = rowById(context.theirs, 'stories', theirStory)!;
  const found = storyNamed(context.mine, String(story.name));
  if (found) return Number(found.id);
  context.report.stories.added++;
  return Number(context.recorder.insert('stories', without(story, 'id')).id);
}
