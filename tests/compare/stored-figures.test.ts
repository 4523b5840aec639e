import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { compareOutlets } from '../../core/compare/outlets.ts';
import type { Voice } from '../../core/compare/frames.ts';
import type { Db } from '../../db/open.ts';
import { useEngines } from '../engine/support.ts';
import { baseProject, coderCopy } from '../merge/support.ts';
import { articlesJsonl } from './fixture.ts';
import { compareTheOldWay } from './reference-frames.ts';

// Compare's frames per outlet come from stored per-article rows (migration 017's `frame_voice`
// beside 014's `frame_effective`), its distinctive words from counts kept as numbers. After each
// kind of change a person or the analysis makes, the answer must be exactly what main computed
// from every piece of evidence and from string-keyed counts, in every voice.

const VOICES: Voice[] = ['both', 'own', 'quoted'];

const recounted = (db: Db) =>
  db
    .prepare(
      `SELECT a.article_id, a.code_id, sum(a.in_quote = 0) AS own_hits, sum(a.in_quote = 1) AS quoted_hits,
         sum(a.in_quote = 0 AND a.negated = 1) AS own_negated, sum(a.in_quote = 1 AND a.negated = 1) AS quoted_negated
       FROM annotations a JOIN codes c ON c.id = a.code_id
       WHERE c.kind = 'frame' AND a.status != 'rejected'
       GROUP BY a.article_id, a.code_id ORDER BY a.article_id, a.code_id`,
    )
    .all();
const stored = (db: Db) => db.prepare('SELECT * FROM frame_voice ORDER BY article_id, code_id').all();
const articleIds = (db: Db) => db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];

function expectSameAsBefore(db: Db): void {
  expect(stored(db)).toEqual(recounted(db));
  const ids = articleIds(db);
  for (const voice of VOICES) {
    const result = compareOutlets(db, { articleIds: ids }, { voice });
    const old = compareTheOldWay(db, ids, voice);
    expect(result.frames).toEqual(old.frames);
    // The reference counts as Compare did; the written forms are added after.
    const asCounted = Object.fromEntries(
      Object.entries(result.distinctive).map(([outlet, terms]) => [
        outlet,
        terms.map(({ written: _written, ...term }) => term),
      ]),
    );
    expect(asCounted).toEqual(old.distinctive);
  }
}

const frameEvidence = (db: Db, inQuote: 0 | 1) =>
  db
    .prepare(
      `SELECT a.id, a.article_id, a.code_id FROM annotations a JOIN codes c ON c.id = a.code_id
       WHERE c.kind = 'frame' AND a.status != 'rejected' AND a.in_quote = ? ORDER BY a.id`,
    )
    .all(inQuote) as { id: number; article_id: number; code_id: number }[];

describe('Compare from stored per-article rows', () => {
  const { temp, engine } = useEngines();

  it('gives main’s figures after analysis, corrections, decisions, a speaker change, undo and deletes', async () => {
    const project = engine();
    await project.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    await project.invoke('import.paths', [temp.file('coverage.jsonl', articlesJsonl())]);
    const db = project.db;
    // The coverage has evidence in the outlets' own words and in quotations, so every voice is tried.
    const quoted = frameEvidence(db, 1);
    const own = frameEvidence(db, 0);
    expect(quoted.length).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThan(2);
    expectSameAsBefore(db);
    const quotedFrames = compareOutlets(db, { articleIds: articleIds(db) }, { voice: 'quoted' });
    const ownFrames = compareOutlets(db, { articleIds: articleIds(db) }, { voice: 'own' });
    expect(quotedFrames.frames.matrix).not.toEqual(ownFrames.frames.matrix);

    // A correction: the coder rejects a piece of evidence in a quotation, then one in the outlet's words.
    await project.invoke('annotations.update', quoted[0]!.id, { status: 'rejected' });
    expectSameAsBefore(db);
    await project.invoke('annotations.update', own[0]!.id, { status: 'rejected' });
    expectSameAsBefore(db);

    // A frame decision: a coder denies a frame the machine found, and says another is the primary one.
    const ana = (await project.invoke('coders.ensure', 'Ana')).id;
    await project.invoke('frames.decide', own[1]!.article_id, own[1]!.code_id, {
      denied: true,
      coderId: ana,
    });
    expectSameAsBefore(db);
    await project.invoke('frames.decide', own[2]!.article_id, own[2]!.code_id, {
      present: true,
      primary: true,
      coderId: ana,
    });
    expectSameAsBefore(db);

    // Evidence moved to another frame, and evidence marked by hand.
    const codes = (await project.invoke('codebooks.list')).flatMap((book) =>
      book.codes.filter((code) => code.kind === 'frame').map((code) => code.id),
    );
    const other = codes.find((code) => code !== own[2]!.code_id)!;
    await project.invoke('annotations.update', own[2]!.id, { codeId: other });
    expectSameAsBefore(db);
    await project.invoke('annotations.create', {
      articleId: own[2]!.article_id,
      codeId: other,
      start: 0,
      end: 20,
      coderId: ana,
    });
    expectSameAsBefore(db);

    // A speaker change, an entity merge and a deleted quote.
    const quote = db.prepare('SELECT id FROM quotes ORDER BY id LIMIT 1').pluck().get() as number;
    await project.invoke('quotes.update', quote, { speakerText: 'A spokesman' });
    expectSameAsBefore(db);
    const people = db
      .prepare("SELECT id FROM entities WHERE type = 'person' ORDER BY id LIMIT 2")
      .pluck()
      .all() as number[];
    if (people.length === 2) {
      await project.invoke('entities.merge', people[0]!, people[1]!);
      expectSameAsBefore(db);
    }
    await project.invoke('quotes.delete', quote);
    expectSameAsBefore(db);

    // Undo, step by step, back to the analysis's own rows.
    for (let step = 0; step < 12; step++) {
      await project.invoke('history.undo');
      expectSameAsBefore(db);
    }
    expect(stored(db)).toContainEqual(expect.objectContaining({ article_id: quoted[0]!.article_id }));

    // Re-analysis, a deleted piece of evidence, a deleted frame and a deleted article.
    await project.invoke('analysis.run', { all: true });
    expectSameAsBefore(db);
    const evidence = frameEvidence(db, 0);
    await project.invoke('annotations.delete', evidence[0]!.id);
    expectSameAsBefore(db);
    await project.invoke('codes.delete', evidence[1]!.code_id);
    expect(
      db.prepare('SELECT count(*) FROM frame_voice WHERE code_id = ?').pluck().get(evidence[1]!.code_id),
    ).toBe(0);
    expectSameAsBefore(db);
    const gone = evidence[evidence.length - 1]!.article_id;
    db.prepare('DELETE FROM articles WHERE id = ?').run(gone);
    expect(db.prepare('SELECT count(*) FROM frame_voice WHERE article_id = ?').pluck().get(gone)).toBe(0);
    expectSameAsBefore(db);
  });

  it('counts a colleague’s work brought in with a merge, and its undo', async () => {
    const dir = temp.dir();
    const base = await baseProject(dir);
    const theirs = await coderCopy(base, dir, 'Ada', async (project, h) => {
      const evidence = frameEvidence(project.db, 0);
      await project.invoke('annotations.update', evidence[0]!.id, { status: 'rejected' });
      await project.invoke('frames.decide', h.article('Relief convoy'), h.frame(), {
        present: true,
        primary: true,
        coderId: h.coderId,
      });
      await h.codeWords(h.article('Field clinic'), h.frame(), 'sign of solidarity');
    });
    const mine = new Engine(join(dir, 'base.sqlite'));
    try {
      expectSameAsBefore(mine.db);
      const before = stored(mine.db);
      await mine.invoke('project.merge', theirs);
      expect(stored(mine.db)).not.toEqual(before);
      expectSameAsBefore(mine.db);
      await mine.invoke('history.undo');
      expectSameAsBefore(mine.db);
    } finally {
      await mine.close();
    }
  });
});
