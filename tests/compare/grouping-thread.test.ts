import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, type Db } from '../../db/open.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { groupStories } from '../../core/compare/grouping.ts';
import { groupStoriesInWorker } from '../../core/compare/grouping-thread.ts';
import { listStories, storyArticleIds } from '../../db/stories.ts';
import { groupingRun } from '../../db/grouping.ts';
import { useTempDir } from '../support/temp.ts';
import { coverageJsonl } from './grouping-fixture.ts';
import { FLOODS } from './grouping-places-fixture.ts';

/** The stories as their names and sorted article titles, in name order. */
function stories(db: Db): string[] {
  return listStories(db)
    .map(
      (story) =>
        `${story.name}: ${storyArticleIds(db, story.id)
          .map((id) => db.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(id) as string)
          .sort()
          .join(' | ')}`,
    )
    .sort();
}

describe('grouping on a thread of its own', () => {
  const temp = useTempDir();
  const project = async (name: string) => {
    const path = join(temp.dir(), `${name}.sqlite`);
    const db = openProject(path);
    await importPaths(db, [temp.file(`${name}.jsonl`, coverageJsonl(FLOODS))]);
    return { path, db };
  };

  it('makes the stories grouping makes on the engine thread, reporting its progress', async () => {
    const here = await project('here');
    await groupStories(here.db);
    const there = await project('there');
    const seen: string[] = [];
    const summary = await groupStoriesInWorker(there.path, {}, (done, total, label) => {
      if (label && !seen.includes(label)) seen.push(label);
      expect(done).toBeLessThanOrEqual(total);
    });
    expect(summary).toMatchObject({ finished: true, resumed: false, articles: FLOODS.length });
    expect(stories(there.db).length).toBeGreaterThan(1);
    expect(stories(there.db)).toEqual(stories(here.db));
    expect(seen).toEqual(['counting words', 'grouping articles']);
    here.db.close();
    there.db.close();
  });

  it('stops when asked and keeps where it got to for the next grouping', async () => {
    const { path, db } = await project('stopped');
    const stopping = new AbortController();
    const stopped = await groupStoriesInWorker(
      path,
      { pageSize: 1, checkpointPages: 1 },
      (done, total) => {
        if (done >= total / 2) stopping.abort();
      },
      stopping.signal,
    );
    expect(stopped.finished).toBe(false);
    expect(listStories(db)).toEqual([]);
    expect(groupingRun(db)).toBeDefined();
    const resumed = await groupStoriesInWorker(path, { pageSize: 1, checkpointPages: 1 }, () => {});
    expect(resumed).toMatchObject({ finished: true, resumed: true });
    expect(listStories(db).length).toBeGreaterThan(1);
    db.close();
  });

  it('says in a sentence when grouping needs more memory than it is given, and the stories stay', async () => {
    const { path, db } = await project('starved');
    await groupStories(db);
    const before = stories(db);
    expect(before.length).toBeGreaterThan(1);
    await expect(groupStoriesInWorker(path, { restart: true }, () => {}, undefined, 8)).rejects.toThrow(
      /Grouping needed more than the 8 MB of memory set aside for it/,
    );
    expect(stories(db)).toEqual(before);
    db.close();
  });
});
