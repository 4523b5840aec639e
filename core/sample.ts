import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openProject, type Db } from '../db/open.ts';
import { ensureManualStory } from '../db/stories.ts';
import { ensureSampleCodebook } from './analyze/codebooks.ts';
import { importPaths } from './import/pipeline.ts';
import { analyseArticles } from './analyze/run.ts';
import { sampleStoryArticlesPath, placeSampleStory, sampleStoryArticles } from './sample-story.ts';

/** The sample article a first-time user finds in the default project. */
export const SAMPLE_ARTICLE = resolve(import.meta.dirname, '../samples/russia-italy-aid.txt');

/**
 * Creates the default project on first run, with the sample article and the sample story (ten
 * fictional articles, coded by two fictional coders) imported and analysed, so a new user opens a
 * project with something in it. An existing project is left as it is.
 */
export async function ensureDefaultProject(path: string, sample = SAMPLE_ARTICLE): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const db = openProject(path);
  try {
    const { imported } = await importPaths(db, [sample, sampleStoryArticlesPath()]);
    const ids = imported.map((article) => article.id);
    const story = new Set(sampleStoryArticles(db, ids));
    placeInSampleStory(
      db,
      ids.filter((id) => !story.has(id)),
    );
    placeSampleStory(db, [...story]);
    await analyseArticles(
      db,
      imported.map((article) => article.id),
      { threads: 1 },
    );
  } finally {
    db.close();
  }
}

export const SAMPLE_STORY = 'Russian aid to Italy (sample)';

/**
 * Puts the sample's articles in the sample story (made by hand, so grouping leaves it alone) and
 * scopes the sample's issue codebook to that story: the event's own frames apply to the event's
 * coverage, not to every article a project will hold. Call before analysing them.
 */
export function placeInSampleStory(db: Db, articleIds: readonly number[]): void {
  if (articleIds.length === 0) return;
  const storyId = ensureManualStory(db, SAMPLE_STORY, articleIds);
  ensureSampleCodebook(db, [storyId]);
}
