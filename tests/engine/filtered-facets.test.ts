import { describe, expect, it } from 'vitest';
import { whereOf, type LibraryFilters } from '../../db/library.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import { expectSameFacets } from './counted-facets.ts';
import { KEPT_READ, keptFacetCounts } from '../../db/article-facets.ts';
import { matchingOnce, matchingSql } from '../../db/facet-matching.ts';
import { brownText } from '../support/brown.ts';
import { useEngines } from './support.ts';

// The library's facets under a filter read narrower rows than they did (issue 12): outlets and
// dates from a narrow index of the articles, speakers from the kept speaker of each quote, hand
// codes code by code. Each filter a person can set is counted here both ways, over analysed real
// text, and the answers must be the same.

const TOP = 1000;

const WIRE = [
  {
    title: 'Convoy reaches the valley',
    text: 'The relief convoy reached the valley on Monday. "We brought tents and water," said Marta Quell of the Northern Aid League. Critics blamed the ministry for the delay.',
    source: 'Valley Post',
    date: '2021-05-03',
  },
  {
    title: 'Council argues over costs',
    text: 'The council argued about who should pay. "The budget cannot carry this alone," said treasurer Oskar Lind. The opposition called it a failure of the government.',
    source: 'Harbour Times',
    date: '2021-05-04',
  },
  {
    title: 'Clinic opens',
    text: 'Doctors opened a clinic beside the river. "Most patients have fevers," said nurse Ilse Varga. Officials praised the solidarity of the regions.',
    source: 'Valley Post',
  },
];

describe('facets under a filter', () => {
  const { temp, seeded } = useEngines();

  it('count the same as counting every matching row, for each filter a person can set', async () => {
    const engine = await seeded();
    const wire = temp.file('wire.jsonl', WIRE.map((row) => JSON.stringify(row)).join('\n'));
    const brown = ['ca01', 'ca02', 'ca03'].map((sample) => temp.file(`${sample}.txt`, brownText(sample)));
    await engine.invoke('import.paths', [wire]);
    await engine.invoke('import.paths', brown, { outlet: 'Brown' });
    const db = engine.db;
    // A hand code on two articles, one of its annotations rejected (it must not count).
    const [book] = await engine.invoke('codebooks.list');
    const blame = await engine.invoke('codes.create', {
      codebookId: book!.id,
      kind: 'code',
      name: 'Blame',
      color: '#aa3377',
    });
    const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
    for (const articleId of ids.slice(0, 3))
      await engine.invoke('annotations.create', { articleId, codeId: blame.id, start: 0, end: 5 });
    const rejected = db
      .prepare('SELECT id FROM annotations WHERE code_id = ? ORDER BY id DESC')
      .pluck()
      .get(blame.id) as number;
    await engine.invoke('annotations.update', rejected, { status: 'rejected' });

    const frames = db
      .prepare('SELECT DISTINCT code_id FROM frame_state ORDER BY code_id')
      .pluck()
      .all() as number[];
    expect(frames.length).toBeGreaterThan(1);
    const entity = db
      .prepare('SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as number;
    const filters: LibraryFilters[] = [
      ...frames.map((codeId) => ({ codeId })),
      { deniedCodeId: frames[0] },
      { codeId: blame.id },
      { outlets: ['Valley Post'] },
      { outlets: ['Valley Post', 'Brown'] },
      { search: 'said' },
      { search: 'council OR clinic' },
      { entityId: entity },
      { speaker: 'Oskar Lind' },
      { dateFrom: '2021-05-04' },
      { dateFrom: '2021-05-01', dateTo: '2021-05' },
      { search: 'said', outlets: ['Valley Post'], codeId: frames[0] },
    ];
    for (const filter of filters) expectSameFacets(db, filter);
    // A short list: a broad filter stops counting entities and speakers that cannot enter it.
    for (const filter of filters) for (const top of [1, 3, 8]) expectSameFacets(db, filter, top);
    // Broad filters read every kept row and narrow ones look their articles' rows up: both ways
    // give the same counts.
    const withCodes = filters.filter((filter) => {
      const where = whereOf(filter);
      const matching = matchingOnce(db, filter, where);
      // A search alone reads the kept rows of its full-text matches; any filter's matching ids
      // give the same counts, read whole or looked up.
      expect('search' in matching, JSON.stringify(filter)).toBe(Object.keys(filter).join() === 'search');
      const { ids, n } = db.prepare(matchingSql(true, where.sql)).get(where.params) as {
        ids: string;
        n: number;
      };
      expect(n, JSON.stringify(filter)).toBe(matching.n);
      const whole = keptFacetCounts(db, { ids, n: matching.total, total: matching.total }, 8);
      expect(keptFacetCounts(db, { ids, n: 0, total: matching.total }, 8), JSON.stringify(filter)).toEqual(
        whole,
      );
      expect(keptFacetCounts(db, matching, 8), JSON.stringify(filter)).toEqual(whole);
      return whole.codes.length > 0 && (whole.entities ?? []).length > 0;
    });
    expect(withCodes.length).toBeGreaterThan(filters.length / 2);
    // The speaker filter reads each counted quote's kept name: the articles are those whose direct
    // quotes, not rejected, name the speaker (by entity, else by speaker text).
    const speakerArticles = (name: string) => {
      const where = whereOf({ speaker: name });
      return [
        db.prepare(`SELECT a.id FROM articles a WHERE ${where.sql} ORDER BY a.id`).pluck().all(where.params),
        db
          .prepare(
            `SELECT DISTINCT q.article_id FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
             WHERE q.status != 'rejected' AND q.kind = 'direct' AND coalesce(e.name, q.speaker_text) = ?
             ORDER BY q.article_id`,
          )
          .pluck()
          .all(name),
      ];
    };
    const names = db.prepare('SELECT DISTINCT name FROM quote_speaker').pluck().all() as string[];
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      const [filtered, counted] = speakerArticles(name);
      expect(filtered, name).toEqual(counted);
    }
    // Some filters must have matched speakers, entities and hand codes, or the checks said nothing.
    const speakers = libraryFacets(db, { search: 'said' }, TOP).speakers;
    expect(speakers.map((speaker) => speaker.name)).toEqual(expect.arrayContaining(['Oskar Lind']));
    const codes = libraryFacets(db, { outlets: ['Valley Post'] }, TOP).codes;
    expect(codes.find((code) => code.id === blame.id)?.articles).toBeGreaterThan(0);

    // A correction moves a quote to another speaker's name; the filtered counts follow at once.
    const quote = db
      .prepare("SELECT id FROM quotes WHERE kind = 'direct' AND speaker_text = 'Oskar Lind'")
      .pluck()
      .get() as number;
    await engine.invoke('quotes.update', quote, { speakerText: 'Ada Brenn', speakerEntityId: null });
    expectSameFacets(db, { search: 'said' });
    expect(libraryFacets(db, { search: 'budget' }, TOP).speakers.map((speaker) => speaker.name)).toContain(
      'Ada Brenn',
    );
  });

  it('read outlets and dates from the narrow index, and the library’s pages never from it', async () => {
    const engine = await seeded();
    const plan = (sql: string, params: Record<string, unknown>) =>
      (engine.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
    const where = whereOf({ search: 'aid' });
    expect(
      plan(
        `SELECT a.outlet, count(*) FROM articles a INDEXED BY articles_facet WHERE a.id != 0 AND ${where.sql} GROUP BY a.outlet`,
        where.params,
      ),
    ).toMatch(/COVERING INDEX articles_facet/);
    expect(
      plan('SELECT a.id, a.title FROM articles a WHERE a.id > @id ORDER BY a.id LIMIT 2', { id: 0 }),
    ).not.toMatch(/articles_facet/);
    // A search's matching articles are found in the narrow index by id (never in their own rows,
    // which hold their texts), and not grouped (their outlets and days come from their kept rows).
    const matching = plan(matchingSql(true, where.sql), where.params);
    expect(matching).toMatch(/SEARCH a USING COVERING INDEX articles_facet \(id=\?\)/);
    expect(matching).not.toMatch(/INTEGER PRIMARY KEY/);
    expect(matching).not.toMatch(/TEMP B-TREE/);
    // So are a frame's, once the code's kind is known: no article is read to test the kind.
    const frame = whereOf({ codeId: 1 }, [], 'frame');
    expect(plan(matchingSql(true, frame.sql), frame.params)).toMatch(
      /SEARCH a USING COVERING INDEX articles_facet \(id=\?\)/,
    );
  });

  it('count every facet under a filter from each matching article’s kept row, read whole or by id', async () => {
    const engine = await seeded();
    const plan = (sql: string) =>
      (
        engine.db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all({ ids: '[1]', bits: Buffer.from([0, 1]), search: 'said' }) as {
          detail: string;
        }[]
      )
        .map((row) => row.detail)
        .join(' | ');
    // A few matching articles: one kept row each, looked up by its id. Many: every kept row read
    // in order, each tested against a byte of the matching set. Either way no mention, quote,
    // frame state or annotation is read, and nothing is sorted.
    const lookups = plan(KEPT_READ('ids'));
    expect(lookups).toMatch(/SEARCH s USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    const whole = plan(KEPT_READ('bits'));
    expect(whole).toMatch(/^SCAN s$/);
    // A search alone: its matches from the full-text index, each one's kept row by its id.
    const searched = plan(KEPT_READ('search'));
    expect(searched).toMatch(
      /^SCAN f VIRTUAL TABLE INDEX \d+:M.* \| SEARCH s USING INTEGER PRIMARY KEY \(rowid=\?\)$/,
    );
    for (const read of [lookups, whole, searched]) {
      expect(read).not.toMatch(/mentions|quote|frame_state|annotations/);
      expect(read).not.toMatch(/TEMP B-TREE/);
    }
  });
});
