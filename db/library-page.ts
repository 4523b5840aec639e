import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { whereOf, withSearch, type LibraryFilters, type Where } from './library.ts';

// One page of the library, read by key (issue 12). A page that follows (or precedes) one the
// window already has starts from that page's last (or first) article: `(sort key, id) > (?, ?)`
// on the sort column's index, so its cost does not grow with how deep in the list it is. A jump
// (the scrollbar dragged to row 900,000) reads by offset, but over the narrow sort index only and
// from whichever end of the list is nearer. Best-match order while searching is by offset: FTS5
// ranks every match of the search anyway (only the ids, and the page's rows after).

export type LibrarySort = 'id' | 'title' | 'outlet' | 'published' | 'words' | 'relevance';

export interface LibraryRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  word_count: number;
  analyzed_at: string | null;
}

const COLUMNS = 'a.id, a.title, a.outlet, a.published_at, a.word_count, a.analyzed_at';

/** A sort column, the collation its index has, and the row field that holds its value. */
interface SortColumn {
  column: string;
  collate: '' | ' COLLATE NOCASE';
  field: 'title' | 'outlet' | 'published_at' | 'word_count';
  nullable: boolean;
}

const SORT_COLUMNS: Record<Exclude<LibrarySort, 'relevance' | 'id'>, SortColumn> = {
  title: { column: 'a.title', collate: ' COLLATE NOCASE', field: 'title', nullable: true },
  outlet: { column: 'a.outlet', collate: ' COLLATE NOCASE', field: 'outlet', nullable: true },
  published: { column: 'a.published_at', collate: '', field: 'published_at', nullable: true },
  words: { column: 'a.word_count', collate: '', field: 'word_count', nullable: false },
};

/**
 * Where a page starts: right after or right before an article of the list, else (or when that
 * article is gone) at a row number.
 */
export interface PageStart {
  after?: number | undefined;
  before?: number | undefined;
  /** The page holding this article (pages start at multiples of the limit). */
  around?: number | undefined;
  offset: number;
}

export interface PageOptions {
  sort: LibrarySort;
  descending: boolean;
  limit: number;
  start: PageStart;
}

export interface LibraryPage {
  /** How many articles match the filters in all. */
  total: number;
  rows: LibraryRow[];
  /** For a page asked `around` an article in the list: where the page starts, and the article's place. */
  offset?: number;
  position?: number;
}

/** One page of the articles matching the filters, and how many match in all. */
export function libraryPage(db: Db, filters: LibraryFilters, page: PageOptions): LibraryPage {
  return withSearch(filters, () => {
    const where = whereOf(filters);
    const total = matchingCount(db, filters, where);
    const relevance = page.sort === 'relevance' && filters.search !== undefined;
    const sort = page.sort === 'relevance' ? 'id' : page.sort;
    const column = sort === 'id' || relevance ? null : SORT_COLUMNS[sort];
    const { from, where: pageWhere } = idSource(db, filters, where, column, total);
    if (page.start.around !== undefined) {
      const position = relevance
        ? rankPosition(db, filters, page.descending, page.start.around)
        : keyPosition(db, from, pageWhere, column, page.descending, page.start.around);
      if (position !== undefined) {
        const offset = position - (position % page.limit);
        const rows = relevance
          ? byRelevance(db, filters, page, offset)
          : offsetPage(db, from, pageWhere, column, page, offset, total);
        return { total, rows, offset, position };
      }
    }
    if (relevance) return { total, rows: byRelevance(db, filters, page, page.start.offset) };
    const keyed = keyedPage(db, from, pageWhere, column, page);
    if (keyed) return { total, rows: keyed };
    return { total, rows: offsetPage(db, from, pageWhere, column, page, page.start.offset, total) };
  });
}

/**
 * How many articles match. With no filter, or only outlets, the counts triggers keep (migration
 * 015) answer: counting even the narrow id index was a few milliseconds of every page asked, on
 * the thread that answers clicks.
 */
function matchingCount(db: Db, filters: LibraryFilters, where: Where): number {
  if (where.sql === '1')
    return statement(db, 'SELECT articles FROM project_totals WHERE id = 1').pluck().get() as number;
  if (whereOf(filters, ['outlets']).sql === '1')
    return statement(
      db,
      'SELECT coalesce(sum(articles), 0) FROM outlet_use WHERE outlet IN (SELECT value FROM json_each(@outlets))',
    )
      .pluck()
      .get(where.params) as number;
  if (filters.search !== undefined) {
    // A search alone is counted by FTS5 itself (0.4 ms for 12,000 matches at 100,000 articles); with
    // other filters, over the narrow facet index: on the table, every match was a seek into the
    // wide article rows (28 ms).
    if (whereOf(filters, ['search']).sql === '1')
      return statement(db, 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH @search')
        .pluck()
        .get({ search: filters.search }) as number;
    return statement(
      db,
      `SELECT count(*) FROM articles a INDEXED BY articles_facet WHERE a.id != 0 AND ${where.sql}`,
    )
      .pluck()
      .get(where.params) as number;
  }
  return statement(db, `SELECT count(*) FROM articles a WHERE ${where.sql}`)
    .pluck()
    .get(where.params) as number;
}

const TABLE = 'articles a WHERE';
const FACET = 'articles a INDEXED BY articles_facet WHERE a.id != 0 AND';

/** Where a page's ids are found (`… WHERE`, awaiting the clause) and the clause that selects them. */
interface IdSource {
  from: string;
  where: Where;
}

/**
 * Where a page's ids are found. While searching, in the narrow facet index (id, outlet, date) when
 * the order is by one of those: each match was otherwise a seek into the wide article rows (their
 * text inline) before the sort, 32 of the 34 ms of a 12,000-match search's first page by date at
 * 100,000 articles. By title or words, the sort column's own index, walked in order and each entry
 * tested against the matches, when at least one article in 50 matches: 1.2 ms for that first page
 * by title against 36 ms. Fewer matches keep the table (a walk finds its few matches only at the
 * end of the index, 5 ms against 0.5 ms). With an outlet or dates as well, the matches are first
 * narrowed in the facet index, by id, and only then walked for, or their rows read: tested on the
 * table, every match of the search was read for its outlet or date (12,000 rows, each a seek into
 * the wide rows, where the narrowed matches were 600) and, by words, its word count, which lies
 * after the text in the row.
 */
function idSource(
  db: Db,
  filters: LibraryFilters,
  where: Where,
  column: SortColumn | null,
  matching: number,
): IdSource {
  if (filters.search === undefined) return { from: TABLE, where };
  if (column === null || column.field === 'published_at' || column.field === 'outlet')
    return { from: FACET, where };
  const articles = statement(db, 'SELECT articles FROM project_totals WHERE id = 1').pluck().get() as number;
  const walk = `articles a INDEXED BY ${column.field === 'title' ? 'articles_title_sort' : 'articles_words_sort'} WHERE`;
  const dense = matching * 50 >= articles;
  if (whereOf(filters, ['search', ...ID_FILTERS]).sql === '1') return { from: dense ? walk : TABLE, where };
  const narrowed = { sql: `a.id IN (SELECT a.id FROM ${FACET} ${where.sql})`, params: where.params };
  // NOT INDEXED still reads rows by id; it keeps SQLite from walking a sort index for a few matches.
  return { from: walksNarrowed(matching, articles) ? walk : 'articles a NOT INDEXED WHERE', where: narrowed };
}

/**
 * Whether a search narrowed by an outlet or dates walks the sort index rather than read its matches'
 * rows. A first page walks about 200 × articles / matches index entries, reading the rows costs one
 * seek into the wide rows per match, and a seek costs about as much as 16 entries walked (at a
 * million articles a walk answered the first page in 90–96 ms of CPU for 6,180 matches, the rows
 * in 111–127 ms): so the walk from about √(12.5 × articles) matches on (3,536 at a million, 1,118
 * at 100,000), and from one in 50 as before for a search alone.
 */
export function walksNarrowed(matching: number, articles: number): boolean {
  return matching * matching * 16 >= articles * 200;
}

/** The filters that name articles by id, tested against an index's ids without reading a row. */
const ID_FILTERS: (keyof LibraryFilters)[] = [
  'entityId',
  'speaker',
  'codeId',
  'deniedCodeId',
  'proposedCodeId',
];

function orderBy(column: SortColumn | null, descending: boolean): string {
  const direction = descending ? 'DESC' : 'ASC';
  return column ? `${column.column}${column.collate} ${direction}, a.id ${direction}` : `a.id ${direction}`;
}

/**
 * The rows after (or before) an anchor article in this order; undefined when the anchor is gone
 * (deleted meanwhile), so the caller falls back to the offset.
 */
function keyedPage(
  db: Db,
  from: string,
  where: Where,
  column: SortColumn | null,
  page: PageOptions,
): LibraryRow[] | undefined {
  const { after, before } = page.start;
  const anchorId = after ?? before;
  if (anchorId === undefined) return undefined;
  const anchor = statement(db, `SELECT ${COLUMNS} FROM articles a WHERE a.id = ?`).get(anchorId) as
    LibraryRow | undefined;
  if (!anchor) return undefined;
  // Rows before the anchor are the rows after it in the opposite order, read back to front.
  const descending = after !== undefined ? page.descending : !page.descending;
  const rows = rowsAfter(db, from, where, column, descending, anchor, page.limit);
  return after !== undefined ? rows : rows.reverse();
}

interface Run {
  condition: string;
  order: string;
}

/**
 * The conditions that select the rows after an anchor (with sort value `key`) in this order.
 * NULLs sort first in SQLite, so a nullable column's order has two runs (NULLs, then values;
 * reversed when descending). Each run is read on its own with a condition its index answers.
 */
function runsAfter(column: SortColumn | null, descending: boolean, key: unknown): Run[] {
  const beyond = descending ? '<' : '>';
  const runs: Run[] = [];
  if (!column) {
    runs.push({ condition: `a.id ${beyond} @id`, order: orderBy(null, descending) });
  } else if (!column.nullable || key !== null) {
    // The collation goes on the key: SQLite seeks in the index for `(column, id) > (key COLLATE
    // NOCASE, id)` but scans it for `(column COLLATE NOCASE, id) > (key, id)`.
    runs.push({
      condition: `(${column.column}, a.id) ${beyond} (@key${column.collate}, @id)`,
      order: orderBy(column, descending),
    });
    if (column.nullable && descending)
      runs.push({ condition: `${column.column} IS NULL`, order: orderBy(null, true) });
  } else {
    runs.push({
      condition: `${column.column} IS NULL AND a.id ${beyond} @id`,
      order: orderBy(null, descending),
    });
    // Not `IS NOT NULL`, which SQLite answers by stepping over every NULL in the index: the
    // columns are STRICT text, and every text sorts at or after ''.
    if (!descending)
      runs.push({ condition: `${column.column} >= ''${column.collate}`, order: orderBy(column, false) });
  }
  return runs;
}

/** How many rows come before an article in this order; undefined when it does not match the filters. */
function keyPosition(
  db: Db,
  from: string,
  where: Where,
  column: SortColumn | null,
  descending: boolean,
  articleId: number,
): number | undefined {
  const anchor = statement(db, `SELECT ${COLUMNS} FROM articles a WHERE ${where.sql} AND a.id = @id`).get({
    ...where.params,
    id: articleId,
  }) as LibraryRow | undefined;
  if (!anchor) return undefined;
  const key = column ? anchor[column.field] : null;
  // The rows before it are the rows after it in the opposite order.
  let before = 0;
  for (const run of runsAfter(column, !descending, key)) {
    before += statement(db, `SELECT count(*) FROM ${from} ${where.sql} AND ${run.condition}`)
      .pluck()
      .get({ ...where.params, key, id: articleId }) as number;
  }
  return before;
}

function rowsAfter(
  db: Db,
  from: string,
  where: Where,
  column: SortColumn | null,
  descending: boolean,
  anchor: LibraryRow,
  limit: number,
): LibraryRow[] {
  const key = column ? anchor[column.field] : null;
  const runs = runsAfter(column, descending, key);
  const rows: LibraryRow[] = [];
  const params = { ...where.params, key, id: anchor.id };
  for (const run of runs) {
    if (rows.length >= limit) break;
    const rest = limit - rows.length;
    if (from === TABLE) {
      rows.push(
        ...(statement(
          db,
          `SELECT ${COLUMNS} FROM articles a WHERE ${where.sql} AND ${run.condition}
           ORDER BY ${run.order} LIMIT @limit`,
        ).all({ ...params, limit: rest }) as LibraryRow[]),
      );
      continue;
    }
    // From the narrow index: the ids first, then the page's rows.
    const ids = statement(
      db,
      `SELECT a.id FROM ${from} ${where.sql} AND ${run.condition} ORDER BY ${run.order} LIMIT @limit`,
    )
      .pluck()
      .all({ ...params, limit: rest }) as number[];
    rows.push(...rowsInOrder(db, ids));
  }
  return rows;
}

/**
 * The rows at an offset: the ids are found on the sort column's index alone (no article rows
 * read while skipping), from the nearer end of the list, then their rows are read.
 */
function offsetPage(
  db: Db,
  from: string,
  where: Where,
  column: SortColumn | null,
  page: PageOptions,
  offset: number,
  total: number,
): LibraryRow[] {
  const fromEnd = offset > total / 2;
  const descending = fromEnd ? !page.descending : page.descending;
  const skip = fromEnd ? Math.max(0, total - offset - page.limit) : offset;
  const limit = fromEnd ? Math.max(0, Math.min(page.limit, total - offset)) : page.limit;
  if (limit === 0) return [];
  const order = orderBy(column, descending);
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM articles a WHERE a.id IN (
       SELECT a.id FROM ${from} ${where.sql} ORDER BY ${order} LIMIT @limit OFFSET @skip)
     ORDER BY ${order}`,
  ).all({ ...where.params, limit, skip }) as LibraryRow[];
  return fromEnd ? rows.reverse() : rows;
}

const RANKED = `SELECT rowid, rank FROM articles_fts
  WHERE articles_fts MATCH @search AND rank MATCH 'bm25(4.0, 1.0)'`;

/**
 * The search's matches with their rank, narrowed by the other filters. The other filters read the
 * narrow facet index (id, outlet, date): joined to the table itself, each of 12,000 matches was a
 * seek into the wide article rows (their text inline), 30 ms of the 40 of a page at 100,000
 * articles. With no other filter the full-text index alone answers: its rows are the articles'
 * own, kept by the triggers of migration 001 in the same transaction.
 */
function ranked(rest: Where): string {
  if (rest.sql === '1') return `SELECT f.rowid AS id, f.rank FROM (${RANKED}) f`;
  return `SELECT a.id, f.rank FROM (${RANKED}) f JOIN articles a INDEXED BY articles_facet ON a.id = f.rowid
    WHERE a.id != 0 AND ${rest.sql}`;
}

/** An article's place among the search's matches, best first; undefined when it is not one. */
function rankPosition(
  db: Db,
  filters: LibraryFilters,
  descending: boolean,
  articleId: number,
): number | undefined {
  const rest = whereOf(filters, ['search']);
  const beyond = descending ? '>' : '<';
  // The matches ranked once, and kept (materialized): the article's rank is looked up among them and
  // the better ones counted. An id constraint reaching FTS5 would rank the article as if it were the
  // only match (its idf counted over that one row), another rank than the list's.
  const place = statement(
    db,
    `WITH m AS MATERIALIZED (${ranked(rest)}), me AS (SELECT rank FROM m WHERE id = @id)
     SELECT (SELECT count(*) FROM me) AS found,
       (SELECT count(*) FROM m, me WHERE m.rank ${beyond} me.rank OR (m.rank = me.rank AND m.id < @id)) AS before`,
  ).get({ ...rest.params, search: filters.search, id: articleId }) as { found: number; before: number };
  return place.found > 0 ? place.before : undefined;
}

/**
 * A page in best-match order: FTS5 ranks every match, the page's ids are sorted out of them (rank,
 * then id), and only then are the page's own rows read, in that order.
 */
function byRelevance(db: Db, filters: LibraryFilters, page: PageOptions, offset: number): LibraryRow[] {
  const rest = whereOf(filters, ['search']);
  const ids = statement(
    db,
    `SELECT m.id FROM (${ranked(rest)}) m
     ORDER BY m.rank ${page.descending ? 'DESC' : 'ASC'}, m.id LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({ ...rest.params, search: filters.search, limit: page.limit, offset }) as number[];
  return rowsInOrder(db, ids);
}

/** The rows of these articles, in the order of `ids`. */
function rowsInOrder(db: Db, ids: readonly number[]): LibraryRow[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as LibraryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
