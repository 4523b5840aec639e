import type { Db } from './open.ts';
import type { ArticleSummary } from './articles.ts';

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
 * Full-text search with FTS5 syntax: words, "phrases", OR, NOT, prefix*. Title matches weigh
 * more than body matches.
 */
export function searchArticles(db: Db, query: string, options: SearchOptions = {}): SearchHit[] {
  const { limit = 50, mark = ['[', ']'] } = options;
  try {
    return db
      .prepare(
        `SELECT a.id, a.uid, a.title, a.outlet, a.published_at,
           bm25(articles_fts, 4.0, 1.0) AS rank,
           snippet(articles_fts, 1, @open, @close, '…', 24) AS snippet
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH @query
         ORDER BY rank LIMIT @limit`,
      )
      .all({ query, limit, open: mark[0], close: mark[1] }) as SearchHit[];
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
