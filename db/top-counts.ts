import type { Db } from './open.ts';
import { statement } from './statements.ts';

// The library's entities and speakers facets under a broad filter (issue 12) show the `top` most
// frequent over the matching articles. Counting every entity meant reading all 14 million mentions
// of a million-article project for a search matching 300,000 (7 s). An entity can match no more
// articles than it has in all (its kept count, migrations 011 and 015), so the entities are
// counted from the most used down, and the counting stops as soon as the next entity's count in
// all is below the `top`-th count found: neither it nor any after it can enter the list or tie
// with its last. The list is then ordered as the full count orders it, so the answer is the same.

/** The running `top`-th highest count: whether one with at most `bound` can still enter or tie. */
class Threshold {
  private readonly counts: number[] = [];
  private readonly top: number;
  constructor(top: number) {
    this.top = top;
  }
  add(count: number): void {
    if (count <= 0) return;
    let at = this.counts.length;
    while (at > 0 && this.counts[at - 1]! < count) at--;
    this.counts.splice(at, 0, count);
    if (this.counts.length > this.top) this.counts.pop();
  }
  reachable(bound: number): boolean {
    return this.counts.length < this.top || bound >= this.counts[this.top - 1]!;
  }
}

/**
 * The rows' counts, read from the largest bound (count in all) down and stopped as soon as no later
 * row can enter or tie the `top`: `count` gives a row's count here and what to keep of it (or null).
 */
function countDown<R extends { bound: number }, T>(
  rows: Iterable<R>,
  top: number,
  count: (row: R) => { articles: number; kept: T | null },
): T[] {
  const threshold = new Threshold(top);
  const kept: T[] = [];
  for (const row of rows) {
    // Leaving the loop ends the statement: the rows after are never counted.
    if (!threshold.reachable(row.bound)) break;
    const counted = count(row);
    threshold.add(counted.articles);
    if (counted.kept) kept.push(counted.kept);
  }
  return kept;
}

/** Each entity by its articles in all, most first, with its articles among the matching ones (`matching` a subquery of their ids). */
export const ENTITIES_BY_USE = (matching: string) => `
  SELECT u.entity_id AS id, u.articles AS bound,
    (SELECT count(*) FROM (SELECT DISTINCT m.article_id FROM mentions m INDEXED BY mentions_entity_article
       WHERE m.entity_id = u.entity_id AND +m.article_id IN (${matching}))) AS articles
  FROM entity_use u INDEXED BY entity_use_articles WHERE u.articles > 0 ORDER BY u.articles DESC`;

/** Articles per entity over the matching articles, the `top` most mentioned first; ties by name. */
export function topEntities(
  db: Db,
  matching: string,
  params: Record<string, unknown>,
  top: number,
): unknown[] {
  const rows = statement(db, ENTITIES_BY_USE(matching)).iterate(params) as Iterable<{
    id: number;
    bound: number;
    articles: number;
  }>;
  const counted = countDown(rows, top, (row) => ({
    articles: row.articles,
    kept: row.articles > 0 ? [row.id, row.articles] : null,
  }));
  return statement(
    db,
    `SELECT e.id, e.name, e.type, c.value ->> 1 AS articles FROM json_each(@counted) c
     JOIN entities e ON e.id = c.value ->> 0 ORDER BY articles DESC, e.name LIMIT @top`,
  ).all({ counted: JSON.stringify(counted), top });
}

/** Each speaker name by its articles in all, most first, with its articles, quotes and highest entity among the matching ones. */
export const SPEAKERS_BY_USE = (matching: string) => `
  SELECT s.name, s.articles AS bound,
    (SELECT json_array(count(DISTINCT k.article_id), count(*), max(k.entity_id)) FROM quote_speaker k
     WHERE k.name = s.name AND +k.article_id IN (${matching})) AS counts
  FROM speaker_use s INDEXED BY speaker_use_articles WHERE s.articles > 0 ORDER BY s.articles DESC`;

/**
 * Quotes and articles per speaker name over the matching articles (from `quote_speaker`, each
 * counted quote with its shown name), the `top` with most articles first, then most quotes.
 */
export function topSpeakers(
  db: Db,
  matching: string,
  params: Record<string, unknown>,
  top: number,
): unknown[] {
  const rows = statement(db, SPEAKERS_BY_USE(matching)).iterate(params) as Iterable<{
    name: string;
    bound: number;
    counts: string;
  }>;
  // Ordered by articles first: a name with fewer articles in all than the last one listed has fewer
  // here too, whatever its quotes.
  const counted = countDown(rows, top, (row) => {
    const [articles, quotes, entityId] = JSON.parse(row.counts) as [number, number, number | null];
    return { articles, kept: quotes > 0 ? [row.name, articles, quotes, entityId] : null };
  });
  return statement(
    db,
    `SELECT c.value ->> 0 AS name, c.value ->> 3 AS entity_id, c.value ->> 1 AS articles, c.value ->> 2 AS quotes
     FROM json_each(@counted) c ORDER BY articles DESC, quotes DESC, name LIMIT @top`,
  ).all({ counted: JSON.stringify(counted), top });
}
