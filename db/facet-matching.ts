import type { Db } from './open.ts';
import type { LibraryFilters, Where } from './library.ts';
import { statement } from './statements.ts';
import { readsWholeIndexes } from './facet-counts.ts';

// The articles matching a filtered facets call, made once per call (issue 12).

export interface Matching {
  /** A subquery of the matching articles' ids. */
  matching: string;
  /** The same, as a WHERE clause over `articles a`, with its parameters. */
  where: Where;
  /** Whether the matching articles are many enough to count by reading whole indexes. */
  whole: boolean;
}

/** The filters that name articles by id. */
const BY_ID: readonly (keyof LibraryFilters)[] = [
  'search',
  'entityId',
  'speaker',
  'codeId',
  'deniedCodeId',
  'proposedCodeId',
];

/**
 * Whether a filter names articles by id (a search, an entity, a speaker, a code), so that the
 * matching articles are best found in the narrow facet index by id; outlets and dates alone are
 * found through their own indexes.
 */
export function namesArticlesById(
  filters: LibraryFilters,
  omit: readonly (keyof LibraryFilters)[] = [],
): boolean {
  return BY_ID.some((key) => filters[key] !== undefined && !omit.includes(key));
}

/**
 * The ids of the matching articles as one JSON array, read back by each count through json_each:
 * each of the six statements made the whole matching set again (60,000 articles for a frame
 * filter). Not a temporary table: the reader thread's connection is query-only, which refuses to
 * create one. Under a filter that names articles by id, the ids come from the narrow index of each
 * article's id, outlet and date (migration 018; an article's own row holds its text, and a search
 * matching 300,000 of a million read 300,000 of them: 1.0–1.4 s against 0.15–0.26 s). Outlets or
 * dates alone read their own index, which the narrow one would have to scan whole. (The outlets
 * and days of the matching articles are counted with their entities, from their kept rows:
 * db/article-facets.ts; grouped here, by outlet and day, they cost a sort of 300,000 rows.)
 */
export function matchingOnce(db: Db, filters: LibraryFilters, where: Where): Matching {
  const { total } = statement(db, 'SELECT articles AS total FROM project_totals').get() as { total: number };
  const onlySearch = Object.entries(filters).every(([key, value]) => key === 'search' || value === undefined);
  const ids = statement(
    db,
    onlySearch && filters.search !== undefined
      ? SEARCHED
      : matchingSql(namesArticlesById(filters), where.sql),
  ).get(where.params) as {
    ids: string;
    n: number;
  };
  return {
    matching: 'SELECT value FROM json_each(@ids)',
    where: { sql: 'a.id IN (SELECT value FROM json_each(@ids))', params: { ids: ids.ids } },
    whole: readsWholeIndexes(ids.n, total),
  };
}

/**
 * A search alone: the ids straight from the full-text index's matches (in id order), without
 * looking each one up among the articles (300,000 lookups, 0.15–0.2 s at a million). The index
 * holds exactly the articles (triggers of migration 001); the counts read each id's own rows in any
 * case, so an id without an article would count nothing.
 */
const SEARCHED = `SELECT json_group_array(rowid) AS ids, count(*) AS n FROM articles_fts WHERE articles_fts MATCH @search`;

/**
 * The articles to find matching ones among, as `articles a WHERE …` awaiting a filter's clause: under
 * a filter by id through the narrow facet index (partial, so the query must say `a.id != 0`).
 */
export function articlesWhere(byId: boolean): string {
  return byId ? 'articles a INDEXED BY articles_facet WHERE a.id != 0 AND' : 'articles a WHERE';
}

/** The matching articles' ids as a JSON array, and how many (`where` over `articles a`). */
export function matchingSql(byId: boolean, where: string): string {
  return `SELECT json_group_array(a.id) AS ids, count(*) AS n FROM ${articlesWhere(byId)} ${where}`;
}

/** The outlets facet from the groups (db/article-facets.ts): articles per outlet, most first, then by name (NULL first). */
export const GROUPED_OUTLETS = `SELECT value ->> 0 AS outlet, sum(value ->> 2) AS articles FROM json_each(@groups)
  GROUP BY value ->> 0 ORDER BY articles DESC, outlet`;

/** The span of days and the undated articles from the groups. */
export const GROUPED_SPAN = `SELECT min(value ->> 1) AS first, max(value ->> 1) AS last,
    sum(iif(value ->> 1 IS NULL, value ->> 2, 0)) AS undated
  FROM json_each(@groups)`;

/** The date histogram from the groups, by day (`@length` 10) or month (7). */
export const GROUPED_DATES = `SELECT substr(value ->> 1, 1, @length) AS bucket, sum(value ->> 2) AS articles
  FROM json_each(@groups) WHERE value ->> 1 IS NOT NULL GROUP BY bucket ORDER BY bucket`;
