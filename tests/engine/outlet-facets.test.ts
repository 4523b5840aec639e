import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { outletFacets } from '../../db/migrations/021-outlet-facets.ts';
import type { Db } from '../../db/open.ts';
import { OUTLET_ENTITIES, OUTLET_SPEAKERS } from '../../db/outlet-facets.ts';
import { brownText } from '../support/brown.ts';
import { expectSameFacets, rowsDiffering } from './counted-facets.ts';
import { useEngines } from './support.ts';

// With only outlets chosen, the library's entities and speakers facets are sums of rows kept per
// outlet (migration 021). After every kind of change the kept rows must equal a recount over the
// mentions and quotes themselves, and the facets what the library counted before.

/** How many kept rows differ from a recount, both ways (none when they are kept right). */
function keptDiffers(db: Db) {
  const differ = (kept: string, counted: string) => rowsDiffering(db, kept, counted);
  return {
    entities: differ(
      'SELECT key, entity_id, articles FROM outlet_entity_use WHERE articles != 0',
      `SELECT coalesce('=' || a.outlet, ''), m.entity_id, count(DISTINCT m.article_id)
       FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2`,
    ),
    speakers: differ(
      'SELECT key, name, quotes, articles FROM outlet_speaker_use WHERE quotes != 0 OR articles != 0',
      `SELECT coalesce('=' || a.outlet, ''), k.name, count(*), count(DISTINCT k.article_id)
       FROM quote_speaker k JOIN articles a ON a.id = k.article_id GROUP BY 1, 2`,
    ),
  };
}

function expectKept(db: Db) {
  expect(keptDiffers(db)).toEqual({ entities: 0, speakers: 0 });
  const outlets = db
    .prepare('SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet')
    .pluck()
    .all() as string[];
  expect(outlets.length).toBeGreaterThan(1);
  for (const chosen of [...outlets.map((outlet) => [outlet]), outlets.slice(0, 2), [...outlets, 'No such']])
    expectSameFacets(db, { outlets: chosen });
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
    date: '2021-05-04',
  },
  {
    title: 'Clinic opens',
    text: 'Doctors opened a clinic beside the river. "Most patients have fevers," said nurse Ilse Varga. Marta Quell visited the clinic.',
    source: 'Valley Post',
  },
];

describe('entities and speakers kept per outlet', () => {
  const { temp, seeded } = useEngines();

  it('match a recount after imports, corrections, renames, merges, undo, re-analysis, a moved and a deleted article', async () => {
    const engine = await seeded();
    const wire = temp.file('wire.jsonl', WIRE.map((row) => JSON.stringify(row)).join('\n'));
    const brown = ['ca01', 'ca02'].map((sample) => temp.file(`${sample}.txt`, brownText(sample)));
    await engine.invoke('import.paths', [wire]);
    await engine.invoke('import.paths', brown, { outlet: 'Brown' });
    const db = engine.db;
    expectKept(db);
    // The checks below say something: the outlets hold entities and named speakers.
    const brownEntities = db
      .prepare("SELECT sum(articles) FROM outlet_entity_use WHERE key = '=Brown'")
      .pluck()
      .get() as number;
    expect(brownEntities).toBeGreaterThan(20);
    const speakers = db
      .prepare('SELECT count(*) FROM outlet_speaker_use WHERE quotes > 0')
      .pluck()
      .get() as number;
    expect(speakers).toBeGreaterThan(2);

    // A correction moves one of Marta Quell's two quotes in an article to another name, then back.
    const quote = db
      .prepare("SELECT id FROM quotes WHERE kind = 'direct' AND speaker_text = 'Marta Quell' ORDER BY id")
      .pluck()
      .get() as number;
    await engine.invoke('quotes.update', quote, { speakerText: 'Ada Brenn', speakerEntityId: null });
    expectKept(db);
    await engine.invoke('quotes.update', quote, { status: 'rejected' });
    expectKept(db);
    const people = db
      .prepare(
        `SELECT e.id FROM entities e WHERE e.type = 'person'
           AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) ORDER BY e.id LIMIT 2`,
      )
      .pluck()
      .all() as number[];
    expect(people.length).toBe(2);
    // A speaker who is an entity, renamed; two entities merged (their mentions move).
    await engine.invoke('quotes.update', quote, { status: 'accepted', speakerEntityId: people[0]! });
    expectKept(db);
    await engine.invoke('entities.rename', people[0]!, 'The Convoy Leader');
    expectKept(db);
    await engine.invoke('entities.merge', people[1]!, people[0]!);
    expectKept(db);
    for (let step = 0; step < 6; step++) {
      await engine.invoke('history.undo');
      expectKept(db);
    }

    // Analysis again replaces the machine's mentions and quotes.
    await engine.invoke('analysis.run', { all: true });
    expectKept(db);
    // An article moved to another outlet, one left without an outlet, one deleted.
    const [first, second, third] = db
      .prepare('SELECT id FROM articles ORDER BY id')
      .pluck()
      .all() as number[];
    db.prepare("UPDATE articles SET outlet = 'Harbour Times' WHERE id = ?").run(first);
    expectKept(db);
    db.prepare('UPDATE articles SET outlet = NULL WHERE id = ?').run(second);
    expectKept(db);
    db.prepare('DELETE FROM articles WHERE id = ?').run(third);
    expectKept(db);
  });

  it('are filled for a project made before them', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, outletFacets.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, outlet, published_at, text, source_format, imported_at, word_count, analyzed_at) VALUES
        ('u1', 'h1', 'Aid', 'Courier', '2020-03-23', 'One two three.', 'text', 'now', 3, 'now'),
        ('u2', 'h2', 'Veto', 'Courier', '2020-03-24', 'Four five six.', 'text', 'now', 3, 'now'),
        ('u3', 'h3', 'Note', 'Gazette', NULL, 'Seven eight nine.', 'text', 'now', 3, 'now'),
        ('u4', 'h4', 'Memo', NULL, NULL, 'Ten eleven.', 'text', 'now', 2, 'now');
      INSERT INTO entities (name, type) VALUES ('Lena Ortis', 'person'), ('Harbour Board', 'organization');
      INSERT INTO mentions (article_id, entity_id, start, end) VALUES
        (1, 1, 0, 3), (1, 1, 4, 7), (1, 2, 8, 13), (2, 1, 0, 4), (3, 2, 0, 5), (4, 2, 0, 3);
      INSERT INTO quotes (article_id, start, end, kind, speaker_entity_id, speaker_text, status) VALUES
        (1, 0, 2, 'direct', 1, 'she', 'accepted'), (1, 2, 3, 'direct', 1, NULL, 'suggested'),
        (2, 0, 2, 'direct', NULL, 'Lena Ortis', 'suggested'), (3, 0, 2, 'direct', 2, NULL, 'rejected'),
        (3, 2, 4, 'direct', 2, 'the board', 'suggested'), (4, 0, 2, 'direct', NULL, 'Ana', 'suggested');`);
    migrate(db, latestVersion);
    expect(keptDiffers(db)).toEqual({ entities: 0, speakers: 0 });
    expect(
      db.prepare("SELECT entity_id, articles FROM outlet_entity_use WHERE key = '=Courier'").all(),
    ).toEqual([
      { entity_id: 1, articles: 2 },
      { entity_id: 2, articles: 1 },
    ]);
    expectSameFacets(db, { outlets: ['Courier'] });
    expectSameFacets(db, { outlets: ['Courier', 'Gazette'] });
    const speakers = db.prepare(OUTLET_SPEAKERS).all({ outlets: '["Courier"]', top: 10 });
    expect(speakers).toEqual([{ name: 'Lena Ortis', entity_id: 1, articles: 2, quotes: 3 }]);
    db.close();
  });

  it('read the kept rows of the chosen outlets by key, not the mentions or quotes', async () => {
    const engine = await seeded();
    const plan = (sql: string) =>
      (
        engine.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ outlets: '["Reuters"]', top: 50 }) as {
          detail: string;
        }[]
      )
        .map((row) => row.detail)
        .join(' | ');
    const entities = plan(OUTLET_ENTITIES);
    expect(entities).toMatch(/SEARCH outlet_entity_use USING PRIMARY KEY \(key=\?\)/);
    expect(entities).not.toMatch(/mentions/);
    const speakers = plan(OUTLET_SPEAKERS);
    expect(speakers).toMatch(/SEARCH outlet_speaker_use USING PRIMARY KEY \(key=\?\)/);
    expect(speakers).not.toMatch(/SCAN quote_speaker/);
  });
});
