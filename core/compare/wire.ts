import { creditedAgency } from '../../nlp/wire-credit.ts';
import { sharedCountSorted, sortedFingerprints } from './fingerprint.ts';
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

const EMPTY = new Uint32Array(0);
/** Fingerprints two articles must share before they are compared at all. */
const MIN_SHARED_FINGERPRINTS = 3;
/** A fingerprint in more articles than this is boilerplate all outlets carry: no sign of a pair. */
const BOILERPLATE = 200;

/** `printsOf` gives an article's sorted fingerprints (Compare passes the project's kept ones). */
export function findWirePairs(
  articles: readonly WireArticle[],
  options: WireOptions = {},
  printsOf: (article: WireArticle) => Uint32Array = (article) => sortedFingerprints(article.text),
): WirePair[] {
  return atOnce(wirePairSteps(articles, options, printsOf));
}

/** `findWirePairs` as steps: fingerprints read (or hashed), then pairs counted, article by article. */
export function* wirePairSteps(
  articles: readonly WireArticle[],
  options: WireOptions = {},
  printsOf: (article: WireArticle) => Uint32Array = (article) => sortedFingerprints(article.text),
): Steps<WirePair[]> {
  const minShare = options.minShare ?? 0.2;
  const reprintShare = options.reprintShare ?? 0.6;
  const prints: Uint32Array[] = [];
  for (const article of articles) {
    if (prints.length % STEP_ARTICLES === 0)
      yield { label: 'Reading wire fingerprints', done: prints.length, total: articles.length };
    prints.push(printsOf(article));
  }
  yield { label: 'Pairing wire copy', done: 0, total: articles.length };
  const { groupOf, starts, members, hashes } = postings(prints);
  const size = (group: number) => starts[group + 1]! - starts[group]!;
  // Each article's credited agency, read once: a selection of thousands has hundreds of thousands of pairs.
  const agencies = new Map<WireArticle, string | null>();
  const agencyOf = (article: WireArticle) => {
    let agency = agencies.get(article);
    if (agency === undefined) agencies.set(article, (agency = creditedAgency(article.text, article.outlet)));
    return agency;
  };
  const dates = articles.map(dated);
  const pairs: WirePair[] = [];
  // The fingerprints most articles carry are not counted per pair below; each article's few are
  // kept apart and compared for the pairs that are, so the share is of every fingerprint.
  // Found from the few boilerplate fingerprints' articles (walked in ascending fingerprint order, as
  // each article's own list is sorted) rather than by looking at every fingerprint of every article.
  const kept = new Array<number[] | undefined>(prints.length);
  for (let g = 0; g < starts.length - 1; g++)
    if (size(g) > BOILERPLATE)
      for (let k = starts[g]!; k < starts[g + 1]!; k++) (kept[members[k]!] ??= []).push(hashes[k]!);
  const common = Array.from(kept, (list) => (list ? Uint32Array.from(list) : EMPTY));
  const pair = (a: number, b: number, count: number) => {
    const smaller = Math.min(prints[a]!.length, prints[b]!.length);
    const share = (count + sharedCountSorted(common[a]!, common[b]!)) / smaller;
    if (share < minShare) return;
    const { source, copy, sourceBy } = orient(a, b, articles, dates);
    const agency = agencyOf(copy) ?? agencyOf(source) ?? null;
    pairs.push({
      sourceId: source.id,
      copyId: copy.id,
      sourceOutlet: source.outlet,
      copyOutlet: copy.outlet,
      share: Math.round(share * 1000) / 1000,
      reprint: share >= reprintShare,
      sourceBy,
      agency,
    });
  };
  // Per article, the fingerprints it shares with each later article, counted in a dense array: a
  // selection of thousands shares tens of millions of (pair, fingerprint) counts, too many for a Map.
  const n = articles.length;
  const shared = new Int32Array(n);
  const touched = new Int32Array(n);
  const { listOf, first: listFirst, last: listLast, weight, merged } = memberLists(prints, starts, members);
  /** The article that last walked each list: an article walks each of its lists once. */
  const walkedBy = new Int32Array(weight.length).fill(-1);
  // The hot loop is a plain function, run a slice of articles at a time: a loop inside a generator
  // measured up to a third slower (on the loaded shared machine).
  const pairFrom = (from: number, to: number) => {
    for (let a = from; a < to; a++) {
      const groups = groupOf[a]!;
      let touchedCount = 0;
      for (let g = 0; g < groups.length; g++) {
        const list = listOf[groups[g]!]!;
        if (list < 0 || (merged && walkedBy[list] === a)) continue;
        walkedBy[list] = a;
        const first = listFirst[list]!;
        const times = weight[list]!;
        // A list's articles are in ascending order: the later ones are at the end.
        for (let k = listLast[list]!; k >= first; k--) {
          const b = members[k]!;
          if (b <= a) break;
          if (shared[b] === 0) touched[touchedCount++] = b;
          shared[b]! += times;
        }
      }
      for (let t = 0; t < touchedCount; t++) {
        const b = touched[t]!;
        if (shared[b]! >= MIN_SHARED_FINGERPRINTS) pair(a, b, shared[b]!);
        shared[b] = 0;
      }
    }
  };
  for (let a = 0; a < n; a += STEP_ARTICLES) {
    if (a > 0) yield { label: 'Pairing wire copy', done: a, total: n };
    pairFrom(a, Math.min(n, a + STEP_ARTICLES));
  }
  return sortedPairs(pairs);
}

const byShare = (p: WirePair, q: WirePair) =>
  q.share - p.share || p.sourceId - q.sourceId || p.copyId - q.copyId;

/**
 * `pairs` most shared first, then by source and copy (`byShare`), sorted by radix over typed arrays:
 * a search of thousands of articles has hundreds of thousands of pairs, which a comparator sorted in
 * a tenth of a second or more. Shares are thousandths, so `byShare`'s order is that of the share in
 * thousandths (descending), then the ids; any pair outside those ranges leaves it to `byShare`.
 */
function sortedPairs(pairs: WirePair[]): WirePair[] {
  const n = pairs.length;
  const rank = new Uint32Array(n);
  const sources = new Uint32Array(n);
  const copies = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const { share, sourceId, copyId } = pairs[i]!;
    const thousandths = Math.round(share * 1000);
    if (!(thousandths >= 0 && thousandths <= 1023) || !isUint32(sourceId) || !isUint32(copyId))
      return pairs.sort(byShare);
    rank[i] = 1023 - thousandths;
    sources[i] = sourceId;
    copies[i] = copyId;
  }
  // Least significant key first; each pass is stable, so the earlier keys break the later ones' ties.
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const passes: [Uint32Array, number, number][] = [
    [copies, 0, 16],
    [copies, 16, 16],
    [sources, 0, 16],
    [sources, 16, 16],
    [rank, 0, 10],
  ];
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
  return Array.from(order, (at) => pairs[at]!);
}

const isUint32 = (value: number) => Number.isInteger(value) && value >= 0 && value <= 0xffffffff;

/**
 * The fingerprints worth counting per pair (in more than one article, at most BOILERPLATE), merged by
 * the articles that carry them: a shared passage's fingerprints are all carried by the same articles,
 * so its articles are walked once with the passage's count of fingerprints as `weight` instead of once
 * per fingerprint. `listOf` gives each fingerprint's list (-1: not counted per pair); a list's
 * articles are `members` from `first` to `last`. The counts per pair are exactly those of walking
 * every fingerprint. Merging needs each article's fingerprints distinct (as hashing and the stored
 * rows give them); when they are not, every fingerprint is a list of its own (`merged` false).
 */
function memberLists(
  prints: readonly Uint32Array[],
  starts: Int32Array,
  members: Int32Array,
): { listOf: Int32Array; first: Int32Array; last: Int32Array; weight: Int32Array; merged: boolean } {
  const merged = prints.every((set) => set.every((hash, i) => i === 0 || hash > set[i - 1]!));
  const groups = starts.length - 1;
  const listOf = new Int32Array(groups).fill(-1);
  const first: number[] = [];
  const last: number[] = [];
  const weight: number[] = [];
  /** Lists by a hash of their articles, to find the list a fingerprint's articles make. */
  const byHash = new Map<number, number[]>();
  const same = (list: number, from: number, to: number) => {
    if (last[list]! - first[list]! !== to - from) return false;
    for (let k = from, j = first[list]!; k <= to; k++, j++) if (members[k] !== members[j]) return false;
    return true;
  };
  for (let g = 0; g < groups; g++) {
    const from = starts[g]!;
    const to = starts[g + 1]! - 1;
    if (to === from || to - from >= BOILERPLATE) continue;
    let list = -1;
    let hash = to - from;
    if (merged) {
      for (let k = from; k <= to; k++) hash = Math.imul(hash ^ members[k]!, 0x9e3779b1) >>> 0;
      const candidates = byHash.get(hash);
      if (candidates) for (const known of candidates) if (same(known, from, to)) list = known;
      if (list >= 0) {
        weight[list]!++;
        listOf[g] = list;
        continue;
      }
    }
    list = weight.length;
    first.push(from);
    last.push(to);
    weight.push(1);
    listOf[g] = list;
    if (merged) {
      const candidates = byHash.get(hash);
      if (candidates) candidates.push(list);
      else byHash.set(hash, [list]);
    }
  }
  return {
    listOf,
    first: Int32Array.from(first),
    last: Int32Array.from(last),
    weight: Int32Array.from(weight),
    merged,
  };
}

/**
 * The articles of each distinct fingerprint (`members` from `starts[g]` to `starts[g + 1]`, in
 * ascending order), and for each article the fingerprint number of each of its fingerprints (same
 * order as its sorted fingerprints). Sorted by passes of a stable radix sort over typed arrays:
 * a Map of arrays took a second for a 12,000-article search's 2.3 million fingerprints.
 */
function postings(prints: readonly Uint32Array[]): {
  groupOf: Int32Array[];
  starts: Int32Array;
  members: Int32Array;
  /** Each member's fingerprint (ascending, as `members`). */
  hashes: Uint32Array;
} {
  let total = 0;
  for (const set of prints) total += set.length;
  let hashes = new Uint32Array(total);
  let owners = new Int32Array(total);
  let at = 0;
  prints.forEach((set, a) => {
    hashes.set(set, at);
    owners.fill(a, at, at + set.length);
    at += set.length;
  });
  // Stable: within one fingerprint, its articles stay in ascending order.
  let nextHashes = new Uint32Array(total);
  let nextOwners = new Int32Array(total);
  // Four passes of a byte: 256 places to write to at a time stay in the cache, where 65,536 (two
  // passes of 16 bits) did not; the same order, in about two thirds of the time.
  for (const shift of [0, 8, 16, 24]) {
    const counts = new Int32Array(257);
    for (let i = 0; i < total; i++) counts[((hashes[i]! >>> shift) & 0xff) + 1]!++;
    for (let d = 1; d <= 256; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < total; i++) {
      const to = counts[(hashes[i]! >>> shift) & 0xff]!++;
      nextHashes[to] = hashes[i]!;
      nextOwners[to] = owners[i]!;
    }
    [hashes, nextHashes] = [nextHashes, hashes];
    [owners, nextOwners] = [nextOwners, owners];
  }
  const groupOf = prints.map((set) => new Int32Array(set.length));
  const filled = new Int32Array(prints.length);
  const starts: number[] = [];
  for (let i = 0; i < total; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) starts.push(i);
    const owner = owners[i]!;
    // Fingerprints ascend here as in each article's own sorted list: the k-th seen is its k-th.
    groupOf[owner]![filled[owner]!++] = starts.length - 1;
  }
  starts.push(total);
  return { groupOf, starts: Int32Array.from(starts), members: owners, hashes };
}

/** An article's date as orienting a pair reads it, read once per article rather than once per pair. */
function dated(article: WireArticle): { day: number | null; time: number } {
  return {
    day: dayOf(article.published_at),
    time: article.published_at ? Date.parse(article.published_at) : NaN,
  };
}

function orient(
  i: number,
  j: number,
  articles: readonly WireArticle[],
  dates: readonly { day: number | null; time: number }[],
): { source: WireArticle; copy: WireArticle; sourceBy: WirePair['sourceBy'] } {
  const a = articles[i]!;
  const b = articles[j]!;
  const { day: dayA, time: timeA } = dates[i]!;
  const { day: dayB, time: timeB } = dates[j]!;
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB) && timeA !== timeB && dayA !== null && dayB !== null)
    return timeA < timeB
      ? { source: a, copy: b, sourceBy: 'date' }
      : { source: b, copy: a, sourceBy: 'date' };
  if (a.word_count !== b.word_count)
    return a.word_count > b.word_count
      ? { source: a, copy: b, sourceBy: 'length' }
      : { source: b, copy: a, sourceBy: 'length' };
  return a.id < b.id
    ? { source: a, copy: b, sourceBy: 'import order' }
    : { source: b, copy: a, sourceBy: 'import order' };
}

/**
 * The articles that only repeat another's wire copy, each with its source: what "discount
 * reprints" leaves out of per-outlet figures. A chain (C copies B copies A) leads back to A.
 */
export function reprintsOf(
  pairs: readonly WirePair[],
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
