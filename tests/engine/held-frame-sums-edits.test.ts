import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { Db } from '../../db/open.ts';
import { useTempDir } from '../support/temp.ts';
import { analysedProject, expectFrameSums, expectNothingHeld, watchNotes } from './counted-facets.ts';

// A person's bulk edits hold the sums each frame keeps (migration 033, branch writes14), as the
// frames re-run, analysis and merges do: accepting the likely evidence of a frame in many articles,
// an adjudicator's decision (a passage and the frame's decision in one edit), and codings and frame
// decisions imported from another tool's REFI-QDA file. After each, the sums must be those of a
// recount, nothing may stay noted, and the write must have gone through the hold.

const one = (db: Db, sql: string, ...args: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...args) as number;

/** The frame the machine found in most articles. */
const mostUsedFrame = (db: Db) =>
  one(db, 'SELECT code_id FROM frame_state GROUP BY code_id ORDER BY count(*) DESC, code_id');

describe("a person's bulk edits and the sums per frame", () => {
  const temp = useTempDir();

  it('follow the likely evidence of a frame accepted in several articles, and an adjudicator’s decisions', async () => {
    const path = await analysedProject(temp.dir());
    const engine = new Engine(path);
    try {
      const db = engine.db;
      const noted = watchNotes(db);
      // The learned model's probabilities, as a refresh stores them: every article's evidence is likely
      // enough to accept; the frame with evidence in the most articles is accepted.
      const frame = one(
        db,
        `SELECT code_id FROM annotations WHERE status = 'suggested'
         GROUP BY code_id ORDER BY count(DISTINCT article_id) DESC, code_id`,
      );
      db.prepare(
        `INSERT INTO learned_scores (article_id, code_id, probability)
         SELECT DISTINCT article_id, code_id, 0.95 FROM annotations WHERE status = 'suggested'`,
      ).run();
      const coder = await engine.invoke('coders.ensure', 'Ada');
      const accepted = await engine.invoke('frames.acceptLikely', { codeId: frame, coderId: coder.id });
      expect(accepted.articles).toBeGreaterThan(1);
      expect(noted()).toBe(accepted.articles);
      expectNothingHeld(db);
      expectFrameSums(db);

      // An adjudicator settles the most used frame as absent from a whole article asserting it, and
      // present in a passage of one without it: the frame's decision changes with the passage's.
      const adjudicator = await engine.invoke('coders.ensure', 'Lead adjudicator');
      await engine.invoke('coders.setRole', adjudicator.id, 'adjudicator');
      const most = one(
        db,
        'SELECT code_id FROM frame_state WHERE code_id != ? GROUP BY code_id ORDER BY count(*) DESC, code_id',
        frame,
      );
      const asserting = one(
        db,
        'SELECT article_id FROM frame_state WHERE code_id = ? AND denied = 0 ORDER BY article_id',
        most,
      );
      const length = (await engine.invoke('articles.get', asserting)).text.length;
      await engine.invoke('disagreements.adjudicate', {
        articleId: asserting,
        codeId: most,
        start: 0,
        end: length,
        present: false,
        coderId: adjudicator.id,
      });
      expect(
        one(db, 'SELECT count(*) FROM frame_state WHERE article_id = ? AND code_id = ?', asserting, most),
      ).toBe(0);
      expect(noted()).toBe(1);
      expectNothingHeld(db);
      expectFrameSums(db);
      const without = one(
        db,
        `SELECT id FROM articles WHERE id != 0 AND id NOT IN (SELECT article_id FROM frame_state WHERE code_id = ?)
         ORDER BY id`,
        most,
      );
      await engine.invoke('disagreements.adjudicate', {
        articleId: without,
        codeId: most,
        start: 0,
        end: 40,
        present: true,
        coderId: adjudicator.id,
      });
      expect(
        one(db, 'SELECT count(*) FROM frame_state WHERE article_id = ? AND code_id = ?', without, most),
      ).toBe(1);
      expect(noted()).toBe(1);
      expectNothingHeld(db);
      expectFrameSums(db);

      // Undone, each as one held transaction, the sums follow back.
      for (let i = 0; i < 3; i++) await engine.invoke('history.undo');
      expectNothingHeld(db);
      expectFrameSums(db);
    } finally {
      await engine.close();
    }
  });

  it("follow a colleague's codings and frame decisions imported from a REFI-QDA file", async () => {
    const dir = temp.dir();
    const mine = await analysedProject(dir);
    // The colleague works on a copy: denies the most used frame in every article asserting it,
    // asserts it in the others, and codes a passage of each article as the frame; then exports.
    const theirs = join(dir, 'theirs.sqlite');
    copyFileSync(mine, theirs);
    const file = join(dir, 'theirs.qdpx');
    {
      const colleague = new Engine(theirs);
      try {
        const db = colleague.db;
        const coder = await colleague.invoke('coders.ensure', 'Ada');
        const most = mostUsedFrame(db);
        const asserting = new Set(
          db.prepare('SELECT article_id FROM frame_state WHERE code_id = ? AND denied = 0').pluck().all(most),
        );
        const ids = db.prepare('SELECT id FROM articles WHERE id != 0 ORDER BY id').pluck().all() as number[];
        for (const articleId of ids) {
          await colleague.invoke(
            'frames.decide',
            articleId,
            most,
            asserting.has(articleId)
              ? { denied: true, coderId: coder.id }
              : { primary: true, coderId: coder.id },
          );
          await colleague.invoke('annotations.create', {
            articleId,
            codeId: most,
            start: 0,
            end: 30,
            coderId: coder.id,
          });
        }
        await colleague.invoke('exchange.exportQdpx', file);
      } finally {
        await colleague.close();
      }
    }

    const engine = new Engine(mine);
    try {
      const db = engine.db;
      const noted = watchNotes(db);
      const denied = one(db, 'SELECT count(*) FROM frame_state WHERE denied = 1');
      const done = await engine.invoke('exchange.importQdpx', file, { analyse: false });
      expect(done.sources.imported).toBe(0);
      expect(done.codings.imported).toBeGreaterThan(3);
      expect(done.decisions.imported).toBeGreaterThan(3);
      expect(one(db, 'SELECT count(*) FROM frame_state WHERE denied = 1')).toBeGreaterThan(denied);
      expect(noted()).toBeGreaterThan(3);
      expectNothingHeld(db);
      expectFrameSums(db);
    } finally {
      await engine.close();
    }
  });
});
