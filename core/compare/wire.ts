import { creditedAgency } from '../../nlp/wire-credit.ts';
import { sortedFingerprints } from './fingerprint.ts';
import { PairCounts, pairCounter, passageIndex } from './wire-index.ts';
import { dayOf } from './dates.ts';
import { atOnce, STEP_ARTICLES, type Steps } from './steps.ts';

// Shared wire copy among a set of articles: pairs that share wording, found through an index of
// fingerprints (only articles sharing a few fingerprints are compared), with the share of the
// shorter article they have in common. A pair above `reprintShare` is mostly the same text: one
// article is a reprint of the other, and the likely source is the earlier one, or on the same day
// (or without dates) the longer one, since reprints are usually cut, or else the one imported first.
// When either text credits a news agency ("(Reuters) -", "Source: AFP", "/TASS/"), that agency is
// the source of the copy; the earlier article still stands for it in the figures.

export interface WireArticle {
  id: number;
  outlet: string | null;
  published_at: string | null;
  text: string;
  word_count: number;
}

export interface WirePair {
  /** The likely source and the article that repeats it. */
  sourceId: number;
  copyId: number;
  sourceOutlet: string | null;
  copyOutlet: string | null;
  /** Share of the shorter article's wording found in the other (0..1). */
  share: number;
  /** Mostly the same wire text: share at least `reprintShare`. */
  reprint: boolean;
  /** Why `sourceId` is taken for the source. */
  sourceBy: 'date' | 'length' | 'import order';
  /** The news agency the texts credit, when one does: the copy's source, whoever printed it first. */
  agency: string | null;
}

export interface WireOptions {
  /** Pairs sharing less than this are not listed. Default 0.2. */
  minShare?: number;
  /** Pairs sharing at least this are reprints. Default 0.6. */
  reprintShare?: number;
}

/** `printsOf` gives an article's sorted fingerprints (Compare passes the project's kept ones). */
export function findWirePairs(
  articles: readonly WireArticle[],
  options: WireOptions = {},
  printsOf: (article: WireArticle) => Uint32Array = (article) => sortedFingerprints(article.text),
): WirePair[] {
  return atOnce(wirePairSteps(articles, options, printsOf)).slice();
}

/** `findWirePairs` as steps: fingerprints read (or hashed), then pairs counted, article by article. */
export function* wirePairSteps(
  articles: readonly WireArticle[],
  options: WireOptions = {},
  printsOf: (article: WireArticle) => Uint32Array = (article) => sortedFingerprints(article.text),
): Steps<WirePairList> {
  const minShare = options.minShare ?? 0.2;
  const reprintShare = options.reprintShare ?? 0.6;
  const prints: Uint32Array[] = [];
  for (const article of articles) {
    if (prints.length % STEP_ARTICLES === 0)
      yield { label: 'Reading wire fingerprints', done: prints.length, total: articles.length };
    prints.push(printsOf(article));
  }
  yield { label: 'Pairing wire copy', done: 0, total: articles.length };
  const index = passageIndex(prints);
  const pairFrom = pairCounter(index, minShare);
  const found = new PairCounts();
  // The hot loop is a plain function, run a slice of articles at a time: a loop inside a generator
  // measured up to a third slower (on the loaded shared machine).
  const n = articles.length;
  for (let a = 0; a < n; a += STEP_ARTICLES) {
    if (a > 0) yield { label: 'Pairing wire copy', done: a, total: n };
    pairFrom(a, Math.min(n, a + STEP_ARTICLES), found);
  }
  return wirePairsOf(articles, index.lengths, found, reprintShare);
}

/**
 * The pairs of a selection, most shared first, then by source and copy (`byShare`). Held in typed
 * arrays and made objects only when read: a search of thousands of articles has hundreds of
 * thousands of pairs, of which Compare shows a page and discounts the reprints.
 */
export class WirePairList {
  readonly length: number;
  /** Each place in the list: the pair's number for `make`. */
  private readonly order: Uint32Array;
  private readonly make: (pair: number) => WirePair;
  /** Whether each pair (by number) is a reprint. */
  private readonly reprint: Uint8Array;
  private readonly made: (WirePair | undefined)[];

  constructor(order: Uint32Array, make: (pair: number) => WirePair, reprint: Uint8Array) {
    this.order = order;
    this.make = make;
    this.reprint = reprint;
    this.length = order.length;
    this.made = new Array<WirePair | undefined>(order.length);
  }

  /** The pair at `place`, made once. */
  at(place: number): WirePair | undefined {
    if (place < 0 || place >= this.length) return undefined;
    return (this.made[place] ??= this.make(this.order[place]!));
  }

  /** The pairs from `from` up to `to`, as Array.prototype.slice gives them (no negative places). */
  slice(from = 0, to = this.length): WirePair[] {
    const end = Math.min(to, this.length);
    const pairs: WirePair[] = [];
    for (let place = Math.max(0, from); place < end; place++) pairs.push(this.at(place)!);
    return pairs;
  }

  /** The reprints, in the list's order. */
  *reprints(): Generator<WirePair> {
    for (let place = 0; place < this.length; place++)
      if (this.reprint[this.order[place]!]) yield this.at(place)!;
  }
}

/**
 * The pairs found, each oriented (source and copy) and with its share, in `byShare`'s order: sorted
 * by radix over typed arrays (a comparator over a quarter of a million pairs took a tenth of a second
 * or more). Shares are thousandths, so the order is that of the share in thousandths (descending),
 * then the ids, or the places in the selection when those ascend with the ids (as a selection's do).
 */
function wirePairsOf(
  articles: readonly WireArticle[],
  lengths: Int32Array,
  found: PairCounts,
  reprintShare: number,
): WirePairList {
  const n = found.length;
  // Each article's credited agency and date, read once: a selection of thousands has hundreds of thousands of pairs.
  const agencies = new Map<WireArticle, string | null>();
  const agencyOf = (article: WireArticle) => {
    let agency = agencies.get(article);
    if (agency === undefined) agencies.set(article, (agency = creditedAgency(article.text, article.outlet)));
    return agency;
  };
  const dates = articles.map(dated);
  const sources = new Uint32Array(n);
  const copies = new Uint32Array(n);
  const by = new Uint8Array(n);
  const shares = new Float64Array(n);
  const reprint = new Uint8Array(n);
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const a = found.a[i]!;
    const b = found.b[i]!;
    const share = found.shared[i]! / Math.min(lengths[a]!, lengths[b]!);
    shares[i] = share;
    reprint[i] = share >= reprintShare ? 1 : 0;
    rank[i] = 1000 - Math.round(rounded(share) * 1000);
    const { source, by: why } = orient(a, b, articles, dates);
    sources[i] = source;
    copies[i] = source === a ? b : a;
    by[i] = why;
  }
  const make = (i: number): WirePair => {
    const source = articles[sources[i]!]!;
    const copy = articles[copies[i]!]!;
    const share = shares[i]!;
    return {
      sourceId: source.id,
      copyId: copy.id,
      sourceOutlet: source.outlet,
      copyOutlet: copy.outlet,
      share: rounded(share),
      reprint: reprint[i] === 1,
      sourceBy: SOURCE_BY[by[i]!]!,
      agency: agencyOf(copy) ?? agencyOf(source) ?? null,
    };
  };
  return new WirePairList(pairOrder(articles, sources, copies, rank), make, reprint);
}

const rounded = (share: number) => Math.round(share * 1000) / 1000;

/** The pairs' order: least `rank`, then source's id, then copy's id (`byShare`'s order). */
function pairOrder(
  articles: readonly WireArticle[],
  sources: Uint32Array,
  copies: Uint32Array,
  rank: Uint32Array,
): Uint32Array {
  const n = sources.length;
  let ascending = true;
  for (let i = 1; i < articles.length && ascending; i++) ascending = articles[i]!.id > articles[i - 1]!.id;
  if (ascending) {
    // Places order the pairs as their ids do, in as few bits as the selection's size takes.
    const bits = Math.max(1, Math.ceil(Math.log2(Math.max(2, articles.length))));
    return radixOrder([...keyPasses(copies, bits), ...keyPasses(sources, bits), [rank, 0, 10]]);
  }
  const idsOf = (places: Uint32Array) => Float64Array.from(places, (place) => articles[place]!.id);
  const sourceIds = idsOf(sources);
  const copyIds = idsOf(copies);
  if (sourceIds.every(isUint32) && copyIds.every(isUint32)) {
    const asKeys = (ids: Float64Array) => Uint32Array.from(ids);
    return radixOrder([
      ...keyPasses(asKeys(copyIds), 32),
      ...keyPasses(asKeys(sourceIds), 32),
      [rank, 0, 10],
    ]);
  }
  return Uint32Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => rank[i]! - rank[j]! || sourceIds[i]! - sourceIds[j]! || copyIds[i]! - copyIds[j]!,
  );
}

/** Radix passes of at most 16 bits over the low `bits` of `keys`, least significant first. */
function keyPasses(keys: Uint32Array, bits: number): [Uint32Array, number, number][] {
  const passes = Math.ceil(bits / 16);
  const each = Math.ceil(bits / passes);
  return Array.from({ length: passes }, (_, p) => [keys, p * each, Math.min(each, bits - p * each)]);
}

/** Why `orient` takes an article for the source, by its number. */
const SOURCE_BY: WirePair['sourceBy'][] = ['date', 'length', 'import order'];

/** The order of stable radix passes (least significant key first; each breaks the later ones' ties). */
function radixOrder(passes: [Uint32Array, number, number][]): Uint32Array {
  const n = passes[0]![0].length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  for (const [keys, shift, bits] of passes) {
    const mask = (1 << bits) - 1;
    const counts = new Uint32Array(mask + 2);
    for (let i = 0; i < n; i++) counts[((keys[i]! >>> shift) & mask) + 1]!++;
    for (let d = 1; d <= mask + 1; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < n; i++) {
      const at = order[i]!;
      next[counts[(keys[at]! >>> shift) & mask]!++] = at;
    }
    [order, next] = [next, order];
  }
  return order;
}

const isUint32 = (value: number) => Number.isInteger(value) && value >= 0 && value <= 0xffffffff;

/** An article's date as orienting a pair reads it, read once per article rather than once per pair. */
function dated(article: WireArticle): { day: number | null; time: number } {
  return {
    day: dayOf(article.published_at),
    time: article.published_at ? Date.parse(article.published_at) : NaN,
  };
}

/**
 * Which of articles `i` and `j` is the source: the earlier, else the longer, else the one imported
 * first. Gives the source's place (`i` or `j`) and why (an index into SOURCE_BY).
 */
function orient(
  i: number,
  j: number,
  articles: readonly WireArticle[],
  dates: readonly { day: number | null; time: number }[],
): { source: number; by: number } {
  const a = articles[i]!;
  const b = articles[j]!;
  const { day: dayA, time: timeA } = dates[i]!;
  const { day: dayB, time: timeB } = dates[j]!;
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB) && timeA !== timeB && dayA !== null && dayB !== null)
    return { source: timeA < timeB ? i : j, by: 0 };
  if (a.word_count !== b.word_count) return { source: a.word_count > b.word_count ? i : j, by: 1 };
  return { source: a.id < b.id ? i : j, by: 2 };
}

/**
 * The articles that only repeat another's wire copy, each with its source: what "discount
 * reprints" leaves out of per-outlet figures. A chain (C copies B copies A) leads back to A.
 * `pairs` in their list's order; only the reprints among them count (`WirePairList.reprints()`).
 */
export function reprintsOf(
  pairs: Iterable<WirePair>,
): Map<number, { sourceId: number; share: number; agency: string | null }> {
  const copies = new Map<number, { sourceId: number; share: number; agency: string | null }>();
  for (const pair of pairs) {
    if (!pair.reprint || copies.has(pair.copyId)) continue;
    copies.set(pair.copyId, { sourceId: pair.sourceId, share: pair.share, agency: pair.agency });
  }
  // An article both source and copy stays out too, but its own copies point to the earliest source.
  for (const [copyId, entry] of copies) {
    let source = entry.sourceId;
    const seen = new Set([copyId]);
    while (copies.has(source) && !seen.has(source)) {
      seen.add(source);
      source = copies.get(source)!.sourceId;
    }
    if (seen.has(source))
      copies.delete(copyId); // a cycle: keep one of them
    else entry.sourceId = source;
  }
  return copies;
}
