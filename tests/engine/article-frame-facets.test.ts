import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { keptFacetCounts, matchingBits } from '../../db/article-facets.ts';
import { matchingOnce } from '../../db/facet-matching.ts';
import { whereOf, type LibraryFilters } from '../../db/library.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import { migrate } from '../../db/migrate.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { articleFrameFacets } from '../../db/migrations/025-article-frame-facets.ts';
import type { Db } from '../../db/open.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';
import { baseProject, coderCopy } from '../merge/support.ts';
import { expectFrameSums, expectSameFacets, rowsDiffering } from './counted-facets.ts';

// Under a filter, the library's frames and hand codes are added up from each matching article's
// kept row (migration 025: its frame states, and the hand codes of its annotations) instead of counted from the frame states and annotations. After every
// kind of change the kept lists must equal a recount, and the facets under every kind of filter
// what the library counted before, whether the kept rows are read whole or looked up by id.

/** How many kept frames and codes differ from a recount, both ways (none when kept right). */
function keptDiffers(db: Db) {
  return {
    frames: rowsDiffering(
      db,
      `SELECT s.article_id, abs(j.value), j.value < 0 FROM article_facets s, json_each('[' || s.frames || ']') j`,
      'SELECT article_id, code_id, denied FROM frame_state',
    ),
    codes: rowsDiffering(
      db,
      `SELECT s.article_id, j.value FROM article_facets s, json_each('[' || s.codes || ']') j`,
      `SELECT DISTINCT a.article_id, a.code_id FROM annotations a JOIN codes c ON c.id = a.code_id
       WHERE a.status != 'rejected' AND c.kind = 'code'`,
    ),
    // Each frame and code once per article.
    repeated: db
      .prepare(
        `SELECT (SELECT count(*) - count(DISTINCT s.article_id || ':' || abs(j.value))
                 FROM article_facets s, json_each('[' || s.frames || ']') j)
              + (SELECT count(*) - count(DISTINCT s.article_id || ':' || j.value)
                 FROM article_facets s, json_each('[' || s.codes || ']') j)`,
      )
      .pluck()
      .get(),
  };
}

const SAME = { frames: 0, codes: 0, repeated: 0 };

/** The filters a person can set on frames and codes, and a few others. */
function filtersOf(db: Db): LibraryFilters[] {
  const frames = db.prepare('SELECT DISTINCT code_id, denied FROM frame_state ORDER BY code_id').all() as {
    code_id: number;
    denied: number;
  }[];
  const codes = db.prepare("SELECT id FROM codes WHERE kind = 'code' ORDER BY id").pluck().all() as number[];
  return [
    ...frames.map((row) => (row.denied ? { deniedCodeId: row.code_id } : { codeId: row.code_id })),
    ...codes.map((codeId) => ({ codeId })),
    { search: 'said' },
    { dateFrom: '2000', dateTo: '2100' },
    { search: 'the', codeId: frames[0]?.code_id },
    { outlets: ['Valley Post'] },
  ];
}

/** The kept lists recounted; the facets under each filter compared with counting, both read ways. */
function expectKept(db: Db) {
  expect(keptDiffers(db)).toEqual(SAME);
  expectFrameSums(db);
  for (const filters of filtersOf(db)) {
    expectSameFacets(db, filters);
    expectSameFacets(db, filters, 2);
    const matching = matchingOnce(db, filters, whereOf(filters));
    expect(keptFacetCounts(db, { ...matching, n: 0 }, 50), JSON.stringify(filters)).toEqual(
      keptFacetCounts(db, { ...matching, n: matching.total }, 50),
    );
  }
}

/** The codes facet's row for a code under a filter. */
const codeRow = (db: Db, filters: LibraryFilters, codeId: number) =>
  libraryFacets(db, filters, 50).codes.find((code) => code.id === codeId);

describe('each article’s kept frames and codes', () => {
  const temp = useTempDir();

  it('match a recount after analysis, hand codes, frame decisions, an adjudication, a colleague’s merge, undo and deletions', async () => {
    const dir = temp.dir();
    const base = await baseProject(dir);
    let theirs = { article: 0, frame: 0 };
    const colleague = await coderCopy(base, dir, 'Ada', async (project, h) => {
      theirs = { article: h.article('Relief convoy'), frame: h.frame() };
      await project.invoke('frames.decide', theirs.article, theirs.frame, {
        denied: true,
        coderId: h.coderId,
      });
      await h.codeWords(theirs.article, 'Blame', 'convoy');
    });
    const project = new Engine(base);
    try {
      const db = project.db;
      await project.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
      await project.invoke('import.paths', [SEED_PATH], { outlet: 'Valley Post' });
      expectKept(db);
      expect(
        db.prepare("SELECT count(*) FROM article_facets WHERE frames != ''").pluck().get(),
      ).toBeGreaterThan(1);

      // Hand codes: two articles coded, one annotation rejected then accepted, one deleted.
      const blame = db.prepare("SELECT id FROM codes WHERE name = 'Blame'").pluck().get() as number;
      const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
      const made = [];
      for (const articleId of ids.slice(0, 2))
        made.push(await project.invoke('annotations.create', { articleId, codeId: blame, start: 0, end: 5 }));
      await project.invoke('annotations.create', { articleId: ids[0]!, codeId: blame, start: 6, end: 9 });
      expectKept(db);
      expect(codeRow(db, { search: 'the' }, blame)).toMatchObject({ articles: 2, denied: 0 });
      expect(db.prepare("SELECT count(*) FROM article_facets WHERE codes != ''").pluck().get()).toBe(2);
      await project.invoke('annotations.update', made[1]!.id, { status: 'rejected' });
      expectKept(db);
      expect(codeRow(db, { dateFrom: '2000', dateTo: '2100' }, blame)?.articles).not.toBe(2);
      await project.invoke('annotations.update', made[1]!.id, { status: 'accepted' });
      expectKept(db);
      await project.invoke('annotations.delete', made[0]!.id);
      expectKept(db);

      // Frame decisions: a coder denies a frame the machine found, asserts one it did not.
      const coder = (await project.invoke('coders.ensure', 'Ana')).id;
      const machine = db
        .prepare('SELECT article_id, code_id FROM frame_state WHERE denied = 0 ORDER BY article_id, code_id')
        .get() as { article_id: number; code_id: number };
      await project.invoke('frames.decide', machine.article_id, machine.code_id, {
        denied: true,
        coderId: coder,
      });
      expectKept(db);
      expect(codeRow(db, { deniedCodeId: machine.code_id }, machine.code_id)?.denied).toBeGreaterThan(0);
      const absent = db
        .prepare(
          `SELECT a.id AS article_id, c.id AS code_id FROM articles a, codes c WHERE c.kind = 'frame'
             AND NOT EXISTS (SELECT 1 FROM frame_state f WHERE f.article_id = a.id AND f.code_id = c.id)
           ORDER BY a.id, c.id`,
        )
        .get() as { article_id: number; code_id: number };
      await project.invoke('frames.decide', absent.article_id, absent.code_id, {
        present: true,
        coderId: coder,
      });
      expectKept(db);
      expect(codeRow(db, { codeId: absent.code_id }, absent.code_id)?.articles).toBeGreaterThan(0);

      // An adjudicator settles the first frame absent from a whole article.
      await project.invoke('coders.ensure', 'Judge');
      await project.invoke('coders.setRole', 'Judge', 'adjudicator');
      const judge = (await project.invoke('coders.ensure', 'Judge')).id;
      const text = (await project.invoke('articles.get', machine.article_id)).text;
      await project.invoke('disagreements.adjudicate', {
        articleId: machine.article_id,
        codeId: machine.code_id,
        start: 0,
        end: text.length,
        present: false,
        coderId: judge,
      });
      expectKept(db);

      // Rejecting every evidence sentence of a frame the machine alone decided takes it away.
      const alone = db
        .prepare(
          `SELECT article_id, code_id FROM effective_frame_decisions WHERE origin = 'auto' AND present = 1
           ORDER BY article_id, code_id`,
        )
        .get() as { article_id: number; code_id: number };
      const evidence = db
        .prepare("SELECT id FROM annotations WHERE article_id = ? AND code_id = ? AND status != 'rejected'")
        .pluck()
        .all(alone.article_id, alone.code_id) as number[];
      for (const id of evidence) await project.invoke('annotations.update', id, { status: 'rejected' });
      expectKept(db);

      // A colleague's denied frame and hand code come in with a merge, and go with its undo.
      await project.invoke('project.merge', colleague);
      expectKept(db);
      await project.invoke('history.undo');
      expectKept(db);
      await project.invoke('history.redo');
      expectKept(db);

      // Undo back through the people's changes, and re-analysis.
      for (let step = 0; step < 8; step++) {
        await project.invoke('history.undo');
        expectKept(db);
      }
      await project.invoke('analysis.run', { all: true });
      expectKept(db);
      // The frames found again from the codebook's cues (a re-run replaces the machine's decisions).
      await project.invoke('frames.rerun');
      expectKept(db);

      // A frame and a hand code deleted from the codebook, an article deleted.
      await project.invoke('codes.delete', machine.code_id);
      expectKept(db);
      await project.invoke('codes.delete', blame);
      expectKept(db);
      db.prepare('DELETE FROM articles WHERE id = ?').run(ids[1]);
      expectKept(db);
    } finally {
      await project.close();
    }
  });

  it('are filled for a project made before them, and keep up when an article changes id', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, articleFrameFacets.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, outlet, published_at, text, source_format, imported_at, word_count, analyzed_at) VALUES
        ('u1', 'h1', 'Aid', 'Courier', '2020-03-23', 'One two three.', 'text', 'now', 3, 'now'),
        ('u2', 'h2', 'Veto', 'Courier', '2020-03-24', 'Four five six.', 'text', 'now', 3, 'now'),
        ('u3', 'h3', 'Memo', NULL, NULL, 'Seven eight.', 'text', 'now', 2, 'now');
      INSERT INTO codebooks (id, key, name) VALUES (50, 'book', 'Book');
      INSERT INTO codes (id, codebook_id, key, kind, name) VALUES
        (101, 50, 'aid', 'frame', 'Aid'), (102, 50, 'blame', 'frame', 'Blame'), (103, 50, 'tone', 'code', 'Tone');
      INSERT INTO annotations (article_id, code_id, start, end, status, created_at) VALUES
        (1, 101, 0, 3, 'suggested', 'now'), (1, 101, 4, 7, 'accepted', 'now'), (1, 103, 0, 3, 'accepted', 'now'),
        (2, 102, 0, 4, 'suggested', 'now'), (2, 103, 0, 4, 'rejected', 'now'), (3, 103, 0, 2, 'suggested', 'now');
      INSERT INTO frame_decisions (article_id, code_id, origin, present, is_primary, denied, decided_at) VALUES
        (1, 101, 'auto', 1, 1, 0, 'now'), (2, 102, 'auto', 1, 0, 1, 'now');`);
    migrate(db, latestVersion);
    expect(keptDiffers(db)).toEqual(SAME);
    expect(
      db.prepare('SELECT article_id, frames, codes FROM article_facets ORDER BY article_id').all(),
    ).toEqual([
      { article_id: 1, frames: '101', codes: '103' },
      { article_id: 2, frames: '-102', codes: '' },
      { article_id: 3, frames: '', codes: '103' },
    ]);
    expect(libraryFacets(db, { dateFrom: '2020-03' }, 10).codes).toMatchObject([
      { id: 101, name: 'Aid', articles: 1, denied: 0 },
      { id: 103, name: 'Tone', articles: 1, denied: 0 },
      { id: 102, name: 'Blame', articles: 0, denied: 1 },
    ]);
    for (const filters of [
      { codeId: 101 },
      { deniedCodeId: 102 },
      { codeId: 103 },
      { dateFrom: '2020-03-24' },
    ])
      expectSameFacets(db, filters);
    // A frame made a hand code (and back) enters the codes of the articles with its evidence.
    db.prepare("UPDATE codes SET kind = 'code' WHERE id = 102").run();
    expect(keptDiffers(db)).toEqual(SAME);
    expect(db.prepare('SELECT codes FROM article_facets WHERE article_id = 2').pluck().get()).toBe('102');
    expectSameFacets(db, { dateFrom: '2020-03' });
    db.prepare("UPDATE codes SET kind = 'frame' WHERE id = 102").run();
    expect(keptDiffers(db)).toEqual(SAME);
    // An article given another id (its annotation moved along first) takes its codes along.
    db.pragma('foreign_keys = OFF');
    db.exec(
      'UPDATE annotations SET article_id = 9 WHERE article_id = 3; UPDATE articles SET id = 9 WHERE id = 3;',
    );
    expect(keptDiffers(db)).toEqual(SAME);
    expect(db.prepare('SELECT frames, codes FROM article_facets WHERE article_id = 9').get()).toEqual({
      frames: '',
      codes: '103',
    });
    // An id far beyond the project's size: the matching set is looked up by id instead of mapped
    // byte by byte, and counts the same.
    expect(matchingBits('[1,3]', 10)).toEqual(Buffer.from([0, 1, 0, 1]));
    expect(matchingBits('[1,30]', 10)).toBeUndefined();
    db.exec(
      'UPDATE annotations SET article_id = 5000000 WHERE article_id = 9; UPDATE articles SET id = 5000000 WHERE id = 9;',
    );
    expect(keptDiffers(db)).toEqual(SAME);
    expect(codeRow(db, { codeId: 103 }, 103)?.articles).toBe(2);
    expectSameFacets(db, { codeId: 103 });
    db.close();
  });
});
