import type { Database } from 'better-sqlite3';

/**
 * The ids of the articles with kept facet rows in `parts` ranges of ids, for a migration that fills
 * a part at a time and says how far it got; none for a project without articles.
 */
export function facetArticleRanges(db: Database, parts: number): { from: number; to: number }[] {
  const { low, high } = db
    .prepare('SELECT min(article_id) AS low, max(article_id) AS high FROM article_facets')
    .get() as { low: number | null; high: number | null };
  if (low === null || high === null) return [];
  const step = Math.ceil((high - low + 1) / parts);
  return Array.from({ length: parts }, (_, part) => {
    const from = low + part * step;
    return { from, to: Math.min(high, from + step - 1) };
  });
}
