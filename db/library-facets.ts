import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { whereOf, withSearch, type LibraryFilters, type Where } from './library.ts';
import { articlesWhere, matchingOnce } from './facet-matching.ts';
import { OUTLET_ENTITIES, OUTLET_SPEAKERS } from './outlet-facets.ts';
import { DAYS_NAMED, DAYS_SPAN, OUTLETS_NAMED, keptFacetCounts } from './article-facets.ts';
import { frameAlone, frameFacetCounts } from './frame-facets.ts';

// The library's counts per facet (issue 12): with no filter from the counts triggers keep for the
// project, under a filter from the matching articles' kept rows, with only outlets chosen from the
// kept rows per outlet, with only a frame chosen from the sums kept per frame.

/**
 * The articles through the narrow index of their outlets and dates (migration 018), for counts that
 * read nothing else of the matching articles: `articles a … WHERE a.id != 0 AND` (facet-matching.ts).
 */
const NARROW = articlesWhere(true);

export interface LibraryFacets {
  outlets: { outlet: string | null; articles: number }[];
  speakers: { name: string; entity_id: number | null; articles: number; quotes: number }[];
  entities: { id: number; name: string; type: string; articles: number }[];
  /** Hand codes: articles with an annotation; frames: articles where the frame is asserted, and `denied` apart. */
  codes: { id: number; name: string; kind: string; color: string | null; articles: number; denied: number }[];
  dates: { bucket: string; articles: number }[];
  undated: number;
  bucket: 'day' | 'month';
}

/**
 * Counts per facet over the articles matching the filters. The outlet counts ignore the outlet
 * filter, so the other outlets stay visible to add to the selection.
 */
export function libraryFacets(db: Db, filters: LibraryFilters, top: number): LibraryFacets {
  // One read transaction: every count sees the same project, and the matching ids made once
  // below stay the ones the counts describe even while the engine writes beside this thread.
  return withSearch(filters, () => db.transaction(() => facetsNow(db, filters, top))());
}

function facetsNow(db: Db, filters: LibraryFilters, top: number): LibraryFacets {
  const codeKind = filteredCodeKind(db, filters);
  const where = whereOf(filters, [], codeKind);
  return where.sql === '1' ? unfilteredFacets(db, top) : filteredFacets(db, filters, where, codeKind, top);
}

/** The kind of the code filtered on, looked up once so that no article's test has to. */
function filteredCodeKind(db: Db, filters: LibraryFilters): string | undefined {
  if (filters.codeId === undefined) return undefined;
  const code = statement(db, 'SELECT kind FROM codes WHERE id = ?').get(filters.codeId) as
    { kind: string } | undefined;
  return code?.kind;
}

/** With no filter, every facet reads the counts triggers keep (migrations 011 and 015). */
function unfilteredFacets(db: Db, top: number): LibraryFacets {
  const span = statement(
    db,
    `SELECT min(day) AS first, max(day) AS last, (SELECT articles FROM day_use WHERE key = '') AS undated
     FROM day_use WHERE day IS NOT NULL AND articles > 0`,
  ).get() as Span;
  return {
    outlets: statement(db, ALL_OUTLETS).all() as LibraryFacets['outlets'],
    speakers: statement(
      db,
      // The highest entity of that name with a counted quote, as the counting query's
      // max(speaker_entity_id) (entities are unique by name and type: a few index probes).
      `SELECT s.name,
         (SELECT max(e.id) FROM entities e WHERE e.name = s.name
            AND EXISTS (SELECT 1 FROM quote_speaker k WHERE k.entity_id = e.id)) AS entity_id,
         s.articles, s.quotes
       FROM speaker_use s ORDER BY s.articles DESC, s.quotes DESC, s.name LIMIT @top`,
    ).all({ top }) as LibraryFacets['speakers'],
    // A row per entity read from an index by count, instead of every mention of the project counted.
    entities: statement(
      db,
      `SELECT e.id, e.name, e.type, u.articles FROM entity_use u JOIN entities e ON e.id = u.entity_id
       WHERE u.articles > 0 ORDER BY u.articles DESC, e.name LIMIT @top`,
    ).all({ top }) as LibraryFacets['entities'],
    codes: statement(
      db,
      `SELECT id, name, kind, color, sum(articles) AS articles, sum(denied) AS denied FROM (
         SELECT c.id, c.name, c.kind, c.color, u.articles, 0 AS denied
         FROM code_use u JOIN codes c ON c.id = u.code_id WHERE c.kind = 'code' AND u.articles > 0
         UNION ALL
         SELECT c.id, c.name, c.kind, c.color, u.asserted, u.denied
         FROM frame_use u JOIN codes c ON c.id = u.code_id WHERE u.asserted + u.denied > 0
       ) GROUP BY id ORDER BY articles DESC, denied DESC, name`,
    ).all() as LibraryFacets['codes'],
    ...datesFacet(span, (length) =>
      statement(
        db,
        `SELECT substr(day, 1, @length) AS bucket, sum(articles) AS articles FROM day_use
         WHERE day IS NOT NULL AND articles > 0 GROUP BY bucket ORDER BY bucket`,
      ).all({ length }),
    ),
  };
}

/** Every outlet with its articles, most first (the kept counts of migration 015). */
const ALL_OUTLETS =
  'SELECT outlet, articles FROM outlet_use WHERE articles > 0 ORDER BY articles DESC, outlet';

/**
 * Under a filter, the facets add up the matching articles' kept rows (migrations 022, 025 and 026); with
 * only outlets chosen, the entities and speakers are sums of each outlet's kept rows instead
 * (migration 021), which are fewer than the outlets' articles; with only a frame asserted or denied,
 * every facet is read from that frame's kept sums of its articles' rows (migration 031).
 */
function filteredFacets(
  db: Db,
  filters: LibraryFilters,
  where: Where,
  codeKind: string | undefined,
  top: number,
): LibraryFacets {
  const otherThanOutlets =
    filters.outlets === undefined ? undefined : whereOf(filters, ['outlets'], codeKind);
  const onlyOutlets = otherThanOutlets?.sql === '1';
  const frame = frameAlone(filters, codeKind);
  const kept =
    frame === undefined
      ? keptFacetCounts(db, matchingOnce(db, filters, where, codeKind), top, !onlyOutlets)
      : frameFacetCounts(db, frame, top);
  const outletParams = { outlets: JSON.stringify(filters.outlets), top };
  return {
    outlets: outletsFacet(db, otherThanOutlets, kept.outlets),
    speakers: (onlyOutlets
      ? statement(db, OUTLET_SPEAKERS).all(outletParams)
      : kept.speakers!) as LibraryFacets['speakers'],
    entities: (onlyOutlets
      ? statement(db, OUTLET_ENTITIES).all(outletParams)
      : kept.entities!) as LibraryFacets['entities'],
    codes: kept.codes as LibraryFacets['codes'],
    ...datesFacet(
      {
        ...(statement(db, DAYS_SPAN).get({ days: kept.days }) as Omit<Span, 'undated'>),
        undated: kept.undated,
      },
      (length) => statement(db, DAYS_NAMED).all({ days: kept.days, length }),
    ),
  };
}

/**
 * The outlets facet ignores the outlet filter, so the other outlets stay visible to add to the
 * selection: without one it sums the matching articles' outlets; with one, it counts the articles
 * matching the other filters (`otherThanOutlets`), all of them when there are none.
 */
function outletsFacet(
  db: Db,
  otherThanOutlets: Where | undefined,
  outlets: string,
): LibraryFacets['outlets'] {
  if (otherThanOutlets === undefined)
    return statement(db, OUTLETS_NAMED).all({ outlets }) as LibraryFacets['outlets'];
  if (otherThanOutlets.sql === '1') return statement(db, ALL_OUTLETS).all() as LibraryFacets['outlets'];
  return statement(
    db,
    `SELECT a.outlet, count(*) AS articles FROM ${NARROW} ${otherThanOutlets.sql}
     GROUP BY a.outlet ORDER BY articles DESC, a.outlet`,
  ).all(otherThanOutlets.params) as LibraryFacets['outlets'];
}

interface Span {
  first: string | null;
  last: string | null;
  undated: number | null;
}

/**
 * The date histogram over a span of days: up to three months day by day, longer spans by month,
 * so that it stays readable (`histogram` gives the buckets for a bucket's length: 10 or 7).
 */
function datesFacet(
  span: Span,
  histogram: (length: number) => unknown[],
): Pick<LibraryFacets, 'dates' | 'undated' | 'bucket'> {
  const days =
    span.first && span.last
      ? (Date.parse(span.last.slice(0, 10)) - Date.parse(span.first.slice(0, 10))) / 864e5
      : 0;
  const bucket = days <= 92 ? 'day' : 'month';
  return {
    dates: histogram(bucket === 'day' ? 10 : 7) as LibraryFacets['dates'],
    undated: span.undated ?? 0,
    bucket,
  };
}
