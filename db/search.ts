import type { Db } from './open.ts';
import type { ArticleSummary } from './articles.ts';
import { statement } from './statements.ts';

export interface SearchHit extends Pick<ArticleSummary, 'id' | 'uid' | 'title' | 'outlet' | 'published_at'> {
  /** bm25 rank: lower is better. */
  rank: number;
  /** A passage of the text around the matches, each match between `mark[0]` and `mark[1]`. */
  snippet: string;
}

export interface SearchOptions {
  limit?: number;
  mark?: readonly [string, string];
}

/** Thrown for a query that FTS5 cannot parse; the message is for the person who typed it. */
export class SearchSyntaxError extends Error {
  override name = 'SearchSyntaxError';
}

/**
 * Full-text search with FTS5 syntax: words, "phrases", OR, NOT, prefix*, best first (BM25,
 * title matches weighing four times body matches).
 */
export function searchArticles(db: Db, query: string, options: SearchOptions = {}): SearchHit[] {
  const { limit = 50, mark = ['[', ']'] } = options;
  try {
    // ORDER BY FTS5's own rank column lets FTS5 sort, so snippets are made for the rows returned
    // only; an ORDER BY over a join would make one for every match (seconds on a large project).
    const hits = statement(
      db,
      `SELECT a.id, a.uid, a.title, a.outlet, a.published_at, hit.rank, hit.snippet
       FROM (SELECT rowid, rank, snippet(articles_fts, 1, @open, @close, '…', 24) AS snippet
             FROM articles_fts
             WHERE articles_fts MATCH @query AND rank MATCH 'bm25(4.0, 1.0)'
             ORDER BY rank LIMIT @limit) AS hit
       JOIN articles a ON a.id = hit.rowid
       ORDER BY hit.rank`,
    ).all({ query, limit, open: mark[0], close: mark[1] }) as SearchHit[];
    // A snippet may span paragraphs; it is shown as one line.
    for (const hit of hits) hit.snippet = hit.snippet.replace(/\s*\n+\s*/g, ' ');
    return hits;
  } catch (error) {
    const message = (error as Error).message;
    if (/fts5|syntax error|no such column|unterminated/i.test(message)) {
      throw new SearchSyntaxError(
        `The search "${query}" is not valid search syntax (${message}). Use words, "exact phrases", OR, NOT and prefix*.`,
      );
    }
    throw error;
  }
}

/**
 * The ids, in order, of the articles whose title or text the FTS5 query matches: a prefilter, so a
 * scan of every text reads only the ones that can hold what it looks for. The query is built by code
 * (core/analyze/cue-prefilter.ts), not typed by a person.
 */
export function articleIdsMatching(db: Db, query: string): number[] {
  return statement(db, 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(query) as number[];
}
