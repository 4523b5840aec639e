import type { Db } from './open.ts';
import type { LibraryFilters, Where } from './library.ts';
import { statement } from './statements.ts';

// The articles matching a filtered facets call, made once per call (issue 12).

/**
 * The matching articles: their ids as a JSON array, or for a search alone the search itself, whose
 * full-text index gives them in id order where they are read (db/article-facets.ts); how many
 * match, of how many articles in all.
 */
export type MatchingIds = ({ ids: string } | { search: string }) & { n: number; total: number };

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
 * The ids of the matching articles as one JSON array, made once per call: each count read them
 * back through json_each, and each of six statements had made the whole matching set again (60,000
 * articles for a frame filter); now the kept rows are read once (db/article-facets.ts). Not a
 * temporary table: the reader thread's connection is query-only, which refuses to create one.
 * Under a filter that names articles by id, the ids come from the narrow index of each article's
 * id, outlet and date (migration 018; an article's own row holds its text, and a search matching
 * 300,000 of a million read 300,000 of them: 1.0–1.4 s against 0.15–0.26 s). Outlets or dates
 * alone read their own index, which the narrow one would have to scan whole.
 */
export function matchingOnce(db: Db, filters: LibraryFilters, where: Where, codeKind?: string): MatchingIds {
  const { total } = statement(db, 'SELECT articles AS total FROM project_totals').get() as { total: number };
  if (searchAlone(filters)) {
    const { n } = statement(db, `SELECT count(*) AS n FROM (${ALONE.search})`).get(where.params) as {
      n: number;
    };
    return { search: where.params.search as string, n, total };
  }
  const { ids, n } = statement(
    db,
    aloneSql(filters, codeKind) ?? matchingSql(namesArticlesById(filters), where.sql),
  ).get(where.params) as { ids: string; n: number };
  return { ids, n, total };
}

/**
 * The statements giving the ids of the articles one filter lets through when it is set alone,
 * straight from its own index, without looking each id up among the articles (300,000 lookups for
 * a search, 0.15–0.2 s at a million; 60,000 for a frame at 100,000, 20–30 ms). The rows they read
 * go with their articles (a foreign key, or for the full-text index triggers of migration 001); the
 * counts read each id's own kept row in any case, so an id without an article would count nothing.
 * Each gives its ids in id order, once each.
 */
const ALONE: Partial<Record<keyof LibraryFilters, string>> = {
  search: 'SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH @search',
  deniedCodeId: 'SELECT article_id AS id FROM frame_state WHERE code_id = @deniedCodeId AND denied = 1',
  entityId: 'SELECT DISTINCT article_id AS id FROM mentions WHERE entity_id = @entityId',
  speaker: 'SELECT DISTINCT article_id AS id FROM quote_speaker WHERE name = @speaker',
};
/** Whether the only filter set is a search. */
function searchAlone(filters: LibraryFilters): boolean {
  return (
    filters.search !== undefined &&
    (Object.keys(filters) as (keyof LibraryFilters)[]).every(
      (key) => key === 'search' || filters[key] === undefined,
    )
  );
}

/** A frame filter alone, once the code is known to be a frame. */
const FRAME_ALONE = 'SELECT article_id AS id FROM frame_state WHERE code_id = @codeId AND denied = 0';

/** The matching ids and their number for a filter set alone that has its own statement. */
export function aloneSql(filters: LibraryFilters, codeKind?: string): string | undefined {
  const set = (Object.keys(filters) as (keyof LibraryFilters)[]).filter((key) => filters[key] !== undefined);
  if (set.length !== 1) return undefined;
  const ids = set[0] === 'codeId' ? (codeKind === 'frame' ? FRAME_ALONE : undefined) : ALONE[set[0]!];
  return ids && `SELECT json_group_array(id) AS ids, count(*) AS n FROM (${ids})`;
}

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
