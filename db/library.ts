import type { Db } from './open.ts';
import { liveRows } from './learned-generation.ts';
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
  /** A frame: undecided articles a model learned from the coders proposes it for (migration 016). */
  proposedCodeId?: number | undefined;
}

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
    parts.push(
      `+a.id IN (SELECT article_id FROM learned_proposals p WHERE code_id = @proposedCodeId AND ${liveRows('p')})`,
    );
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
