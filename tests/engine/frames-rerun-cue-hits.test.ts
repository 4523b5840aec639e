import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { Db } from '../../db/open.ts';
import { POLICY_FRAMES } from '../../nlp/frames/index.ts';
import { codebook, everyArticle, on, previewCounting, project } from '../support/cue-preview.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: a frames re-run records each cue's hits as analysis does (migration 032), so the cue
// preview after a re-run reads what was recorded instead of counting the cues in every text again,
// and gives the same answer as counting them.

const preview = previewCounting;

/** The project's frames and their cues, by frame key, as the codebook stores them. */
function frameCues(db: Db): { id: number; key: string; cues: string[] }[] {
  return (
    db
      .prepare(
        `SELECT c.id, c.key, c.cues FROM codes c JOIN codebooks b ON b.id = c.codebook_id
         WHERE b.key = ? ORDER BY c.id`,
      )
      .all(POLICY_FRAMES.id) as { id: number; key: string; cues: string }[]
  ).map((row) => ({ ...row, cues: JSON.parse(row.cues) as string[] }));
}

const rows = (db: Db) => db.prepare('SELECT count(*) FROM article_cue_hits').pluck().get() as number;
const articles = (db: Db) => db.prepare('SELECT count(*) FROM articles').pluck().get() as number;

/** Re-runs the frames in an engine of its own (after `first`, if given), closed after. */
async function rerun(path: string, readerThreads: boolean, first?: (engine: Engine) => Promise<void>) {
  const engine = new Engine(path, { readerThreads });
  try {
    await first?.(engine);
    await engine.invoke('frames.rerun');
  } finally {
    await engine.close();
  }
}

describe('a frames re-run records each cue’s hits for the cue preview', () => {
  const temp = useTempDir();

  it('on the reader thread and on one thread alike: the next preview reads no text', async () => {
    // Articles imported without analysis, twice: nothing recorded yet.
    const [threaded, inline] = ['threaded', 'inline'].map((name) => {
      const dir = join(temp.dir(), name);
      mkdirSync(dir);
      project(dir).close();
      return join(dir, 'project.sqlite');
    }) as [string, string];
    expect(on(threaded, rows)).toBe(0);

    for (const [path, readerThreads] of [
      [threaded, true],
      [inline, false],
    ] as const) {
      await rerun(path, readerThreads);
      expect(on(path, rows), path).toBe(on(path, articles));
      const frames = on(path, frameCues);
      expect(frames.length).toBeGreaterThan(3);
      for (const { key, cues } of frames) {
        const first = await preview(path, cues);
        expect(first.read, key).toBe(0);
        expect(first.found, key).toEqual(on(path, (db) => everyArticle(db, codebook(cues))));
      }
    }
    // Some frame finds something here, so the comparisons are not all of empty answers.
    const economic = on(threaded, frameCues).find((frame) => frame.key === 'economic')?.cues ?? [];
    expect((await preview(threaded, economic)).found.passages).toBeGreaterThan(5);
  });

  it('after a cue is edited and the frames re-run, the edited frame’s preview reads no text', async () => {
    const dir = temp.dir();
    project(dir).close();
    const path = join(dir, 'project.sqlite');
    await rerun(path, true);
    const economic = on(path, frameCues).find((frame) => frame.key === 'economic');
    expect(economic).toBeDefined();
    const edited = [...(economic?.cues ?? []), 'harbour dues'];
    await rerun(path, true, async (engine) => {
      await engine.invoke('codes.update', economic?.id ?? 0, { cues: edited });
    });
    const after = await preview(path, edited);
    expect(after.read).toBe(0);
    expect(after.found).toEqual(on(path, (db) => everyArticle(db, codebook(edited))));
  });
});
