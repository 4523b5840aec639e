import type { Db } from './open.ts';
import { statement } from './statements.ts';

// The library's entities, speakers, outlets and dates facets under a filter (issue 12), added up from each
// matching article's kept row (migration 022: its outlet and day, its distinct entities, and per
// speaker name its quotes and highest entity) instead of counted from the mentions and quotes themselves. One row
// per matching article is read, whatever the filter; the sums are those the counting queries gave
// (an article counts once per entity and name it holds; a name's quotes add up; its entity is the
// highest of its quotes'), and the lists are ordered by SQLite as those queries ordered them.

/**
 * The matching articles' outlets and days (their JSON texts, separated by U+001E, which JSON
 * escapes inside a string, so no outlet's name can hold it), entity ids and speaker rows.
 */
export const KEPT_READ = (matching: string) => `
  SELECT group_concat(s.outlet_day, char(30)) AS groups, group_concat(nullif(s.entities, '')) AS entities,
    group_concat(nullif(s.speakers, '')) AS speakers
  FROM article_facets s WHERE s.article_id IN (${matching})`;

/** Articles per outlet and day as the facets' groups: `[outlet, day, articles]` rows as JSON. */
function countGroups(list: string | null): string {
  const counts = new Map<string, number>();
  if (list) for (const key of list.split('\u001e')) counts.set(key, (counts.get(key) ?? 0) + 1);
  return `[${[...counts].map(([key, n]) => `${key.slice(0, -1)},${n}]`).join(',')}]`;
}

/** Articles per entity id in a comma-separated list of ids (each article's ids distinct). */
function countIds(list: string | null, highest: number): [number, number][] {
  if (!list) return [];
  let counts = new Int32Array(highest + 1);
  // Read digit by digit into an array by id: splitting four million ids into strings and counting
  // them in a Map took several times as long.
  let id = 0;
  for (let at = 0; at <= list.length; at++) {
    const code = at < list.length ? list.charCodeAt(at) : 44;
    if (code !== 44) {
      id = id * 10 + code - 48;
      continue;
    }
    if (id >= counts.length) {
      const grown = new Int32Array(id * 2);
      grown.set(counts);
      counts = grown;
    }
    counts[id]!++;
    id = 0;
  }
  const rows: [number, number][] = [];
  counts.forEach((n, entityId) => {
    if (n > 0) rows.push([entityId, n]);
  });
  return rows;
}

interface SpeakerSum {
  articles: number;
  quotes: number;
  entityId: number | null;
}

/** Articles, quotes and highest entity per name over `[name, quotes, entity]` rows (one per article and name). */
function sumSpeakers(list: string | null): Map<string, SpeakerSum> {
  const sums = new Map<string, SpeakerSum>();
  if (!list) return sums;
  for (const [name, quotes, entityId] of JSON.parse(`[${list}]`) as [string, number, number | null][]) {
    const sum = sums.get(name);
    if (!sum) sums.set(name, { articles: 1, quotes, entityId });
    else {
      sum.articles++;
      sum.quotes += quotes;
      if (entityId !== null && (sum.entityId === null || entityId > sum.entityId)) sum.entityId = entityId;
    }
  }
  return sums;
}

/** The statement that orders counted entities as the library lists them. */
const ENTITIES_LISTED = `SELECT e.id, e.name, e.type, c.value ->> 1 AS articles FROM json_each(@counted) c
  JOIN entities e ON e.id = c.value ->> 0 ORDER BY articles DESC, e.name LIMIT @top`;

/** The statement that orders counted speakers as the library lists them. */
const SPEAKERS_LISTED = `SELECT c.value ->> 0 AS name, c.value ->> 3 AS entity_id, c.value ->> 1 AS articles,
    c.value ->> 2 AS quotes
  FROM json_each(@counted) c ORDER BY articles DESC, quotes DESC, name LIMIT @top`;

/**
 * Rows whose count can enter a list of `top` ordered by count first: those at or above the
 * `top`-th highest count (ties with it are ordered by name, so all of them are kept).
 */
function entering<T>(rows: T[], count: (row: T) => number, top: number): T[] {
  if (top < 1) return [];
  if (rows.length <= top) return rows;
  const counts = rows.map(count).sort((a, b) => b - a);
  const last = counts[top - 1]!;
  return rows.filter((row) => count(row) >= last);
}

/** What the matching articles' kept rows add up to. */
export interface KeptFacets {
  entities: unknown[];
  speakers: unknown[];
  /** The matching articles per outlet and day, `[outlet, day, articles]` rows as JSON. */
  groups: string;
}

/**
 * The entities and speakers facets over the matching articles (`matching` a subquery of their
 * ids, with its parameters): the `top` entities by articles (ties by name) and the `top`
 * speaker names by articles, then quotes, then name; and the articles per outlet and day.
 */
export function keptFacetCounts(
  db: Db,
  matching: string,
  params: Record<string, unknown>,
  top: number,
): KeptFacets {
  const read = statement(db, KEPT_READ(matching)).get(params) as {
    groups: string | null;
    entities: string | null;
    speakers: string | null;
  };
  const { highest } = statement(db, 'SELECT coalesce(max(id), 0) AS highest FROM entities').get() as {
    highest: number;
  };
  const entities = entering(countIds(read.entities, highest), ([, articles]) => articles, top);
  const speakers = entering([...sumSpeakers(read.speakers)], ([, sum]) => sum.articles, top).map(
    ([name, sum]) => [name, sum.articles, sum.quotes, sum.entityId],
  );
  return {
    entities: statement(db, ENTITIES_LISTED).all({ counted: JSON.stringify(entities), top }),
    speakers: statement(db, SPEAKERS_LISTED).all({ counted: JSON.stringify(speakers), top }),
    groups: countGroups(read.groups),
  };
}
