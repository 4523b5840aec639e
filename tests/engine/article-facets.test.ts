import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { type LibraryFilters } from '../../db/library.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import { migrate } from '../../db/migrate.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { articleFacets } from '../../db/migrations/022-article-facets.ts';
import { articleFacetNumbers } from '../../db/migrations/026-article-facet-numbers.ts';
import type { Db } from '../../db/open.ts';
import { brownText } from '../support/brown.ts';
import { useTempDir } from '../support/temp.ts';
import { baseProject } from '../merge/support.ts';
import {
  expectFrameSums,
  expectSameFacets,
  projectAndColleaguesCopy,
  rowsDiffering,
} from './counted-facets.ts';
import { makeOld } from './old-codebook.ts';

// Under a filter, the library's entities, speakers, outlets and dates are added up from each
// matching article's kept row (migration 022). After every kind of change the kept rows must equal
// a recount over the articles, mentions and quotes themselves, and the facets under every kind of
// filter what the library counted before.

/** How many kept facts differ from a recount, both ways (none when the rows are kept right). */
function keptDiffers(db: Db) {
  const differ = (kept: string, counted: string) => rowsDiffering(db, kept, counted);
  return {
    articles: differ(
      `SELECT s.article_id, o.outlet, d.day, 'row' FROM article_facets s
       LEFT JOIN facet_outlets o ON o.id = s.outlet_id LEFT JOIN facet_days d ON d.id = s.day_id
       WHERE (o.id IS NULL) = (s.outlet_id = 0) AND (d.id IS NULL) = (s.day_id = 0)`,
      "SELECT id, outlet, substr(published_at, 1, 10), 'row' FROM articles",
    ),
    entities: differ(
      `SELECT s.article_id, j.value FROM article_facets s, json_each('[' || s.entities || ']') j`,
      'SELECT DISTINCT article_id, entity_id FROM mentions',
    ),
    // Each entity and each name once per article.
    repeated: db
      .prepare(
        `SELECT (SELECT count(*) - count(DISTINCT s.article_id || ':' || j.value)
                 FROM article_facets s, json_each('[' || s.entities || ']') j)
              + (SELECT count(*) - count(DISTINCT s.article_id || ':' || j.value)
                 FROM article_facets s, json_each('[' || s.names || ']') j WHERE j.key % 3 = 0)`,
      )
      .pluck()
      .get(),
    // The kept names' triples: number, quotes, entity (-1 for none).
    speakers: differ(
      `SELECT s.article_id, n.name, s.list ->> (j.key + 1), nullif(s.list ->> (j.key + 2), -1)
       FROM (SELECT article_id, '[' || names || ']' AS list FROM article_facets) s, json_each(s.list) j
       JOIN facet_speaker_names n ON n.id = j.value WHERE j.key % 3 = 0`,
      // Counted as the library counted speakers before migration 015's kept names.
      `SELECT q.article_id, coalesce(e.name, q.speaker_text), count(*), max(q.speaker_entity_id)
       FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
       WHERE q.status != 'rejected' AND q.kind = 'direct' AND coalesce(e.name, q.speaker_text) IS NOT NULL
       GROUP BY 1, 2`,
    ),
  };
}

const SAME = { articles: 0, entities: 0, repeated: 0, speakers: 0 };

/** The kept rows recounted, and the facets under each kind of filter compared with counting. */
function expectKept(db: Db) {
  expect(keptDiffers(db)).toEqual(SAME);
  expectFrameSums(db);
  const entity = db
    .prepare('SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1')
    .pluck()
    .get() as number | undefined;
  const speaker = db.prepare('SELECT name FROM quote_speaker ORDER BY name LIMIT 1').pluck().get() as
    string | undefined;
  const frame = db.prepare('SELECT code_id FROM frame_state ORDER BY code_id LIMIT 1').pluck().get() as
    number | undefined;
  const day = db
    .prepare('SELECT min(published_at) FROM articles WHERE published_at IS NOT NULL')
    .pluck()
    .get() as string | null;
  const filters: LibraryFilters[] = [
    { search: 'said' },
    { search: 'relief OR council OR the' },
    { dateFrom: day ?? '2020-01-01' },
    { dateFrom: '2000', dateTo: '2100' },
    { search: 'said', outlets: ['Valley Post'] },
  ];
  if (entity !== undefined) filters.push({ entityId: entity });
  if (speaker !== undefined) filters.push({ speaker });
  if (frame !== undefined) filters.push({ codeId: frame }, { deniedCodeId: frame });
  for (const filter of filters) for (const top of [1000, 2]) expectSameFacets(db, filter, top);
}

const WIRE = [
  {
    title: 'Convoy reaches the valley',
    text: 'The relief convoy reached the valley on Monday. "We brought tents and water," said Marta Quell of the Northern Aid League. "The road held," said Marta Quell. Critics blamed the ministry for the delay.',
    source: 'Valley Post',
    date: '2021-05-03',
  },
  {
    title: 'Council argues over costs',
    text: 'The council argued about who should pay. "The budget cannot carry this alone," said treasurer Oskar Lind of the Northern Aid League. The opposition called it a failure of the government.',
    source: 'Harbour Times',
    date: '2021-05-04T09:30:00Z',
  },
];

describe('each article’s kept entities, speakers, outlet and day', () => {
  const temp = useTempDir();

  it('match a recount after imports, corrections, renames, merges, a colleague’s merge, undo, re-analysis, a moved and a deleted article', async () => {
    const dir = temp.dir();
    const { base, theirs } = await projectAndColleaguesCopy(dir);
    const project = new Engine(base);
    try {
      const db = project.db;
      expectKept(db);
      const wire = join(dir, 'wire.jsonl');
      writeFileSync(wire, WIRE.map((row) => JSON.stringify(row)).join('\n'));
      const brown = join(dir, 'ca01.txt');
      writeFileSync(brown, brownText('ca01'));
      await project.invoke('import.paths', [wire]);
      await project.invoke('import.paths', [brown], { outlet: 'Brown' });
      expectKept(db);
      // The checks say something: articles hold entities and named speakers.
      expect(
        db.prepare("SELECT count(*) FROM article_facets WHERE entities != ''").pluck().get(),
      ).toBeGreaterThan(3);
      expect(
        db.prepare("SELECT count(*) FROM article_facets WHERE names != ''").pluck().get(),
      ).toBeGreaterThan(2);
      // Framed articles hold them, so each frame's kept sums (migration 031) follow them too.
      expect(
        db.prepare("SELECT count(*) FROM article_facets WHERE frames != '' AND names != ''").pluck().get(),
      ).toBeGreaterThan(0);

      // Corrections: one of Marta Quell's two quotes in an article named as someone else, then
      // rejected, then accepted as an entity's; a quote made by hand, then deleted.
      const quote = db
        .prepare("SELECT id FROM quotes WHERE kind = 'direct' AND speaker_text = 'Marta Quell' ORDER BY id")
        .pluck()
        .get() as number;
      await project.invoke('quotes.update', quote, { speakerText: 'Ada Brenn', speakerEntityId: null });
      expectKept(db);
      await project.invoke('quotes.update', quote, { status: 'rejected' });
      expectKept(db);
      const people = db
        .prepare(
          `SELECT e.id FROM entities e WHERE e.type = 'person'
             AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) ORDER BY e.id LIMIT 2`,
        )
        .pluck()
        .all() as number[];
      expect(people.length).toBe(2);
      await project.invoke('quotes.update', quote, { status: 'accepted', speakerEntityId: people[0]! });
      expectKept(db);
      const articleId = db.prepare('SELECT article_id FROM quotes WHERE id = ?').pluck().get(quote) as number;
      const made = await project.invoke('quotes.create', {
        articleId,
        start: 0,
        end: 10,
        speakerText: 'Ilse Varga',
      });
      expectKept(db);
      expect(libraryFacets(db, { search: 'convoy' }, 50).speakers.map((row) => row.name)).toContain(
        'Ilse Varga',
      );
      await project.invoke('quotes.delete', made.id);
      expectKept(db);
      // An entity renamed; two merged (the mentions of one move to the other).
      await project.invoke('entities.rename', people[0]!, 'The Convoy Leader');
      expectKept(db);
      await project.invoke('entities.merge', people[1]!, people[0]!);
      expectKept(db);
      for (let step = 0; step < 7; step++) {
        await project.invoke('history.undo');
        expectKept(db);
      }

      // A colleague's copy brings a new article in an outlet, its quotes and a rejection.
      await project.invoke('project.merge', theirs);
      expectKept(db);
      await project.invoke('history.undo');
      expectKept(db);
      await project.invoke('history.redo');
      expectKept(db);

      // Analysis again replaces the machine's mentions and quotes.
      await project.invoke('analysis.run', { all: true });
      expectKept(db);
      // An article moved to another outlet and day, one left without either, one deleted, an
      // entity deleted (its quotes fall back to their speaker text).
      const [first, second, third] = db
        .prepare('SELECT id FROM articles ORDER BY id')
        .pluck()
        .all() as number[];
      db.prepare(
        "UPDATE articles SET outlet = 'Harbour Times', published_at = '2021-06-01' WHERE id = ?",
      ).run(first);
      expectKept(db);
      db.prepare('UPDATE articles SET outlet = NULL, published_at = NULL WHERE id = ?').run(second);
      expectKept(db);
      db.prepare('DELETE FROM articles WHERE id = ?').run(third);
      expectKept(db);
      const speakerEntity = db
        .prepare('SELECT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL LIMIT 1')
        .pluck()
        .get() as number | undefined;
      if (speakerEntity !== undefined) {
        db.prepare('DELETE FROM entities WHERE id = ?').run(speakerEntity);
        expectKept(db);
      }
    } finally {
      await project.close();
    }
  });

  it('are made again for a project an older release made, with its speakers and outlets', async () => {
    const path = await baseProject(temp.dir());
    makeOld(path);
    const old = new Database(path);
    expect(old.pragma('user_version', { simple: true })).toBe(22);
    expect(
      old.prepare("SELECT count(*) FROM article_facets WHERE speakers != ''").pluck().get(),
    ).toBeGreaterThan(0);
    old.close();
    const project = new Engine(path);
    try {
      expectKept(project.db);
      expect(
        project.db.prepare("SELECT count(*) FROM article_facets WHERE names != ''").pluck().get(),
      ).toBeGreaterThan(0);
    } finally {
      await project.close();
    }
  });

  /** A project made before the kept rows, with articles, mentions and quotes, upgraded to `version`. */
  function projectBefore(version: number): Database.Database {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, articleFacets.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, outlet, published_at, text, source_format, imported_at, word_count, analyzed_at) VALUES
        ('u1', 'h1', 'Aid', 'Courier', '2020-03-23T08:00:00Z', 'One two three.', 'text', 'now', 3, 'now'),
        ('u2', 'h2', 'Veto', 'Courier', '2020-03-24', 'Four five six.', 'text', 'now', 3, 'now'),
        ('u3', 'h3', 'Note', 'The "Gazette"', NULL, 'Seven eight nine.', 'text', 'now', 3, 'now'),
        ('u4', 'h4', 'Memo', NULL, NULL, 'Ten eleven.', 'text', 'now', 2, 'now');
      INSERT INTO entities (name, type) VALUES ('Lena Ortis', 'person'), ('Harbour Board', 'organization');
      INSERT INTO mentions (article_id, entity_id, start, end) VALUES
        (1, 1, 0, 3), (1, 1, 4, 7), (1, 2, 8, 13), (2, 1, 0, 4), (3, 2, 0, 5);
      INSERT INTO quotes (article_id, start, end, kind, speaker_entity_id, speaker_text, status) VALUES
        (1, 0, 2, 'direct', 1, 'she', 'accepted'), (1, 2, 3, 'direct', 1, NULL, 'suggested'),
        (2, 0, 2, 'direct', NULL, 'Lena Ortis', 'suggested'), (3, 0, 2, 'direct', 2, NULL, 'rejected'),
        (3, 2, 4, 'direct', 2, 'the board', 'suggested'), (4, 0, 2, 'reported', NULL, 'Ana', 'suggested');`);
    migrate(db, version);
    return db;
  }

  it('are filled for a project made before them', () => {
    const db = projectBefore(latestVersion);
    expect(keptDiffers(db)).toEqual(SAME);
    // Outlets, days and names numbered in the order of their texts; none is 0.
    expect(db.prepare('SELECT id, outlet FROM facet_outlets ORDER BY id').all()).toEqual([
      { id: 1, outlet: 'Courier' },
      { id: 2, outlet: 'The "Gazette"' },
    ]);
    expect(db.prepare('SELECT id, day FROM facet_days ORDER BY id').all()).toEqual([
      { id: 1, day: '2020-03-23' },
      { id: 2, day: '2020-03-24' },
    ]);
    expect(db.prepare('SELECT id, name FROM facet_speaker_names ORDER BY id').all()).toEqual([
      { id: 1, name: 'Harbour Board' },
      { id: 2, name: 'Lena Ortis' },
    ]);
    expect(
      db
        .prepare(
          'SELECT article_id, outlet_id, day_id, entities, names FROM article_facets ORDER BY article_id',
        )
        .all(),
    ).toEqual([
      { article_id: 1, outlet_id: 1, day_id: 1, entities: '1,2', names: '2,2,1' },
      { article_id: 2, outlet_id: 1, day_id: 2, entities: '1', names: '2,1,-1' },
      { article_id: 3, outlet_id: 2, day_id: 0, entities: '2', names: '1,1,2' },
      { article_id: 4, outlet_id: 0, day_id: 0, entities: '', names: '' },
    ]);
    expect(libraryFacets(db, { dateFrom: '2020-03' }, 10)).toMatchObject({
      outlets: [{ outlet: 'Courier', articles: 2 }],
      speakers: [{ name: 'Lena Ortis', entity_id: 1, articles: 2, quotes: 3 }],
      entities: [
        { id: 1, name: 'Lena Ortis', articles: 2 },
        { id: 2, name: 'Harbour Board', articles: 1 },
      ],
      dates: [
        { bucket: '2020-03-23', articles: 1 },
        { bucket: '2020-03-24', articles: 1 },
      ],
    });
    for (const filters of [
      { entityId: 2 },
      { speaker: 'Lena Ortis' },
      { dateFrom: '2020-03-24' },
      { entityId: 1 },
    ])
      expectSameFacets(db, filters);

    // An entity leaves an article's list with its last mention there, and no other id with it
    // (1 is a prefix of 11 and 12).
    const listed = () => db.prepare('SELECT entities FROM article_facets WHERE article_id = 1').pluck().get();
    db.exec(`WITH RECURSIVE n(v) AS (SELECT 3 UNION ALL SELECT v + 1 FROM n WHERE v < 12)
      INSERT INTO entities (name, type) SELECT 'Person ' || v, 'person' FROM n;
      INSERT INTO mentions (article_id, entity_id, start, end) VALUES (1, 12, 20, 22), (1, 11, 23, 25);`);
    expect(listed()).toBe('1,2,12,11');
    db.prepare('DELETE FROM mentions WHERE article_id = 1 AND entity_id = 1 AND start = 0').run();
    expect(listed()).toBe('1,2,12,11');
    db.prepare('DELETE FROM mentions WHERE article_id = 1 AND entity_id = 1').run();
    expect(listed()).toBe('2,12,11');
    db.prepare('UPDATE mentions SET entity_id = 1 WHERE article_id = 1 AND entity_id = 12').run();
    expect(listed()).toBe('2,11,1');
    db.prepare('UPDATE mentions SET entity_id = 11 WHERE article_id = 1 AND entity_id = 1').run();
    expect(listed()).toBe('2,11');
    expect(keptDiffers(db)).toEqual(SAME);

    // An outlet and day, and a name, are numbered when an article or quote first holds them.
    db.prepare(
      "UPDATE articles SET outlet = 'Harbour Times', published_at = '2020-04-01' WHERE id = 2",
    ).run();
    db.prepare("UPDATE quotes SET speaker_text = 'Ines Kolb' WHERE article_id = 2").run();
    expect(keptDiffers(db)).toEqual(SAME);
    expect(
      db.prepare('SELECT outlet_id, day_id, names FROM article_facets WHERE article_id = 2').get(),
    ).toEqual({
      outlet_id: 3,
      day_id: 3,
      names: '3,1,-1',
    });
    expectSameFacets(db, { dateFrom: '2020-03' });
    expectSameFacets(db, { search: 'four OR one' });
    // An article given another id (its mentions and quotes moved along first) keeps its row.
    db.pragma('foreign_keys = OFF');
    db.exec(`UPDATE mentions SET article_id = 9 WHERE article_id = 1; UPDATE quotes SET article_id = 9 WHERE article_id = 1;
      UPDATE articles SET id = 9 WHERE id = 1;`);
    expect(keptDiffers(db)).toEqual(SAME);
    expect(
      db.prepare('SELECT outlet_id, day_id, entities, names FROM article_facets WHERE article_id = 9').get(),
    ).toEqual({
      outlet_id: 1,
      day_id: 1,
      entities: '2,11',
      names: '2,2,1',
    });
    expectSameFacets(db, { dateFrom: '2020-03' });
    db.close();
  });

  it('are numbered in reported parts, and an upgrade stopped between two leaves the project as it was', () => {
    const db = projectBefore(articleFacetNumbers.version - 1);
    // Closed part way through the numbering (a report is where the upgrade's thread stops).
    expect(() =>
      migrate(db, articleFacetNumbers.version, (done) => {
        if (done === 10) throw new Error('closed');
      }),
    ).toThrow('closed');
    expect(db.pragma('user_version', { simple: true })).toBe(articleFacetNumbers.version - 1);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'facet_outlets'").pluck().get()).toBe(
      0,
    );
    expect(db.prepare('SELECT count(*) FROM temp.sqlite_schema').pluck().get()).toBe(0);

    // Again: every part said, with the share done, and the rows as the recount gives them.
    const reports: [number, number, string][] = [];
    migrate(db, latestVersion, (done, total, label) => reports.push([done, total, label]));
    const numbering = reports.filter(([, , label]) => label.includes(articleFacetNumbers.filling!));
    expect(numbering.map(([done]) => done)).toEqual([...Array(24).keys()]);
    expect(numbering.every(([, total]) => total === 23)).toBe(true);
    expect(numbering[12]![2]).toMatch(/\(52% done\)/);
    expect(keptDiffers(db)).toEqual(SAME);
    expect(db.prepare('SELECT names FROM article_facets WHERE article_id = 1').pluck().get()).toBe('2,2,1');
    db.close();
  });
});
