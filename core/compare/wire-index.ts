// The index wire pairing counts through: a selection's fingerprints grouped by the articles that
// carry them. A passage reprinted by some articles gives each of them the same run of fingerprints,
// so fingerprints carried by exactly the same articles are one "passage" here, with its count of
// fingerprints as its weight; each article lists the passages it carries. Two articles share the
// sum of the weights of the passages both carry: counted per article by walking its passages'
// later articles once, in typed arrays (a 12,000-article search has 2.3 million fingerprints and
// a quarter of a million pairs).

/** A fingerprint in more articles than this is boilerplate all outlets carry: no sign of a pair. */
export const BOILERPLATE = 200;

export interface PassageIndex {
  /** Articles of passage p: `members` from `first[p]` for `size[p]`, ascending. */
  members: Int32Array;
  first: Int32Array;
  size: Int32Array;
  /** Fingerprints of passage p. */
  weight: Int32Array;
  /** Passages of article a carried by 2 to BOILERPLATE articles: `counted` from `countedStart[a]` to `countedStart[a + 1]`. */
  countedStart: Int32Array;
  counted: Int32Array;
  /** Passages of article a carried by more than BOILERPLATE articles (`common` from `commonStart[a]`). */
  commonStart: Int32Array;
  common: Int32Array;
  /** Fingerprints of each article. */
  lengths: Int32Array;
}

/** Each article's fingerprints ascending and distinct (hashing and the stored rows give them so; any other is made so). */
function distinct(prints: readonly Uint32Array[]): Uint32Array[] {
  return prints.map((set) => {
    for (let i = 1; i < set.length; i++)
      if (set[i]! <= set[i - 1]!) return Uint32Array.from(new Set(set)).sort();
    return set;
  });
}

export function passageIndex(given: readonly Uint32Array[]): PassageIndex {
  const prints = distinct(given);
  const n = prints.length;
  const lengths = Int32Array.from(prints, (set) => set.length);
  const { hashes, owners } = sortedByHash(prints);
  const total = hashes.length;

  // Passages: runs of one fingerprint's articles, merged when the articles are the same. Found
  // through an open-addressing table of the runs' hashes (a Map of arrays took a third of the time).
  let runs = 0;
  for (let i = 1; i < total; i++)
    if (hashes[i] === hashes[i - 1] && (i === 1 || hashes[i - 1] !== hashes[i - 2])) runs++;
  const first = new Int32Array(runs || 1);
  const size = new Int32Array(first.length);
  const weight = new Int32Array(first.length);
  const runHash = new Uint32Array(first.length);
  let passages = 0;
  // At most half full, so a probe ends after a slot or two.
  let slots = 1024;
  while (slots < 2 * runs) slots <<= 1;
  const table = new Int32Array(slots).fill(-1);
  const mask = slots - 1;
  const same = (p: number, from: number, length: number) => {
    if (size[p] !== length) return false;
    for (let k = 0, j = first[p]!; k < length; k++, j++) if (owners[from + k] !== owners[j]) return false;
    return true;
  };
  for (let from = 0; from < total;) {
    let to = from + 1;
    while (to < total && hashes[to] === hashes[from]) to++;
    const length = to - from;
    if (length > 1) {
      let hash = length;
      for (let k = from; k < to; k++) hash = Math.imul(hash ^ owners[k]!, 0x9e3779b1) >>> 0;
      let slot = (hash ^ (hash >>> 15)) & mask;
      let found = -1;
      for (let p = table[slot]!; p >= 0; slot = (slot + 1) & mask, p = table[slot]!)
        if (runHash[p] === hash && same(p, from, length)) {
          found = p;
          break;
        }
      if (found >= 0) weight[found]!++;
      else {
        first[passages] = from;
        size[passages] = length;
        weight[passages] = 1;
        runHash[passages] = hash;
        table[slot] = passages++;
      }
    }
    from = to;
  }

  // Each article's passages, in two lists: those counted per pair and the boilerplate ones.
  const countedStart = new Int32Array(n + 1);
  const commonStart = new Int32Array(n + 1);
  for (let p = 0; p < passages; p++) {
    const starts = size[p]! > BOILERPLATE ? commonStart : countedStart;
    for (let k = first[p]!, end = k + size[p]!; k < end; k++) starts[owners[k]! + 1]!++;
  }
  for (let a = 0; a < n; a++) {
    countedStart[a + 1]! += countedStart[a]!;
    commonStart[a + 1]! += commonStart[a]!;
  }
  const counted = new Int32Array(countedStart[n]!);
  const common = new Int32Array(commonStart[n]!);
  const countedAt = countedStart.slice(0, n);
  const commonAt = commonStart.slice(0, n);
  for (let p = 0; p < passages; p++) {
    const boilerplate = size[p]! > BOILERPLATE;
    for (let k = first[p]!, end = k + size[p]!; k < end; k++) {
      const a = owners[k]!;
      if (boilerplate) common[commonAt[a]!++] = p;
      else counted[countedAt[a]!++] = p;
    }
  }
  return {
    members: owners,
    first: first.subarray(0, passages),
    size: size.subarray(0, passages),
    weight: weight.subarray(0, passages),
    countedStart,
    counted,
    commonStart,
    common,
    lengths,
  };
}

/**
 * Every fingerprint with its article, sorted by fingerprint and, within one, by article (a stable
 * radix sort over typed arrays, four passes of a byte: 256 places to write to at a time stay in the
 * cache, where 65,536 did not).
 */
function sortedByHash(prints: readonly Uint32Array[]): { hashes: Uint32Array; owners: Int32Array } {
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
  let nextHashes = new Uint32Array(total);
  let nextOwners = new Int32Array(total);
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
  return { hashes, owners };
}

/** Pairs found so far: articles (by place in the selection) and the fingerprints they share. */
export class PairCounts {
  length = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  shared = new Int32Array(1024);

  push(a: number, b: number, shared: number): void {
    if (this.length === this.a.length) {
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.shared = grow(this.shared);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.shared[this.length++] = shared;
  }
}

const grow = (array: Int32Array) => {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
};

/** Fingerprints two articles must share, outside boilerplate, before they are compared at all. */
export const MIN_SHARED_FINGERPRINTS = 3;

/**
 * A counter of pairs over one index: `pairFrom(from, to, found)` counts the pairs of articles
 * `from` to `to` (each with the later ones) sharing at least `minShare` of the shorter's fingerprints.
 */
export function pairCounter(
  index: PassageIndex,
  minShare: number,
): (from: number, to: number, found: PairCounts) => void {
  const { members, first, size, weight, countedStart, counted, commonStart, common, lengths } = index;
  const n = lengths.length;
  const shared = new Int32Array(n);
  const touched = new Int32Array(n);
  /** The article whose boilerplate passages are marked. */
  const markedBy = new Int32Array(weight.length).fill(-1);
  return (from, to, found) => {
    for (let a = from; a < to; a++) {
      let touchedCount = 0;
      for (let i = countedStart[a]!, end = countedStart[a + 1]!; i < end; i++) {
        const p = counted[i]!;
        const times = weight[p]!;
        const low = first[p]!;
        // A passage's articles ascend: the later ones are at the end.
        for (let k = low + size[p]! - 1; k >= low; k--) {
          const b = members[k]!;
          if (b <= a) break;
          if (shared[b] === 0) touched[touchedCount++] = b;
          shared[b]! += times;
        }
      }
      if (touchedCount === 0) continue;
      for (let i = commonStart[a]!, end = commonStart[a + 1]!; i < end; i++) markedBy[common[i]!] = a;
      const length = lengths[a]!;
      for (let t = 0; t < touchedCount; t++) {
        const b = touched[t]!;
        let count = shared[b]!;
        shared[b] = 0;
        if (count < MIN_SHARED_FINGERPRINTS) continue;
        // The boilerplate the two share counts in the share too, as two texts alone give it.
        for (let i = commonStart[b]!, end = commonStart[b + 1]!; i < end; i++)
          if (markedBy[common[i]!] === a) count += weight[common[i]!]!;
        if (count / Math.min(length, lengths[b]!) >= minShare) found.push(a, b, count);
      }
    }
  };
}
