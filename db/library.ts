import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { SearchSyntaxError } from './search.ts';
import {
  GROUPED_DATES,
  GROUPED_OUTLETS,
  GROUPED_SPAN,
  articlesWhere,
  matchingOnce,
} from './facet-matching.ts';
import { OUTLET_ENTITIES, OUTLET_SPEAKERS } from './outlet-facets.ts';
import { keptFacetCounts } from './article-facets.ts';

// The library view's queries: articles narrowed by search and facets, a page at a time, and the
// counts per facet. Filters become fixed SQL fragments with bound parameters; only which fragments
// are present depends on the filters, never their values.

export interface LibraryFilters {
  /** FTS5 query over titles and texts. */
  search?: string | undefined;
  outlets?: string[] | undefined;
  /** ISO date or a prefix of one ("2020-03"); inclusive. */
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  entityId?: number | undefined;
  /** A speaker as the library shows them: the entity's name, else the speaker text of the quote. */
  speaker?: string | undefined;
  /**
   * A hand code: articles with accepted or suggested annotations of it. A frame: articles where the
   * frame is present and asserted by the decision that counts (denied ones are `deniedCodeId`).
   */
  codeId?: number | undefined;
  /** A frame: articles where it is present but denied. */
  deniedCodeId?: number | undefined;
  /** A frame: undecided articles a model learned from the coders proposes it for (migration 016). */
  proposedCodeId?: number | undefined;
}

/**
 * The articles through the narrow index of their outlets and dates (migration 018), for counts that
 * read nothing else of the matching articles: `articles a … WHERE a.id != 0 AND` (facet-matching.ts).
 */
const NARROW = articlesWhere(true);

// Frames are read from frame_state, the decision that counts per article and frame, kept by
// triggers (migration 011) as effective_frame_decisions would give it.

export interface Where {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The WHERE clause over `articles a` for these filters, leaving out the dimensions named in `omit`.
 * `codeKind`, the kind of the code filtered on when the caller looked it up, spares a test of the
 * kind for every article (a CASE no index answers: every article of a million was read for it).
 */
export function whereOf(
  filters: LibraryFilters,
  omit: readonly (keyof LibraryFilters)[] = [],
  codeKind?: string,
): Where {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const use = (key: keyof LibraryFilters) => filters[key] !== undefined && !omit.includes(key);
  if (use('search')) {
    parts.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @search)');
    params.search = filters.search;
  }
  if (use('outlets')) {
    parts.push('a.outlet IN (SELECT value FROM json_each(@outlets))');
    params.outlets = JSON.stringify(filters.outlets);
  }
  if (use('dateFrom')) {
    parts.push('a.published_at >= @dateFrom');
    params.dateFrom = filters.dateFrom;
  }
  if (use('dateTo')) {
    // '~' sorts after every character of an ISO date, so "2020-03" takes in the whole month.
    parts.push("a.published_at <= @dateTo || '~'");
    params.dateTo = filters.dateTo;
  }
  if (use('entityId')) {
    parts.push('a.id IN (SELECT article_id FROM mentions WHERE entity_id = @entityId)');
    params.entityId = filters.entityId;
  }
  if (use('speaker')) {
    // The kept name of each counted quote (migration 015: direct, not rejected, named as the library
    // names its speaker), by its (name, article) index: the name computed for every quote of a
    // million articles took 1.5 s.
    parts.push('a.id IN (SELECT article_id FROM quote_speaker WHERE name = @speaker)');
    params.speaker = filters.speaker;
  }
  if (use('codeId')) {
    const frame = 'a.id IN (SELECT article_id FROM frame_state WHERE code_id = @codeId AND denied = 0)';
    const code =
      "a.id IN (SELECT article_id FROM annotations WHERE code_id = @codeId AND status != 'rejected')";
    parts.push(
      codeKind === 'frame'
        ? frame
        : codeKind === 'code'
          ? code
          : `(CASE (SELECT kind FROM codes WHERE id = @codeId) WHEN 'frame'
         THEN ${frame} ELSE ${code} END)`,
    );
    params.codeId = filters.codeId;
  }
  if (use('deniedCodeId')) {
    parts.push('a.id IN (SELECT article_id FROM frame_state WHERE code_id = @deniedCodeId AND denied = 1)');
    params.deniedCodeId = filters.deniedCodeId;
  }
  if (use('proposedCodeId')) {
    // Read from the (code_id, article_id) index. The unary + stops SQLite from fetching each proposed
    // article's row by id (half a second when a third of 100,000 are proposed): it scans the narrow
    // id index and tests membership instead, as it does for the frame filters.
    parts.push('+a.id IN (SELECT article_id FROM learned_proposals WHERE code_id = @proposedCodeId)');
    params.proposedCodeId = filters.proposedCodeId;
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** Runs a query that may hold an FTS5 search, turning FTS5's complaints into a sentence. */
export function withSearch<T>(filters: LibraryFilters, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = (error as Error).message;
    if (filters.search !== undefined && /fts5|syntax error|no such column|unterminated/i.test(message)) {
      throw new SearchSyntaxError(
        `The search "${filters.search}" is not valid search syntax (${message}). Use words, "exact phrases", OR, NOT and prefix*.`,
      );
    }
    throw error;
  }
}

/** Passages around the search matches in these articles, each match between U+E000 and U+E001 (private-use characters no article holds). */
export function searchSnippets(db: Db, search: string, ids: readonly number[]): Map<number, string> {
  const rows = withSearch({ search }, () =>
    statement(
      db,
      `SELECT rowid AS id, snippet(articles_fts, 1, char(57344), char(57345), '…', 24) AS snippet FROM articles_fts
       WHERE articles_fts MATCH @search AND rowid IN (SELECT value FROM json_each(@ids))`,
    ).all({ search, ids: JSON.stringify(ids) }),
  ) as { id: number; snippet: string }[];
  return new Map(rows.map((row) => [row.id, row.snippet]));
}

/** Direct quotes not rejected, per article (reported speech is not counted). */
export function quoteCounts(db: Db, ids: readonly number[]): Map<number, number> {
  const rows = statement(
    db,
    `SELECT article_id AS id, count(*) AS n FROM quotes
     WHERE article_id IN (SELECT value FROM json_each(?)) AND status != 'rejected' AND kind = 'direct'
     GROUP BY article_id`,
  ).all(JSON.stringify(ids)) as { id: number; n: number }[];
  return new Map(rows.map((row) => [row.id, row.n]));
}

/**
 * Analysis suggestions per article: how many need a person (`waiting`), how many analysis is sure of and
 * can be accepted in bulk (`sure`), and how many a person accepted or rejected (`reviewed`).
 */
export interface ReviewCount {
  waiting: number;
  sure: number;
  reviewed: number;
}

/**
 * Review counts per article over quotes and the frame evidence the analysis suggested. A quote needs a
 * person while it is suggested and its confidence is below `sure` (or unknown); frame evidence while it is
 * suggested, once per sentence, whatever number of frames it evidences (one item to review).
 */
export function reviewCounts(db: Db, ids: readonly number[], sure: number): Map<number, ReviewCount> {
  const rows = statement(
    db,
    `SELECT id, sum(waiting) AS waiting, sum(sure) AS sure, sum(reviewed) AS reviewed FROM (
       SELECT article_id AS id,
         status = 'suggested' AND coalesce(confidence < @sure, 1) AS waiting,
         status = 'suggested' AND coalesce(confidence >= @sure, 0) AS sure,
         status != 'suggested' AS reviewed
       FROM quotes
       WHERE article_id IN (SELECT value FROM json_each(@ids)) AND origin = 'auto'
       UNION ALL
       SELECT article_id, max(status = 'suggested'), 0, min(status != 'suggested') FROM annotations
       WHERE article_id IN (SELECT value FROM json_each(@ids)) AND origin = 'auto'
       GROUP BY article_id, start, end
     ) GROUP BY id`,
  ).all({ ids: JSON.stringify(ids), sure }) as {
    id: number;
    waiting: number;
    sure: number;
    reviewed: number;
  }[];
  return new Map(
    rows.map((row) => [row.id, { waiting: row.waiting, sure: row.sure, reviewed: row.reviewed }]),
  );
}

export interface ArticleFramePresence {
  article_id: number;
  code_id: number;
  name: string;
  color: string | null;
  /** Evidence sentences not rejected. */
  hits: number;
  denied: 0 | 1;
  is_primary: 0 | 1;
}

/** The frames present in each article by the decisions that count: asserted first (primary leading), then denied. */
export function framesPresent(db: Db, ids: readonly number[]): ArticleFramePresence[] {
  return statement(
    db,
    `SELECT d.article_id, c.id AS code_id, c.name, c.color, d.denied, d.is_primary,
       (SELECT count(*) FROM annotations an WHERE an.article_id = d.article_id AND an.code_id = d.code_id
          AND an.status != 'rejected') AS hits
     FROM frame_effective d JOIN codes c ON c.id = d.code_id
     WHERE d.article_id IN (SELECT value FROM json_each(?)) AND d.present = 1
     ORDER BY d.article_id, d.denied, d.is_primary DESC, d.salience DESC, c.id`,
  ).all(JSON.stringify(ids)) as ArticleFramePresence[];
}

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
 * Under a filter, the facets add up the matching articles' kept rows (migrations 022 and 024); with
 * only outlets chosen, the entities and speakers are sums of each outlet's kept rows instead
 * (migration 021), which are fewer than the outlets' articles.
 */
function filteredFacets(
  db: Db,
  filters: LibraryFilters,
  where: Where,
  codeKind: string | undefined,
  top: number,
): LibraryFacets {
  const matching = matchingOnce(db, filters, where, codeKind);
  const otherThanOutlets =
    filters.outlets === undefined ? undefined : whereOf(filters, ['outlets'], codeKind);
  const onlyOutlets = otherThanOutlets?.sql === '1';
  const kept = keptFacetCounts(db, matching, top, !onlyOutlets);
  const groups = kept.groups;
  const outletParams = { outlets: JSON.stringify(filters.outlets), top };
  return {
    outlets: outletsFacet(db, otherThanOutlets, groups),
    speakers: (onlyOutlets
      ? statement(db, OUTLET_SPEAKERS).all(outletParams)
      : kept.speakers!) as LibraryFacets['speakers'],
    entities: (onlyOutlets
      ? statement(db, OUTLET_ENTITIES).all(outletParams)
      : kept.entities!) as LibraryFacets['entities'],
    codes: kept.codes as LibraryFacets['codes'],
    ...datesFacet(statement(db, GROUPED_SPAN).get({ groups }) as Span, (length) =>
      statement(db, GROUPED_DATES).all({ groups, length }),
    ),
  };
}

/**
 * The outlets facet ignores the outlet filter, so the other outlets stay visible to add to the
 * selection: without one it sums the matching articles' groups; with one, it counts the articles
 * matching the other filters (`otherThanOutlets`), all of them when there are none.
 */
function outletsFacet(db: Db, otherThanOutlets: Where | undefined, groups: string): LibraryFacets['outlets'] {
  if (otherThanOutlets === undefined)
    return statement(db, GROUPED_OUTLETS).all({ groups }) as LibraryFacets['outlets'];
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
