import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import { migrate } from '../../db/migrate.ts';
import { frameFacetSums } from '../../db/migrations/031-frame-facet-sums.ts';
import type { Db } from '../../db/open.ts';
import { brownText } from '../support/brown.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';
import { baseProject } from '../merge/support.ts';
import { projectBeforeFrameSums } from '../support/old-project.ts';
import { analysedProject, expectFrameSums, frameSumsDiffering } from './counted-facets.ts';

// Under a frame filter alone, the library's facets are read from the sums each frame keeps of its
// articles' kept rows (migration 031), not from those rows. The sums must be filled for a project
// made before them, and follow every write that changes an article's frames, entities, speakers,
// outlet, day or hand codes, in the same transaction.

/** The statements a call prepares, as text. */
function statementsOf(db: Db, call: () => void): string[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  (db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    seen.push(sql);
    return prepare(sql);
  };
  try {
    call();
  } finally {
    (db as unknown as { prepare: unknown }).prepare = prepare;
  }
  return seen;
}

/** A frame the machine found in most articles of the project. */
const mostUsedFrame = (db: Db) =>
  db
    .prepare(
      'SELECT code_id FROM frame_state WHERE denied = 0 GROUP BY code_id ORDER BY count(*) DESC, code_id',
    )
    .pluck()
    .get() as number;

describe('each frame’s kept sums of its articles’ facets', () => {
  const temp = useTempDir();

  it('are filled for a project made before them and answer a frame filter without reading its articles', async () => {
    const dir = temp.dir();
    const path = await analysedProject(dir);
    // The file as the release before made it: no sums, no triggers.
    const db = new Database(path);
    db.exec(`DROP TRIGGER frame_facet_sums_insert; DROP TRIGGER frame_facet_sums_delete;
      DROP TRIGGER frame_facet_sums_update; DROP TRIGGER frame_facet_sums_frames;
      DROP TRIGGER frame_facet_sums_others; DROP TABLE frame_facet_sums;
      PRAGMA user_version = ${frameFacetSums.version - 1};`);
    migrate(db, frameFacetSums.version);
    expect(
      db.prepare('SELECT count(*) FROM frame_facet_sums WHERE articles > 0').pluck().get(),
    ).toBeGreaterThan(20);
    expectFrameSums(db);

    const frame = mostUsedFrame(db);
    db.close();
    // A new connection, as the engine's reader opens one: its statements are prepared afresh.
    const reader = new Database(path, { readonly: true });
    let facets: ReturnType<typeof libraryFacets> | undefined;
    const read = statementsOf(reader, () => (facets = libraryFacets(reader, { codeId: frame }, 20)));
    expect(read.some((sql) => sql.includes('frame_facet_sums'))).toBe(true);
    expect(read.filter((sql) => /article_facets|frame_state|mentions|quote_speaker/.test(sql))).toEqual([]);
    // What a person sees: the frame's own row counts every article asserting it, and its entities.
    const framed = reader
      .prepare('SELECT count(*) FROM frame_state WHERE code_id = ? AND denied = 0')
      .pluck()
      .get(frame);
    expect(facets!.codes.find((code) => code.id === frame)?.articles).toBe(framed);
    expect(facets!.entities.length).toBeGreaterThan(0);
    // With a search as well, the matching articles' own rows are read as before.
    const both = statementsOf(reader, () => libraryFacets(reader, { codeId: frame, search: 'the' }, 20));
    expect(both.some((sql) => sql.includes('article_facets'))).toBe(true);
    reader.close();
  });

  it('say how far their filling got as an older project opens, and a fill stopped part way leaves the project as it was', async () => {
    const dir = temp.dir();
    const path = await baseProject(dir);
    // The file as the release before the sums made it (migration 030).
    await projectBeforeFrameSums(path);
    const db = new Database(path);
    // Framescope closed half way through the fill: nothing of the upgrade stays.
    expect(() =>
      migrate(db, frameFacetSums.version, (done) => {
        if (done === 10) throw new Error('closed');
      }),
    ).toThrow('closed');
    expect(db.pragma('user_version', { simple: true })).toBe(frameFacetSums.version - 1);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'frame_facet_sums'").pluck().get(),
    ).toBe(0);
    db.close();

    // Opened again: the upgrade starts over and says how far it got, in a sentence with the share done.
    const all: [number, number, string][] = [];
    const again = new Engine(path, { onUpgrade: (done, total, label) => all.push([done, total, label]) });
    // The sums' own reports (later migrations report after them).
    const reports = all.filter(([, , label]) => label.includes(frameFacetSums.filling!));
    try {
      expect(reports.length).toBeGreaterThan(10);
      expect(reports.map(([done]) => done)).toEqual([...reports.keys()]);
      expect(reports.at(-1)!.slice(0, 2)).toEqual([20, 20]);
      expect(reports[10]![2]).toMatch(/^Upgrading this project .*\(50% done\)/);
      expectFrameSums(again.db);
    } finally {
      await again.close();
    }
  });

  it('follow corrections, frame decisions, a re-run, an import and a deleted article', async () => {
    const dir = temp.dir();
    const path = await baseProject(dir);
    const engine = new Engine(path);
    try {
      const db = engine.db;
      await engine.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
      await engine.invoke('import.paths', [SEED_PATH], { outlet: 'Valley Post' });
      expectFrameSums(db);
      const frame = mostUsedFrame(db);
      const article = db
        .prepare('SELECT article_id FROM frame_state WHERE code_id = ? AND denied = 0 ORDER BY article_id')
        .pluck()
        .get(frame) as number;
      const before = libraryFacets(db, { codeId: frame }, 50);

      // A coder denies the frame in one article: it leaves the frame's counts for its denied ones.
      const coder = (await engine.invoke('coders.ensure', 'Ana')).id;
      await engine.invoke('frames.decide', article, frame, { denied: true, coderId: coder });
      expectFrameSums(db);
      const after = libraryFacets(db, { codeId: frame }, 50);
      expect(after.codes.find((code) => code.id === frame)!.articles).toBe(
        before.codes.find((code) => code.id === frame)!.articles - 1,
      );
      expect(
        libraryFacets(db, { deniedCodeId: frame }, 50).codes.find((code) => code.id === frame),
      ).toMatchObject({ denied: 1 });
      await engine.invoke('frames.undecide', article, frame, { coderId: coder });
      expectFrameSums(db);
      expect(libraryFacets(db, { codeId: frame }, 50)).toEqual(before);

      // A speaker corrected in a framed article, an entity merged into another.
      const quote = db
        .prepare("SELECT id FROM quotes WHERE article_id = ? AND kind = 'direct' ORDER BY id")
        .pluck()
        .get(article) as number | undefined;
      expect(quote).toBeDefined();
      await engine.invoke('quotes.update', quote!, { speakerText: 'Ilse Varga', speakerEntityId: null });
      expectFrameSums(db);
      expect(libraryFacets(db, { codeId: frame }, 50).speakers.map((row) => row.name)).toContain(
        'Ilse Varga',
      );
      // One of the article's entities merged into one it does not mention.
      const merged = db
        .prepare('SELECT min(entity_id) FROM mentions WHERE article_id = ?')
        .pluck()
        .get(article);
      const kept = db
        .prepare(
          'SELECT min(entity_id) FROM mentions WHERE entity_id NOT IN (SELECT entity_id FROM mentions WHERE article_id = ?)',
        )
        .pluck()
        .get(article);
      expect([merged, kept]).not.toContain(null);
      await engine.invoke('entities.merge', merged as number, kept as number);
      expectFrameSums(db);
      await engine.invoke('history.undo');
      expectFrameSums(db);

      // The frames found again, another text imported and analysed, an article moved and deleted.
      await engine.invoke('frames.rerun');
      expectFrameSums(db);
      const late = join(dir, 'late.txt');
      writeFileSync(late, brownText('ca02'));
      await engine.invoke('import.paths', [late], { outlet: 'Brown' });
      expectFrameSums(db);
      db.prepare(
        "UPDATE articles SET outlet = 'Harbour Times', published_at = '2021-06-01' WHERE id = ?",
      ).run(article);
      expectFrameSums(db);
      db.prepare('DELETE FROM articles WHERE id = ?').run(article);
      expectFrameSums(db);

      // Two framed articles given other ids, as a file written outside the engine may: the kept row
      // is deleted and written again, with its frames moved before or after.
      const [first, second] = db
        .prepare('SELECT DISTINCT article_id FROM frame_state ORDER BY article_id LIMIT 2')
        .pluck()
        .all() as number[];
      db.pragma('foreign_keys = OFF');
      db.prepare('UPDATE frame_state SET article_id = 9001 WHERE article_id = ?').run(first);
      db.prepare('UPDATE articles SET id = 9001 WHERE id = ?').run(first);
      expect(frameSumsDiffering(db)).toEqual([]);
      db.prepare('UPDATE articles SET id = 9002 WHERE id = ?').run(second);
      expect(frameSumsDiffering(db)).toEqual([]);
      db.prepare('UPDATE frame_state SET article_id = 9002 WHERE article_id = ?').run(second);
      expect(frameSumsDiffering(db)).toEqual([]);
      expect(
        db
          .prepare("SELECT count(*) FROM article_facets WHERE article_id > 9000 AND frames != ''")
          .pluck()
          .get(),
      ).toBe(2);
      // A kept row whose frames and entities change in one write (none of the engine's writes does
      // both): the row's old sums are taken away and its new ones added.
      const both = db
        .prepare(
          "SELECT article_id FROM article_facets WHERE frames != '' AND entities != '' ORDER BY article_id",
        )
        .pluck()
        .get() as number | undefined;
      expect(both).toBeDefined();
      db.prepare("UPDATE article_facets SET frames = '-' || frames, entities = '' WHERE article_id = ?").run(
        both,
      );
      expect(frameSumsDiffering(db)).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});
