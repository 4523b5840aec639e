import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticles, type NewArticle } from '../../db/articles.ts';
import { libraryPage, walksNarrowed, type LibrarySort } from '../../db/library-page.ts';
import type { LibraryFilters } from '../../db/library.ts';
import { openProject, type Db } from '../../db/open.ts';
import { searchArticles } from '../../db/search.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { useTempDir } from '../support/temp.ts';

const OUTLETS = ['Reuters', 'ansa', 'TASS', 'The Guardian', null];

/** 600 articles, one per paragraph of Brown press samples, some without title, outlet or date. */
function articles(): NewArticle[] {
  const paragraphs = brownSamples('ca')
    .slice(0, 15)
    .flatMap((sample) => brownText(sample).split('\n\n'))
    .slice(0, 600);
  expect(paragraphs).toHaveLength(600);
  return paragraphs.map((text, i) => ({
    uid: `u${i}`,
    content_hash: createHash('sha256').update(`${i} ${text}`).digest('hex'),
    // Every seventh untitled; titles repeat, so ties are broken by id.
    title:
      i % 7 === 3
        ? null
        : text
            .split(' ')
            .slice(0, 2 + (i % 3))
            .join(' '),
    outlet: OUTLETS[i % OUTLETS.length]!,
    author: null,
    url: null,
    published_at: i % 11 === 5 ? null : `2020-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    published_raw: null,
    language: 'en',
    text: `${text} (${i})`,
    source_file: null,
    source_format: 'text',
    imported_at: '2020-04-01T00:00:00Z',
    word_count: text.split(' ').length % 40,
  }));
}

const SORTS: Exclude<LibrarySort, 'relevance'>[] = ['id', 'title', 'outlet', 'published', 'words'];
const PAGE = 45;

describe('library pages by key', () => {
  const temp = useTempDir();
  let db: Db;
  beforeEach(() => {
    db = openProject(join(temp.dir(), 'library.sqlite'));
    insertArticles(db, articles());
  });
  afterEach(() => db.close());

  const ids = (filters: LibraryFilters, sort: LibrarySort, descending: boolean, start: object) =>
    libraryPage(db, filters, { sort, descending, limit: PAGE, start: { offset: 0, ...start } }).rows.map(
      (row) => row.id,
    );

  /** The whole list in one page: the order every way of paging must give. */
  const everything = (filters: LibraryFilters, sort: LibrarySort, descending: boolean) =>
    libraryPage(db, filters, { sort, descending, limit: 1000, start: { offset: 0 } }).rows.map(
      (row) => row.id,
    );

  for (const filters of [
    {},
    { outlets: ['Reuters', 'TASS'] },
    { search: 'the' },
    // A search with an outlet or dates: narrowed in the facet index, then the sort index walked
    // (a broad search) or the few matches' rows read (a narrower one).
    { search: 'the', outlets: ['Reuters', 'TASS', 'ansa'] },
    { search: 'the OR said', dateFrom: '2020-03-05', dateTo: '2020-03-25' },
  ] as LibraryFilters[]) {
    for (const sort of SORTS) {
      for (const descending of [false, true]) {
        it(`pages forward and back by key, sorted by ${sort}${descending ? ' descending' : ''}, filters ${JSON.stringify(filters)}`, () => {
          const all = everything(filters, sort, descending);
          expect(all.length).toBeGreaterThan(PAGE * 2);
          const forward: number[] = [];
          for (let page = ids(filters, sort, descending, {}); page.length > 0;) {
            forward.push(...page);
            page = ids(filters, sort, descending, { after: page[page.length - 1] });
          }
          expect(forward).toEqual(all);

          const backward: number[] = [];
          let page = all.slice(-PAGE);
          while (page.length > 0) {
            backward.unshift(...page);
            page = ids(filters, sort, descending, { before: page[0] });
          }
          expect(backward).toEqual(all);
        });
      }
    }
  }

  it('finds the page holding an article, and its place, in every order and while searching', () => {
    const orders: [LibraryFilters, LibrarySort, boolean][] = [
      ...SORTS.flatMap((sort) =>
        [false, true].map((d): [LibraryFilters, LibrarySort, boolean] => [{}, sort, d]),
      ),
      [{ outlets: ['TASS', 'ansa'] }, 'published', true],
      [{ search: 'the OR said' }, 'relevance', false],
      [{ search: 'the OR said' }, 'relevance', true],
      [{ search: 'the OR said' }, 'published', true],
      [{ search: 'the', outlets: ['TASS', 'Reuters', 'ansa'] }, 'outlet', false],
      [{ search: 'the' }, 'id', true],
      // Broad searches: the title and word-count indexes are walked (not with an outlet filtered).
      [{ search: 'the' }, 'title', false],
      [{ search: 'the' }, 'words', true],
      [{ search: 'the', outlets: ['TASS', 'Reuters', 'ansa'] }, 'title', true],
      [{ search: 'the', dateFrom: '2020-03-03' }, 'words', false],
      [{ search: 'the', outlets: ['TASS', 'ansa', 'Reuters'] }, 'words', true],
      [{ search: 'the OR said', dateTo: '2020-03-25' }, 'title', false],
    ];
    for (const [filters, sort, descending] of orders) {
      const all = everything(filters, sort, descending);
      for (const place of [0, 44, 45, 131, Math.floor(all.length / 2), all.length - 1]) {
        const page = libraryPage(db, filters, {
          sort,
          descending,
          limit: PAGE,
          start: { offset: 0, around: all[place] },
        });
        expect(page.position).toBe(place);
        expect(page.offset).toBe(place - (place % PAGE));
        expect(page.rows.map((row) => row.id)).toEqual(all.slice(page.offset, page.offset! + PAGE));
      }
    }
    const notListed = everything({}, 'id', false).find(
      (id) => !everything({ outlets: ['TASS'] }, 'id', false).includes(id),
    );
    const elsewhere = libraryPage(
      db,
      { outlets: ['TASS'] },
      {
        sort: 'id',
        descending: false,
        limit: PAGE,
        start: { offset: 0, around: notListed },
      },
    );
    expect(elsewhere.position).toBeUndefined();
    expect(elsewhere.rows[0]!.outlet).toBe('TASS');
  });

  it('sorts a search with an outlet or dates by title or words as the whole list is sorted, a few matches or many', () => {
    const sparse = { search: 'jury', outlets: ['TASS'] };
    const sparseDates = { search: 'jury', dateFrom: '2020-03-10', dateTo: '2020-03-20' };
    const narrowed = (filters: LibraryFilters) => new Set(everything(filters, 'id', false));
    const many = [
      { search: 'the', outlets: ['TASS', 'The Guardian'] },
      { search: 'the OR said', dateFrom: '2020-03-10', dateTo: '2020-03-20' },
    ];
    // A few matches (their rows are read) and many (the sort index walked).
    for (const few of [sparse, sparseDates]) expect(narrowed(few).size).toBeGreaterThan(3);
    for (const few of [sparse, sparseDates]) expect(walksNarrowed(narrowed(few).size, 600)).toBe(false);
    for (const lots of many) expect(walksNarrowed(narrowed(lots).size, 600)).toBe(true);
    const cases: LibraryFilters[] = [sparse, sparseDates, ...many];
    for (const filters of cases) {
      const kept = narrowed(filters);
      for (const sort of ['title', 'words'] as const) {
        for (const descending of [false, true]) {
          const expected = everything({}, sort, descending).filter((id) => kept.has(id));
          expect(everything(filters, sort, descending)).toEqual(expected);
          const forward: number[] = [];
          const small = (start: object) =>
            libraryPage(db, filters, { sort, descending, limit: 3, start: { offset: 0, ...start } }).rows.map(
              (row) => row.id,
            );
          for (let page = small({}); page.length > 0; page = small({ after: page.at(-1) }))
            forward.push(...page);
          expect(forward).toEqual(expected);
          for (const place of [0, 2, 3, expected.length - 1]) {
            const page = libraryPage(db, filters, {
              sort,
              descending,
              limit: 3,
              start: { offset: 0, around: expected[place] },
            });
            expect(page.position).toBe(place);
            expect(page.rows.map((row) => row.id)).toEqual(expected.slice(page.offset, page.offset! + 3));
            expect(small({ offset: place }).slice(0, 1)).toEqual([expected[place]]);
          }
        }
      }
    }
  });

  it('tests a search’s outlet and dates in the narrow facet index when sorting by title or words', () => {
    // Tested on the article rows, every match of the search was read (12,000 at 100,000 articles
    // for 600 in the outlet), and by words each row's text stepped over to its word count.
    const ran: { sql: string; args: unknown[] }[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      const prepared = prepare(sql);
      for (const method of ['all', 'get', 'iterate'] as const) {
        const run = prepared[method].bind(prepared) as (...args: unknown[]) => unknown;
        Object.defineProperty(prepared, method, {
          value: (...args: unknown[]) => {
            ran.push({ sql, args });
            return run(...args);
          },
        });
      }
      return prepared;
    }) as typeof db.prepare;
    const plans = (filters: LibraryFilters, sort: LibrarySort) => {
      ran.length = 0;
      libraryPage(db, filters, { sort, descending: false, limit: 3, start: { offset: 0 } });
      return ran
        .filter(({ sql }) => /ORDER BY a\.(title|word_count)/.test(sql))
        .map(({ sql, args }) =>
          (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
            .map((row) => row.detail)
            .join('\n'),
        );
    };
    for (const filters of [
      { search: 'jury', outlets: ['Reuters', 'ansa'] },
      { search: 'the', dateFrom: '2020-03-05' },
    ] as LibraryFilters[]) {
      for (const sort of ['title', 'words'] as const) {
        const found = plans(filters, sort);
        expect(found.length).toBeGreaterThan(0);
        for (const plan of found) expect(plan).toContain('COVERING INDEX articles_facet');
      }
    }
  });

  it('lists a search best match first, ties by id, and other filters only narrow that order', () => {
    // FTS5's own best-first order (title matches weigh four times the text's).
    const hits = (search: string) => searchArticles(db, search, { limit: 1000 });
    const relevance = (filters: LibraryFilters, limit: number, offset: number, descending = false) =>
      libraryPage(db, filters, { sort: 'relevance', descending, limit, start: { offset } });
    for (const search of ['the', 'said OR president', '"the city"', 'jury']) {
      const found = hits(search);
      const best = [...found].sort((a, b) => a.rank - b.rank || a.id - b.id).map((hit) => hit.id);
      const worst = [...found].sort((a, b) => b.rank - a.rank || a.id - b.id).map((hit) => hit.id);
      expect(best.length).toBeGreaterThan(5);
      const page = relevance({ search }, 1000, 0);
      expect(page.total).toBe(best.length);
      expect(page.rows.map((row) => row.id)).toEqual(best);
      expect(everything({ search }, 'relevance', true)).toEqual(worst);
      // Sorted otherwise, the matches keep the order of the whole list.
      const matched = new Set(best);
      for (const [sort, descending] of [
        ['title', false],
        ['words', true],
        ['published', false],
      ] as const)
        expect(everything({ search }, sort, descending)).toEqual(
          everything({}, sort, descending).filter((id) => matched.has(id)),
        );
      for (const filters of [
        { search, outlets: ['TASS', 'ansa'] },
        { search, dateFrom: '2020-03-10', dateTo: '2020-03-20' },
      ] as LibraryFilters[]) {
        const kept = new Set(everything({ ...filters, search: undefined }, 'id', false));
        const narrowed = best.filter((id) => kept.has(id));
        expect(everything(filters, 'relevance', false)).toEqual(narrowed);
        expect(relevance(filters, 5, 0).total).toBe(narrowed.length);
        // A page further down is the same slice of the list.
        expect(relevance(filters, 3, 2).rows.map((row) => row.id)).toEqual(narrowed.slice(2, 5));
      }
    }
  });

  it('puts an article titled with the searched word before one using it once in passing', () => {
    insertArticles(db, [
      {
        ...articles()[0]!,
        uid: 'harbour-1',
        content_hash: 'h1',
        title: 'Harbour dredging plan',
        text: 'The harbour board met. The harbour will be dredged.',
      },
      {
        ...articles()[1]!,
        uid: 'harbour-2',
        content_hash: 'h2',
        title: 'Council notes',
        text: `${'The council met on many matters. '.repeat(8)}A harbour was named once.`,
      },
    ]);
    const page = libraryPage(
      db,
      { search: 'harbour' },
      { sort: 'relevance', descending: false, limit: 10, start: { offset: 0 } },
    );
    expect(page.rows.map((row) => row.title)).toEqual(['Harbour dredging plan', 'Council notes']);
  });

  it('reads a page at any offset the same from either end of the list', () => {
    for (const sort of SORTS) {
      const all = everything({}, sort, true);
      for (const offset of [0, 1, 299, 300, 301, 555, 590, 599, 600]) {
        expect(ids({}, sort, true, { offset })).toEqual(all.slice(offset, offset + PAGE));
      }
    }
  });

  it('sorts titles and outlets without regard to case, untitled articles first', () => {
    const rows = libraryPage(
      db,
      {},
      { sort: 'outlet', descending: false, limit: 1000, start: { offset: 0 } },
    ).rows;
    const outlets = [...new Set(rows.map((row) => row.outlet))];
    expect(outlets).toEqual([null, 'ansa', 'Reuters', 'TASS', 'The Guardian']);
    const titles = libraryPage(
      db,
      {},
      { sort: 'title', descending: false, limit: 1000, start: { offset: 0 } },
    ).rows;
    expect(titles[0]!.title).toBeNull();
    expect(titles.at(-1)!.title).not.toBeNull();
  });

  it('falls back to the offset when the article a page starts from is gone', () => {
    const all = everything({}, 'title', false);
    const anchor = all[PAGE - 1]!;
    db.prepare('DELETE FROM articles WHERE id = ?').run(anchor);
    expect(ids({}, 'title', false, { after: anchor, offset: PAGE - 1 })).toEqual(
      all.filter((id) => id !== anchor).slice(PAGE - 1, PAGE * 2 - 1),
    );
  });
});
