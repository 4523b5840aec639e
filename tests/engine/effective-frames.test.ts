import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { Db } from '../../db/open.ts';
import { SEED_PATH } from '../support/temp.ts';
import { baseProject, coderCopy } from '../merge/support.ts';
import { RANKED_FRAME_DECISIONS as RANKED } from '../support/ranked-frames.ts';
import { useEngines } from './support.ts';

// The frame decision that counts per article and frame is stored (migration 014) and kept by
// triggers. After each kind of change a person or the analysis makes, the stored rows must be
// exactly what the ranking the project used to compute on every read gives.

const ranked = (db: Db) => db.prepare(`SELECT * FROM (${RANKED}) ORDER BY article_id, code_id`).all();
const stored = (db: Db) =>
  db.prepare('SELECT * FROM effective_frame_decisions ORDER BY article_id, code_id').all();
const presentStored = (db: Db) =>
  db
    .prepare(
      'SELECT article_id, code_id, denied FROM effective_frame_decisions WHERE present = 1 ORDER BY article_id, code_id',
    )
    .all();
const frameState = (db: Db) =>
  db.prepare('SELECT article_id, code_id, denied FROM frame_state ORDER BY article_id, code_id').all();

function expectStoredRight(db: Db) {
  expect(stored(db)).toEqual(ranked(db));
  expect(frameState(db)).toEqual(presentStored(db));
}

function counting(db: Db, articleId: number, codeId: number) {
  return db
    .prepare(
      'SELECT origin, present, denied, coder_id FROM effective_frame_decisions WHERE article_id = ? AND code_id = ?',
    )
    .get(articleId, codeId);
}

describe('the stored frame decision that counts', () => {
  const { temp, engine } = useEngines();

  it('follows a coder’s decision, an adjudication and a re-analysis, and their undo', async () => {
    const project = engine();
    await project.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    await project.invoke('import.paths', [SEED_PATH]);
    const db = project.db;
    expectStoredRight(db);
    const machine = db
      .prepare(
        `SELECT d.article_id, d.code_id FROM frame_decisions d WHERE d.origin = 'auto' AND d.present = 1
         ORDER BY d.code_id LIMIT 2`,
      )
      .all() as { article_id: number; code_id: number }[];
    expect(machine).toHaveLength(2);
    const [first, second] = machine as [(typeof machine)[0], (typeof machine)[0]];

    // A coder denies a frame the machine found: the coder's decision counts.
    const ana = (await project.invoke('coders.ensure', 'Ana')).id;
    await project.invoke('frames.decide', first.article_id, first.code_id, { denied: true, coderId: ana });
    expect(counting(db, first.article_id, first.code_id)).toMatchObject({
      origin: 'manual',
      denied: 1,
      coder_id: ana,
    });
    expectStoredRight(db);

    // An adjudicator settles a sentence of the other frame as absent from the whole article.
    const judge = (await project.invoke('coders.ensure', 'Judge')).id;
    await project.invoke('coders.setRole', 'Judge', 'adjudicator');
    const text = (await project.invoke('articles.get', second.article_id)).text;
    await project.invoke('disagreements.adjudicate', {
      articleId: second.article_id,
      codeId: second.code_id,
      start: 0,
      end: text.length,
      present: false,
      coderId: judge,
    });
    expect(counting(db, second.article_id, second.code_id)).toMatchObject({
      origin: 'adjudicated',
      present: 0,
    });
    expectStoredRight(db);

    // Re-analysis replaces the machine's rows; the people's decisions still count.
    await project.invoke('analysis.run', { all: true });
    expectStoredRight(db);
    expect(counting(db, first.article_id, first.code_id)).toMatchObject({ origin: 'manual' });
    expect(counting(db, second.article_id, second.code_id)).toMatchObject({ origin: 'adjudicated' });

    // Rejecting every evidence sentence of a frame the machine alone decided takes its decision away.
    const third = db
      .prepare(
        `SELECT code_id FROM effective_frame_decisions WHERE article_id = ? AND origin = 'auto' AND present = 1
         ORDER BY code_id LIMIT 1`,
      )
      .pluck()
      .get(first.article_id) as number;
    const evidence = db
      .prepare("SELECT id FROM annotations WHERE article_id = ? AND code_id = ? AND status != 'rejected'")
      .pluck()
      .all(first.article_id, third) as number[];
    for (const id of evidence) await project.invoke('annotations.update', id, { status: 'rejected' });
    expect(counting(db, first.article_id, third)).toBeUndefined();
    expectStoredRight(db);

    // Undoing step by step, back past the coder's decision, keeps the stored rows right at each step.
    const coderCounts = db
      .prepare(
        "SELECT count(*) FROM effective_frame_decisions WHERE origin = 'manual' AND article_id = ? AND code_id = ?",
      )
      .pluck();
    expect(coderCounts.get(first.article_id, first.code_id)).toBe(1);
    for (let step = 0; step < 20 && coderCounts.get(first.article_id, first.code_id) === 1; step++) {
      await project.invoke('history.undo');
      expectStoredRight(db);
    }
    expect(coderCounts.get(first.article_id, first.code_id)).toBe(0);
    expect(counting(db, first.article_id, first.code_id)).toMatchObject({ origin: 'auto', denied: 0 });

    // Deleting a frame from the codebook takes its stored decisions with it.
    await project.invoke('codes.delete', first.code_id);
    expect(
      db.prepare('SELECT count(*) FROM frame_effective WHERE code_id = ?').pluck().get(first.code_id),
    ).toBe(0);
    expectStoredRight(db);
  });

  it('brings a colleague’s decisions in with a merge, and counts them', async () => {
    const dir = temp.dir();
    const base = await baseProject(dir);
    let decided = { article: 0, frame: 0 };
    const theirs = await coderCopy(base, dir, 'Ada', async (project, h) => {
      decided = { article: h.article('Relief convoy'), frame: h.frame() };
      await project.invoke('frames.decide', decided.article, decided.frame, {
        present: true,
        primary: true,
        coderId: h.coderId,
      });
    });
    const mine = new Engine(join(dir, 'base.sqlite'));
    try {
      expect(counting(mine.db, decided.article, decided.frame)).not.toMatchObject({ origin: 'manual' });
      await mine.invoke('project.merge', theirs);
      expect(counting(mine.db, decided.article, decided.frame)).toMatchObject({
        origin: 'manual',
        present: 1,
      });
      expectStoredRight(mine.db);
      await mine.invoke('history.undo');
      expectStoredRight(mine.db);
    } finally {
      await mine.close();
    }
  });
});
