import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { LibraryFilters } from './library.ts';
import {
  CODES_LISTED,
  ENTITIES_LISTED,
  SPEAKERS_LISTED,
  entering,
  type KeptFacets,
} from './article-facets.ts';

// The library's facets under a frame filter alone (issue 12), from the sums each frame keeps of its
// articles' kept rows (migration 031) instead of those rows: a few thousand rows read for a frame
// asserted in 600,000 articles of a million. The sums are those db/article-facets.ts adds up from the
// rows, listed by the same statements, so the answers are the same.

/**
 * The frame whose sums answer these filters (its code id, negative when denied), when a frame
 * asserted or denied is the only filter set.
 */
export function frameAlone(filters: LibraryFilters, codeKind: string | undefined): number | undefined {
  const set = (Object.keys(filters) as (keyof LibraryFilters)[]).filter((key) => filters[key] !== undefined);
  if (set.length !== 1) return undefined;
  if (set[0] === 'codeId' && codeKind === 'frame') return filters.codeId;
  if (set[0] === 'deniedCodeId') return -filters.deniedCodeId!;
  return undefined;
}

/** One kept sum: `kind` as migration 031 numbers them. */
interface Sum {
  kind: number;
  item: number;
  entity: number;
  articles: number;
  quotes: number;
}

const ENTITY = 1;
const NAME = 2;
const OUTLET = 3;
const DAY = 4;
const FRAME = 5;
const CODE = 6;

/** A frame's sums that count something, by kind and item (then entity) as kept. */
const FRAME_SUMS = `SELECT kind, item, entity, articles, quotes FROM frame_facet_sums
  WHERE frame = @frame AND articles > 0 ORDER BY kind, item, entity`;

/** Per speaker name: articles and quotes summed over its entities, and its highest entity (-1 for none). */
function speakerRows(sums: Sum[]): [number, number, number, number][] {
  const rows: [number, number, number, number][] = [];
  for (const sum of sums) {
    const last = rows[rows.length - 1];
    if (last && last[0] === sum.item) {
      last[1] += sum.articles;
      last[2] += sum.quotes;
      last[3] = Math.max(last[3], sum.entity);
    } else rows.push([sum.item, sum.articles, sum.quotes, sum.entity]);
  }
  return rows;
}

/**
 * The facets of the articles where `frame` is asserted (or denied, when negative), as
 * `keptFacetCounts` gives them for those articles: the `top` entities and speaker names, the codes,
 * and the articles per outlet and per day.
 */
export function frameFacetCounts(db: Db, frame: number, top: number): KeptFacets {
  const sums = statement(db, FRAME_SUMS).all({ frame }) as Sum[];
  const of = (kind: number) => sums.filter((sum) => sum.kind === kind);
  const entities = entering(
    of(ENTITY).map((sum) => [sum.item, sum.articles]),
    ([, n]) => n!,
    top,
  );
  const speakers = entering(speakerRows(of(NAME)), ([, n]) => n, top);
  const frames = of(FRAME);
  const denied = new Map(frames.filter((sum) => sum.item < 0).map((sum) => [-sum.item, sum.articles]));
  const asserted = frames.filter((sum) => sum.item > 0);
  const assertedIds = new Set(asserted.map((sum) => sum.item));
  // In the order db/article-facets.ts lists them: asserted frames, frames only denied, then codes.
  const counted = [
    ...asserted.map((sum) => [sum.item, sum.articles, denied.get(sum.item) ?? 0, 1]),
    ...[...denied]
      .filter(([id]) => !assertedIds.has(id))
      .sort(([a], [b]) => a - b)
      .map(([id, n]) => [id, 0, n, 1]),
    ...of(CODE).map((sum) => [sum.item, sum.articles, 0, 0]),
  ];
  const days = of(DAY);
  return {
    entities: statement(db, ENTITIES_LISTED).all({ counted: JSON.stringify(entities), top }),
    speakers: statement(db, SPEAKERS_LISTED).all({ counted: JSON.stringify(speakers), top }),
    codes: statement(db, CODES_LISTED).all({ counted: JSON.stringify(counted) }),
    outlets: JSON.stringify(of(OUTLET).map((sum) => [sum.item, sum.articles])),
    days: JSON.stringify(days.filter((sum) => sum.item !== 0).map((sum) => [sum.item, sum.articles])),
    undated: days.find((sum) => sum.item === 0)?.articles ?? 0,
  };
}
