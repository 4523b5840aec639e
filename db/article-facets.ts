import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { MatchingIds } from './facet-matching.ts';
import { warmTable } from './warm-pages.ts';

// The library's facets under a filter (issue 12), added up from each matching article's kept row
// (migrations 022, 025 and 026: the number of its outlet and day, its distinct entities, per speaker
// name the name's number, its quotes and highest entity, the frames it asserts and denies, the hand
// codes of its annotations) instead of counted from the mentions, quotes, frame states and
// annotations themselves. One row per matching article is read, whatever the filter, and every list
// in it is of numbers, counted digit by digit into typed arrays; the sums are those the counting
// queries gave (an article counts once per entity, name, frame and code it holds; a name's quotes add
// up; its entity is the highest of its quotes'), and the lists are named and ordered by SQLite as
// those queries ordered them.

/** The kept columns a facets call reads, each list's rows joined with commas. */
const COLUMNS = {
  outlets: 'group_concat(s.outlet_id) AS outlets',
  days: 'group_concat(s.day_id) AS days',
  entities: "group_concat(nullif(s.entities, '')) AS entities",
  speakers: "group_concat(nullif(s.names, '')) AS speakers",
  frames: "group_concat(nullif(s.frames, '')) AS frames",
  codes: "group_concat(nullif(s.codes, '')) AS codes",
};

/**
 * The matching articles' kept rows, looked up one by one by id (`ids`: `@ids`, a JSON array), read
 * whole with those of `@bits` (a byte per article id, 1 for a match) kept (`bits`), or, for a search
 * alone (`search`), in the order of the full-text index's matches for `@search`, each looked up by
 * its id. Reading every row in order costs about a seventh of looking one up by an id of a JSON
 * array (15 ms against 60 ms for 75,000 of 100,000, most of the lookups' time being spent finding
 * each id among the matching ones), so a broad filter reads them all; a byte of a blob is read in
 * constant time. A search's matches come in id order straight from its index: no list of ids is
 * made, no map of them, and only the matching rows are read (for 299,330 matches of a million,
 * 190 ms of CPU against 240 ms for the list, the map and the whole read).
 */
export type KeptRead = 'ids' | 'bits' | 'search';
export const KEPT_READ = (read: KeptRead, withPeople = true) => `
  SELECT ${[COLUMNS.outlets, COLUMNS.days, ...(withPeople ? [COLUMNS.entities, COLUMNS.speakers] : []), COLUMNS.frames, COLUMNS.codes].join(', ')}
  FROM ${
    read === 'search'
      ? 'articles_fts f CROSS JOIN article_facets s ON s.article_id = f.rowid WHERE articles_fts MATCH @search'
      : read === 'bits'
        ? "article_facets s WHERE substr(@bits, s.article_id + 1, 1) = x'01'"
        : 'article_facets s WHERE s.article_id IN (SELECT value FROM json_each(@ids))'
  }`;

/** Whether the kept rows are read whole: the matching articles are at least a tenth of them. */
export function readsWholeRows(matching: number, total: number): boolean {
  return matching * 10 >= total;
}

/**
 * A byte per article id up to the highest matching one, 1 for the matching ids of a JSON array;
 * none when an id reaches `limit` (ids far beyond the project's size, which only a file written
 * outside Framescope could hold, would make the map larger than the rows it spares reading).
 */
export function matchingBits(ids: string, limit: number): Buffer | undefined {
  let bits = new Uint8Array(1024);
  let highest = -1;
  let id = 0;
  let digits = false;
  for (let at = 0; at < ids.length; at++) {
    const code = ids.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      id = id * 10 + code - 48;
      digits = true;
      continue;
    }
    if (!digits) continue;
    if (id >= limit) return undefined;
    if (id >= bits.length) {
      const grown = new Uint8Array(Math.min(limit, Math.max(id + 1, bits.length * 2)));
      grown.set(bits);
      bits = grown;
    }
    bits[id] = 1;
    highest = Math.max(highest, id);
    id = 0;
    digits = false;
  }
  return Buffer.from(bits.buffer, 0, highest + 1);
}

/** A count per id: `counts[id]`, grown to hold `id`. */
function grown(counts: Int32Array, id: number): Int32Array {
  const larger = new Int32Array(Math.max(id + 1, counts.length * 2));
  larger.set(counts);
  return larger;
}

/** Counts per id, read digit by digit from comma-separated ids: `plus` for ids, `minus` for those after a minus sign. */
class Tally {
  plus: Int32Array = new Int32Array(1024);
  minus: Int32Array = new Int32Array(64);

  /** Adds every id of the list (each article's ids distinct, so a count is of articles). */
  add(list: string | null | undefined): this {
    if (!list) return this;
    if (!list.includes('-')) return this.addPlus(list);
    // Splitting four million ids into strings and counting them in a Map took several times as
    // long; so did keeping the arrays in fields while counting.
    let plus = this.plus;
    let minus = this.minus;
    let id = 0;
    let negative = false;
    const length = list.length;
    for (let at = 0; at <= length; at++) {
      const code = at < length ? list.charCodeAt(at) : 44;
      if (code >= 48) id = id * 10 + code - 48;
      else if (code === 45) negative = true;
      else {
        if (negative) {
          if (id >= minus.length) minus = grown(minus, id);
          minus[id]!++;
        } else {
          if (id >= plus.length) plus = grown(plus, id);
          plus[id]!++;
        }
        id = 0;
        negative = false;
      }
    }
    this.plus = plus;
    this.minus = minus;
    return this;
  }

  /**
   * A list without minus signs (entities, codes, outlets and days always): one test a character
   * fewer, about a third less time over the 3.6 million characters of 60,000 articles' entities.
   */
  private addPlus(list: string): this {
    let plus = this.plus;
    let id = 0;
    const length = list.length;
    for (let at = 0; at < length; at++) {
      const code = list.charCodeAt(at);
      if (code !== 44) id = id * 10 + code - 48;
      else {
        if (id >= plus.length) plus = grown(plus, id);
        plus[id]!++;
        id = 0;
      }
    }
    if (id >= plus.length) plus = grown(plus, id);
    plus[id]!++;
    this.plus = plus;
    return this;
  }

  /** `[id, count]` for every id counted, in id order. */
  static rows(counts: Int32Array): [number, number][] {
    const rows: [number, number][] = [];
    for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) rows.push([id, counts[id]!]);
    return rows;
  }
}

/** Per speaker name's number: articles, quotes and highest entity id (-1 for none). */
interface NameSums {
  articles: Int32Array;
  quotes: Int32Array;
  entity: Int32Array;
}

/** A sum per name's number, grown to hold `id`. */
function grownSums(sums: NameSums, id: number): NameSums {
  const length = Math.max(id + 1, sums.articles.length * 2);
  const entity = new Int32Array(length).fill(-1);
  entity.set(sums.entity);
  return { articles: grown(sums.articles, id), quotes: grown(sums.quotes, id), entity };
}

/**
 * Articles, quotes and highest entity per name's number over `number,quotes,entity` triples (one per
 * article and name, the entity -1 for none), read digit by digit as `Tally` reads ids.
 */
function sumNames(list: string | null | undefined): NameSums {
  let sums: NameSums = {
    articles: new Int32Array(256),
    quotes: new Int32Array(256),
    entity: new Int32Array(256).fill(-1),
  };
  if (!list) return sums;
  let { articles, quotes, entity } = sums;
  let value = 0;
  let negative = false;
  let field = 0;
  let name = 0;
  const length = list.length;
  for (let at = 0; at <= length; at++) {
    const code = at < length ? list.charCodeAt(at) : 44;
    if (code >= 48) value = value * 10 + code - 48;
    else if (code === 45) negative = true;
    else {
      if (field === 0) {
        name = value;
        if (name >= articles.length) {
          sums = grownSums({ articles, quotes, entity }, name);
          ({ articles, quotes, entity } = sums);
        }
        articles[name]!++;
      } else if (field === 1) quotes[name]! += value;
      else if (!negative && value > entity[name]!) entity[name] = value;
      field = field === 2 ? 0 : field + 1;
      value = 0;
      negative = false;
    }
  }
  return { articles, quotes, entity };
}

/**
 * The outlets facet from counted outlets' numbers (`@outlets`, `[number, articles]` rows; 0 for
 * none): most articles first, then by name, none first.
 */
export const OUTLETS_NAMED = `SELECT o.outlet, c.value ->> 1 AS articles FROM json_each(@outlets) c
  LEFT JOIN facet_outlets o ON o.id = c.value ->> 0 ORDER BY articles DESC, o.outlet`;

/** The first and last day of counted days' numbers (`@days`, `[number, articles]` rows). */
export const DAYS_SPAN = `SELECT min(d.day) AS first, max(d.day) AS last
  FROM json_each(@days) c JOIN facet_days d ON d.id = c.value ->> 0`;

/** The date histogram from counted days' numbers, by day (`@length` 10) or month (7). */
export const DAYS_NAMED = `SELECT substr(d.day, 1, @length) AS bucket, sum(c.value ->> 1) AS articles
  FROM json_each(@days) c JOIN facet_days d ON d.id = c.value ->> 0 GROUP BY bucket ORDER BY bucket`;

/** The statement that orders counted entities as the library lists them. */
export const ENTITIES_LISTED = `SELECT e.id, e.name, e.type, c.value ->> 1 AS articles FROM json_each(@counted) c
  JOIN entities e ON e.id = c.value ->> 0 ORDER BY articles DESC, e.name LIMIT @top`;

/** The statement that names and orders counted speakers as the library lists them. */
export const SPEAKERS_LISTED = `SELECT n.name, nullif(c.value ->> 3, -1) AS entity_id, c.value ->> 1 AS articles,
    c.value ->> 2 AS quotes
  FROM json_each(@counted) c JOIN facet_speaker_names n ON n.id = c.value ->> 0
  ORDER BY articles DESC, quotes DESC, n.name LIMIT @top`;

/**
 * The statement that lists counted codes as the library lists them, from `[id, articles, denied,
 * frame]` rows: a frame's row (frame 1) counts its articles asserting and denying it, whatever the
 * code's kind; a code's row (frame 0) its articles with an annotation of it, for hand codes only
 * (as the kept lists hold them). A code with both has them summed.
 */
export const CODES_LISTED = `SELECT c.id, c.name, c.kind, c.color, sum(t.value ->> 1) AS articles, sum(t.value ->> 2) AS denied
  FROM json_each(@counted) t JOIN codes c ON c.id = t.value ->> 0
  WHERE t.value ->> 3 = 1 OR c.kind = 'code'
  GROUP BY c.id ORDER BY articles DESC, denied DESC, c.name`;

/**
 * Rows whose count can enter a list of `top` ordered by count first: those at or above the
 * `top`-th highest count (ties with it are ordered by name, so all of them are kept).
 */
export function entering<T>(rows: T[], count: (row: T) => number, top: number): T[] {
  if (top < 1) return [];
  if (rows.length <= top) return rows;
  // A typed array sorts numbers natively: a comparator over 50,000 counts took 30 ms.
  const counts = Int32Array.from(rows, count).sort();
  const last = counts[counts.length - top]!;
  return rows.filter((row) => count(row) >= last);
}

/** What the matching articles' kept rows add up to. */
export interface KeptFacets {
  /** Left out when the call asked for no entities and speakers. */
  entities?: unknown[];
  speakers?: unknown[];
  codes: unknown[];
  /** The matching articles per outlet's number (0 for none), `[number, articles]` rows as JSON. */
  outlets: string;
  /** The matching dated articles per day's number, `[number, articles]` rows as JSON. */
  days: string;
  /** The matching articles without a date. */
  undated: number;
}

interface KeptLists {
  outlets: string | null;
  days: string | null;
  entities?: string | null;
  speakers?: string | null;
  frames: string | null;
  codes: string | null;
}

/** The matching articles' kept lists, read whole, looked up by id or found by a search, whichever reads less. */
function keptLists(db: Db, matching: MatchingIds, withPeople: boolean): KeptLists {
  // A fiftieth of the articles or more has a row on most pages of the table (about 86 rows a page
  // at a million): its pages are read ahead, several at a time, while SQLite reads them in order.
  if (matching.n * 50 >= matching.total) warmTable(db, 'article_facets');
  if ('search' in matching)
    return statement(db, KEPT_READ('search', withPeople)).get({ search: matching.search }) as KeptLists;
  const bits = readsWholeRows(matching.n, matching.total)
    ? matchingBits(matching.ids, Math.max(1 << 20, matching.total * 4))
    : undefined;
  return statement(db, KEPT_READ(bits ? 'bits' : 'ids', withPeople)).get(
    bits ? { bits } : { ids: matching.ids },
  ) as KeptLists;
}

/** The codes facet from the kept frames and codes lists. */
function listCodes(db: Db, lists: KeptLists): unknown[] {
  const frames = new Tally().add(lists.frames);
  const asserted = Tally.rows(frames.plus);
  const denied = new Map(Tally.rows(frames.minus));
  const counted = [
    ...asserted.map(([id, n]) => [id, n, denied.get(id) ?? 0, 1]),
    ...[...denied].filter(([id]) => !frames.plus[id]).map(([id, n]) => [id, 0, n, 1]),
    ...Tally.rows(new Tally().add(lists.codes).plus).map(([id, n]) => [id, n, 0, 0]),
  ];
  return statement(db, CODES_LISTED).all({ counted: JSON.stringify(counted) });
}

/** The entities and speakers facets from the kept lists: the `top` of each. */
function listPeople(db: Db, lists: KeptLists, top: number): Pick<KeptFacets, 'entities' | 'speakers'> {
  const entities = entering(Tally.rows(new Tally().add(lists.entities).plus), ([, n]) => n, top);
  const names = sumNames(lists.speakers);
  const counted: [number, number, number, number][] = [];
  for (let id = 0; id < names.articles.length; id++)
    if (names.articles[id]! > 0)
      counted.push([id, names.articles[id]!, names.quotes[id]!, names.entity[id]!]);
  const speakers = entering(counted, ([, n]) => n, top);
  return {
    entities: statement(db, ENTITIES_LISTED).all({ counted: JSON.stringify(entities), top }),
    speakers: statement(db, SPEAKERS_LISTED).all({ counted: JSON.stringify(speakers), top }),
  };
}

/**
 * The facets over the matching articles from their kept rows: the codes (frames asserted and
 * denied, hand codes), the articles per outlet and per day, and unless `withPeople` is false the `top`
 * entities by articles (ties by name) and the `top` speaker names by articles, then quotes, then name.
 */
export function keptFacetCounts(db: Db, matching: MatchingIds, top: number, withPeople = true): KeptFacets {
  const lists = keptLists(db, matching, withPeople);
  const days = new Tally().add(lists.days);
  return {
    ...(withPeople ? listPeople(db, lists, top) : {}),
    codes: listCodes(db, lists),
    outlets: JSON.stringify(Tally.rows(new Tally().add(lists.outlets).plus)),
    days: JSON.stringify(Tally.rows(days.plus).filter(([id]) => id !== 0)),
    undated: days.plus[0]!,
  };
}
