import { z } from 'zod';
import { articleIdsMatching } from '../../../db/compare.ts';
import {
  articleExists,
  getStory,
  isExcluded,
  leftOutArticles,
  listStories,
  storyArticleIds,
  storyArticles,
  storyMembership,
  storySummary,
  type LeftOutArticle,
  type StoryArticle,
  type StorySummary,
} from '../../../db/stories.ts';
import { stoppedRun } from '../../../db/grouping.ts';
import type { GroupSummary } from '../../compare/grouping.ts';
import { groupStoriesInWorker } from '../../compare/grouping-thread.ts';
import { MAX_EXPLAINED, whyInStory, type StoryWhy } from '../../compare/story-terms.ts';
import type { EditRecorder } from '../history.ts';
import { EngineError, notFound } from '../errors.ts';
import { id, nonEmpty } from '../schemas.ts';
import type { Session } from '../session.ts';

// Stories (issues 5 and 9): grouping is a task like analysis (it replaces only what grouping made
// before, and it can be stopped and goes on next time); what a person does to stories (name, move,
// add, take out, merge, delete, make one from a search) is an edit, undoable like any correction.
// A story a person made, named or edited is theirs: its articles are pinned (origin 'manual') and
// grouping again leaves them where they are; an article a person took out of every story is kept
// out (story_exclusions).

export const storyGroupArgs = z.tuple([
  z
    .strictObject({
      windowDays: z.number().min(0).max(3650).optional(),
      threshold: z.number().gt(0).max(1).optional(),
      minArticles: z.number().int().min(1).optional(),
      restart: z.boolean().optional(),
    })
    .optional(),
]);
export const storyMoveManyArgs = z.tuple([z.array(id).min(1).max(10_000), id.nullable()]);
export const storyLeftOutArgs = z.tuple([
  z
    .strictObject({
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .optional(),
]);
export const storyWhyArgs = z.tuple([id, z.array(id).max(MAX_EXPLAINED).optional()]);
export const storyIdArgs = z.tuple([id]);
export const storyRenameArgs = z.tuple([id, nonEmpty]);
export const storyMoveArgs = z.tuple([id, id.nullable()]);
export const storyFromSearchArgs = z.tuple([nonEmpty, nonEmpty.optional()]);
export const storyCreateArgs = z.tuple([nonEmpty, z.array(id).max(100_000).optional()]);
export const storyMergeArgs = z.tuple([id, id]);

export interface StoryDetail {
  story: StorySummary;
  articles: StoryArticle[];
}

export function listStoryRows(this: Session): StorySummary[] {
  return listStories(this.db);
}

export function getStoryDetail(this: Session, storyId: number): StoryDetail {
  const story = storySummary(this.db, storyId);
  if (!story) throw notFound('story', storyId);
  return { story, articles: storyArticles(this.db, storyId) };
}

/** Groups the project's articles into stories, as a task with progress that can be stopped. */
export async function groupProjectStories(
  this: Session,
  options: {
    windowDays?: number | undefined;
    threshold?: number | undefined;
    minArticles?: number | undefined;
    restart?: boolean | undefined;
  } = {},
): Promise<GroupSummary> {
  const summary = await this.task(
    'stories',
    (progress, signal) =>
      groupStoriesInWorker(
        this.path,
        Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
        progress,
        signal,
      ),
    groupingMessage,
    { cancellable: true },
  );
  // A stopped grouping wrote where it got to, which the toolbar offers to go on from.
  this.changed('stories', summary.finished ? {} : { tables: ['grouping_runs'] });
  return summary;
}

export function groupingMessage(done: GroupSummary): string {
  if (!done.finished)
    return `Grouping stopped at ${Math.floor(done.done * 100)}%; the stories are as they were. Group again to go on from there.`;
  return `Grouped ${done.grouped.toLocaleString('en')} of ${done.articles.toLocaleString('en')} articles into ${done.stories.toLocaleString('en')} stories${done.resumed ? ', going on from where grouping had stopped' : ''}.`;
}

export interface GroupingState {
  /** A grouping that stopped part way and goes on when grouping runs again (how far, 0–1, and since when). */
  stopped: { done: number; startedAt: string } | null;
}

export function groupingState(this: Session): GroupingState {
  return { stopped: stoppedRun(this.db) };
}

export interface LeftOutPage {
  total: number;
  articles: LeftOutArticle[];
}

/** Articles in no story: left out by grouping, or taken out by a person. */
export function listLeftOut(this: Session, options: { offset?: number; limit?: number } = {}): LeftOutPage {
  const { total, rows } = leftOutArticles(this.db, options.offset ?? 0, options.limit ?? 200);
  return { total, articles: rows };
}

/** Why articles are in a story: the terms they share with most of its other articles. */
export function explainStory(this: Session, storyId: number, articleIds?: number[]): StoryWhy {
  existing(this, storyId);
  return whyInStory(this.db, storyId, articleIds);
}

function existing(session: Session, storyId: number): StorySummary {
  const story = storySummary(session.db, storyId);
  if (!story) throw notFound('story', storyId);
  return story;
}

/**
 * Puts an article into a story by hand, pinning it there; with null takes it out of every story
 * and keeps it out when grouping runs again.
 */
function place(session: Session, recorder: EditRecorder, articleId: number, storyId: number | null): void {
  const current = storyMembership(session.db, articleId);
  const excluded = isExcluded(session.db, articleId);
  if (storyId === null) {
    if (current) recorder.delete('story_articles', { article_id: articleId });
    if (!excluded) recorder.insert('story_exclusions', { article_id: articleId });
    return;
  }
  if (excluded) recorder.delete('story_exclusions', { article_id: articleId });
  if (current)
    recorder.update('story_articles', { article_id: articleId }, { story_id: storyId, origin: 'manual' });
  else recorder.insert('story_articles', { article_id: articleId, story_id: storyId, origin: 'manual' });
}

function pin(session: Session, recorder: EditRecorder, storyId: number): void {
  recorder.update('stories', { id: storyId }, { origin: 'manual' });
  for (const articleId of storyArticleIds(session.db, storyId)) place(session, recorder, articleId, storyId);
}

export function renameStory(this: Session, storyId: number, name: string): StorySummary {
  const story = existing(this, storyId);
  this.edit(
    `Rename story “${story.name}” to “${name}”`,
    (recorder) => {
      recorder.update('stories', { id: storyId }, { name });
      pin(this, recorder, storyId);
    },
    'stories',
  );
  return existing(this, storyId);
}

/** Moves an article into a story, or out of every story with `storyId` null. */
export function moveArticleToStory(
  this: Session,
  articleId: number,
  storyId: number | null,
): StoryDetail | null {
  if (!articleExists(this.db, articleId)) throw notFound('article', articleId);
  const story = storyId === null ? null : existing(this, storyId);
  this.edit(
    story ? `Move article ${articleId} to “${story.name}”` : `Take article ${articleId} out of its story`,
    (recorder) => {
      if (storyId !== null) pin(this, recorder, storyId);
      place(this, recorder, articleId, storyId);
    },
    'stories',
  );
  return storyId === null ? null : getStoryDetail.call(this, storyId);
}

/**
 * Adds articles to a story (from the left-out list, or from other stories), or with `storyId` null
 * takes them out of their stories and keeps them out: one edit, undone as one.
 */
export function moveArticlesToStory(
  this: Session,
  articleIds: number[],
  storyId: number | null,
): StoryDetail | null {
  const unique = [...new Set(articleIds)];
  for (const articleId of unique)
    if (!articleExists(this.db, articleId)) throw notFound('article', articleId);
  const story = storyId === null ? null : existing(this, storyId);
  const count = unique.length === 1 ? `article ${unique[0]}` : `${unique.length} articles`;
  this.edit(
    story ? `Add ${count} to “${story.name}”` : `Take ${count} out of the stories`,
    (recorder) => {
      if (storyId !== null) pin(this, recorder, storyId);
      for (const articleId of unique) place(this, recorder, articleId, storyId);
    },
    'stories',
  );
  return storyId === null ? null : getStoryDetail.call(this, storyId);
}

/** Makes a story by hand of the given articles (moving them from the stories they were in). */
export function createStory(this: Session, name: string, articleIds: number[] = []): StoryDetail {
  for (const articleId of articleIds)
    if (!articleExists(this.db, articleId)) throw notFound('article', articleId);
  const storyId = this.edit(
    `Make story “${name}”`,
    (recorder) => {
      const story = recorder.insert<{ id: number }>('stories', {
        name,
        origin: 'manual',
        created_at: new Date().toISOString(),
      });
      for (const articleId of new Set(articleIds)) place(this, recorder, articleId, story.id);
      return story.id;
    },
    'stories',
  );
  return getStoryDetail.call(this, storyId);
}

/** Makes a story of every article a full-text search finds. */
export function storyFromSearch(this: Session, query: string, name?: string): StoryDetail {
  const ids = articleIdsMatching(this.db, query);
  if (ids.length === 0)
    throw new EngineError('not-found', `No article matches “${query}”, so there is no story to make.`);
  const storyId = this.edit(
    `Make story from search “${query}”`,
    (recorder) => {
      const story = recorder.insert<{ id: number }>('stories', {
        name: name ?? query,
        origin: 'manual',
        query,
        created_at: new Date().toISOString(),
      });
      for (const articleId of ids) place(this, recorder, articleId, story.id);
      return story.id;
    },
    'stories',
  );
  return getStoryDetail.call(this, storyId);
}

/** Moves every article of one story into another and deletes the first. */
export function mergeStories(this: Session, fromId: number, intoId: number): StoryDetail {
  if (fromId === intoId) throw new EngineError('invalid-arguments', 'A story cannot be merged into itself.');
  const from = existing(this, fromId);
  const into = existing(this, intoId);
  this.edit(
    `Merge story “${from.name}” into “${into.name}”`,
    (recorder) => {
      pin(this, recorder, intoId);
      for (const articleId of storyArticleIds(this.db, fromId)) place(this, recorder, articleId, intoId);
      recorder.delete('stories', { id: fromId });
    },
    'stories',
  );
  return getStoryDetail.call(this, intoId);
}

/** Deletes a story; its articles stay in the project, in no story. */
export function deleteStory(this: Session, storyId: number): { deleted: number } {
  const story = getStory(this.db, storyId);
  if (!story) throw notFound('story', storyId);
  this.edit(
    `Delete story “${story.name}”`,
    (recorder) => {
      for (const articleId of storyArticleIds(this.db, storyId))
        recorder.delete('story_articles', { article_id: articleId });
      recorder.delete('stories', { id: storyId });
    },
    'stories',
  );
  return { deleted: storyId };
}
