import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { SearchSyntaxError } from './search.ts';

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
}

export type LibrarySort = 'id' | 'title' | 'outlet' | 'published' | 'words' | 'relevance';

interface Where {
  sql: string;
  params: Record<string, unknown>;
}

/** The WHERE clause over `articles a` for these filters, leaving out the dimensions named in `omit`. */
function whereOf(filters: LibraryFilters, omit: readonly (keyof LibraryFilters)[] = []): Where {
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
    parts.push(`a.id IN (SELECT q.article_id FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
      WHERE q.status != 'rejected' AND q.kind = 'direct'
        AND coalesce(e.name, q.speaker_text) = @speaker)`);
    params.speaker = filters.speaker;
  }
  if (use('codeId')) {
    parts.push(
      `(CASE (SELECT kind FROM codes WHERE id = @codeId) WHEN 'frame'
         THEN a.id IN (SELECT article_id FROM effective_frame_decisions
                       WHERE code_id = @codeId AND present = 1 AND denied = 0)
         ELSE a.id IN (SELECT article_id FROM annotations WHERE code_id = @codeId AND status != 'rejected') END)`,
    );
    params.codeId = filters.codeId;
  }
  if (use('deniedCodeId')) {
    parts.push(
      'a.id IN (SELECT article_id FROM effective_frame_decisions WHERE code_id = @deniedCodeId AND present = 1 AND denied = 1)',
    );
    params.deniedCodeId = filters.deniedCodeId;
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** Runs a query that may hold an FTS5 search, turning FTS5's complaints into a sentence. */
function withSearch<T>(filters: LibraryFilters, run: () => T): T {
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

export interface LibraryRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  word_count: number;
  analyzed_at: string | null;
}

const ORDER_BY: Record<Exclude<LibrarySort, 'relevance'>, string[]> = {
  id: ['a.id'],
  title: ['a.title COLLATE NOCASE', 'a.id'],
  outlet: ['a.outlet COLLATE NOCASE', 'a.id'],
  published: ['a.published_at', 'a.id'],
  words: ['a.word_count', 'a.id'],
};

export interface PageOptions {
  sort: LibrarySort;
  descending: boolean;
  offset: number;
  limit: number;
}

/** One page of the articles matching the filters, and how many match in all. */
export function libraryPage(
  db: Db,
  filters: LibraryFilters,
  page: PageOptions,
): { total: number; rows: LibraryRow[] } {
  return withSearch(filters, () => {
    const where = whereOf(filters);
    const total = statement(db, `SELECT count(*) FROM articles a WHERE ${where.sql}`)
      .pluck()
      .get(where.params) as number;
    const columns = 'a.id, a.title, a.outlet, a.published_at, a.word_count, a.analyzed_at';
    const direction = page.descending ? 'DESC' : 'ASC';
    const params = { ...where.params, limit: page.limit, offset: page.offset };
    let rows: LibraryRow[];
    if (page.sort === 'relevance' && filters.search !== undefined) {
      const rest = whereOf(filters, ['search']);
      rows = statement(
        db,
        `SELECT ${columns} FROM (SELECT rowid, rank FROM articles_fts
           WHERE articles_fts MATCH @search AND rank MATCH 'bm25(4.0, 1.0)') f
         JOIN articles a ON a.id = f.rowid WHERE ${rest.sql}
         ORDER BY f.rank ${page.descending ? 'DESC' : 'ASC'}, a.id LIMIT @limit OFFSET @offset`,
      ).all({
        ...rest.params,
        search: filters.search,
        limit: page.limit,
        offset: page.offset,
      }) as LibraryRow[];
    } else {
      const order = ORDER_BY[page.sort === 'relevance' ? 'id' : page.sort]
        .map((term) => `${term} ${direction}`)
        .join(', ');
      rows = statement(
        db,
        `SELECT ${columns} FROM articles a WHERE ${where.sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      ).all(params) as LibraryRow[];
    }
    return { total, rows };
  });
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
     FROM effective_frame_decisions d JOIN codes c ON c.id = d.code_id
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
  return withSearch(filters, () => {
    const where = whereOf(filters);
    const matching = `SELECT a.id FROM articles a WHERE ${where.sql}`;
    const byOutlet = whereOf(filters, ['outlets']);
    const outlets = statement(
      db,
      `SELECT a.outlet, count(*) AS articles FROM articles a WHERE ${byOutlet.sql}
       GROUP BY a.outlet ORDER BY articles DESC, a.outlet`,
    ).all(byOutlet.params) as LibraryFacets['outlets'];
    const speakers = statement(
      db,
      `SELECT coalesce(e.name, q.speaker_text) AS name, max(q.speaker_entity_id) AS entity_id,
         count(DISTINCT q.article_id) AS articles, count(*) AS quotes
       FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
       WHERE q.status != 'rejected' AND q.kind = 'direct' AND coalesce(e.name, q.speaker_text) IS NOT NULL
         AND q.article_id IN (${matching})
       GROUP BY 1 ORDER BY articles DESC, quotes DESC, name LIMIT @top`,
    ).all({ ...where.params, top }) as LibraryFacets['speakers'];
    const entities = statement(
      db,
      `SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS articles
       FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id IN (${matching})
       GROUP BY e.id ORDER BY articles DESC, e.name LIMIT @top`,
    ).all({ ...where.params, top }) as LibraryFacets['entities'];
    const codes = statement(
      db,
      `SELECT id, name, kind, color, sum(articles) AS articles, sum(denied) AS denied FROM (
         SELECT c.id, c.name, c.kind, c.color, count(DISTINCT an.article_id) AS articles, 0 AS denied
         FROM annotations an JOIN codes c ON c.id = an.code_id
         WHERE c.kind = 'code' AND an.status != 'rejected' AND an.article_id IN (${matching})
         GROUP BY c.id
         UNION ALL
         SELECT c.id, c.name, c.kind, c.color, sum(d.denied = 0), sum(d.denied = 1)
         FROM effective_frame_decisions d JOIN codes c ON c.id = d.code_id
         WHERE d.present = 1 AND d.article_id IN (${matching})
         GROUP BY c.id
       ) GROUP BY id ORDER BY articles DESC, denied DESC, name`,
    ).all(where.params) as LibraryFacets['codes'];
    const span = statement(
      db,
      `SELECT min(a.published_at) AS first, max(a.published_at) AS last, sum(a.published_at IS NULL) AS undated
       FROM articles a WHERE ${where.sql}`,
    ).get(where.params) as { first: string | null; last: string | null; undated: number | null };
    const days =
      span.first && span.last
        ? (Date.parse(span.last.slice(0, 10)) - Date.parse(span.first.slice(0, 10))) / 864e5
        : 0;
    // Up to three months show day by day; longer spans by month, so a histogram stays readable.
    const bucket = days <= 92 ? 'day' : 'month';
    const dates = statement(
      db,
      `SELECT substr(a.published_at, 1, @length) AS bucket, count(*) AS articles FROM articles a
       WHERE ${where.sql} AND a.published_at IS NOT NULL GROUP BY bucket ORDER BY bucket`,
    ).all({ ...where.params, length: bucket === 'day' ? 10 : 7 }) as LibraryFacets['dates'];
    return { outlets, speakers, entities, codes, dates, undated: span.undated ?? 0, bucket };
  });
}
