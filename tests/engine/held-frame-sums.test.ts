import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { mergeProjectFile } from '../../core/merge/run.ts';
import { closeProject, openProject, type Db } from '../../db/open.ts';
import { brownText } from '../support/brown.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';
import { baseProject, coderCopy } from '../merge/support.ts';
import { expectFrameSums, expectNothingHeld, watchNotes } from './counted-facets.ts';

// The bulk writes (a frames re-run, an analysis, a colleague's merge, an undo or redo) hold the
// sums each frame keeps (migration 033): the kept rows they change are noted, and the sums move
// once per article at the end of the write's transaction. After each, the sums must be those of a
// recount, nothing may stay noted, and the write must have gone through the hold.

/** The machine's frame decisions forgotten, as under a codebook without those frames: a re-run finds them again. */
function forgetMachineFrames(db: Db): number {
  db.exec("DELETE FROM frame_decisions WHERE origin = 'auto'");
  return db.prepare('SELECT count(*) FROM frame_state').pluck().get() as number;
}

const framedArticles = (db: Db) =>
  db.prepare('SELECT count(DISTINCT article_id) FROM frame_state').pluck().get() as number;

describe('the sums per frame under a bulk write', () => {
  const temp = useTempDir();

  it('follow a frames re-run and an analysis that give articles their frames again', async () => {
    const dir = temp.dir();
    const path = await baseProject(dir);
    const brown = join(dir, 'ca01.txt');
    writeFileSync(brown, brownText('ca01'));
    const engine = new Engine(path);
    try {
      const db = engine.db;
      const noted = watchNotes(db);
      await engine.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
      await engine.invoke('import.paths', [SEED_PATH, brown], { outlet: 'Valley Post' });
      expect(framedArticles(db)).toBeGreaterThan(3);
      noted();

      expect(forgetMachineFrames(db)).toBe(0);
      await engine.invoke('frames.rerun');
      expect(framedArticles(db)).toBeGreaterThan(3);
      expect(noted()).toBeGreaterThanOrEqual(framedArticles(db));
      expectNothingHeld(db);
      expectFrameSums(db);

      expect(forgetMachineFrames(db)).toBe(0);
      await engine.invoke('analysis.run', { all: true });
      expect(framedArticles(db)).toBeGreaterThan(3);
      expect(noted()).toBeGreaterThanOrEqual(framedArticles(db));
      expectNothingHeld(db);
      expectFrameSums(db);
    } finally {
      await engine.close();
    }
  });

  it("follow a colleague's merge, its undo and its redo", async () => {
    const dir = temp.dir();
    const base = await baseProject(dir);
    {
      const engine = new Engine(base);
      try {
        await engine.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
        await engine.invoke('import.paths', [SEED_PATH], { outlet: 'Valley Post' });
      } finally {
        await engine.close();
      }
    }
    // The colleague denies the frame in every article asserting it and asserts it in the others.
    const theirs = await coderCopy(base, dir, 'Ada', async (project, { coderId }) => {
      const db = project.db;
      const frame = db
        .prepare('SELECT code_id FROM frame_state GROUP BY code_id ORDER BY count(*) DESC, code_id')
        .pluck()
        .get() as number;
      const ids = db.prepare('SELECT id FROM articles WHERE id != 0 ORDER BY id').pluck().all() as number[];
      const asserting = new Set(
        db.prepare('SELECT article_id FROM frame_state WHERE code_id = ? AND denied = 0').pluck().all(frame),
      );
      for (const articleId of ids)
        await project.invoke(
          'frames.decide',
          articleId,
          frame,
          asserting.has(articleId) ? { denied: true, coderId } : { primary: true, coderId },
        );
    });

    // Merged as the engine's merge thread does, on a connection of its own.
    const mine = openProject(base);
    try {
      const noted = watchNotes(mine);
      const before = mine
        .prepare('SELECT count(*) FROM frame_state WHERE denied = 1')
        .pluck()
        .get() as number;
      const report = mergeProjectFile(mine, base, theirs);
      expect(report.frameDecisions.added).toBeGreaterThan(3);
      expect(mine.prepare('SELECT count(*) FROM frame_state WHERE denied = 1').pluck().get()).toBeGreaterThan(
        before,
      );
      expect(noted()).toBeGreaterThan(3);
      expectNothingHeld(mine);
      expectFrameSums(mine);
    } finally {
      closeProject(mine);
    }

    // Undone and made again through the engine, each as one transaction.
    const engine = new Engine(base);
    try {
      const db = engine.db;
      const noted = watchNotes(db);
      await engine.invoke('history.undo');
      expect(noted()).toBeGreaterThan(3);
      expectNothingHeld(db);
      expectFrameSums(db);
      await engine.invoke('history.redo');
      expect(noted()).toBeGreaterThan(3);
      expectNothingHeld(db);
      expectFrameSums(db);
    } finally {
      await engine.close();
    }
  });
});
