import { forEachWord, isContentWord } from './words.ts';

// Articles as sparse TF-IDF vectors over content words, for telling which report the same event.
// Names weigh triple (an event is its people and places: on the dev coverage, names alone tell
// events apart better than all words or the other words) and the title double (it states the
// event). Terms are hashed to ids (the "hashing trick"), so document frequencies of a project of
// any size fit in one fixed array and no vocabulary of strings is kept while grouping.

/** Terms kept per article. */
export const TERMS_PER_ARTICLE = 160;
const NAME_WEIGHT = 3;
const TITLE_WEIGHT = 2;
/** 2^22 slots: distinct terms of a large project rarely share one. */
const HASH_BITS = 22;
const HASH_MASK = (1 << HASH_BITS) - 1;

export function termCounts(title: string | null, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (source: string, weight: number) =>
    forEachWord(source, (norm, capitalised) => {
      if (!isContentWord(norm)) return;
      counts.set(norm, (counts.get(norm) ?? 0) + weight * (capitalised ? NAME_WEIGHT : 1));
    });
  add(text, 1);
  if (title) add(title, TITLE_WEIGHT);
  return counts;
}

/** The distinct content words of an article, for counting in how many articles each occurs. */
export function distinctTerms(title: string | null, text: string): Set<string> {
  const terms = new Set<string>();
  const add = (norm: string) => {
    if (isContentWord(norm)) terms.add(norm);
  };
  forEachWord(text, add);
  if (title) forEachWord(title, add);
  return terms;
}

/** A term's id: FNV-1a over its UTF-16 code units, folded to HASH_BITS. */
export function termId(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & HASH_MASK;
}

/** How many documents hold each term (by id), and how many documents there are. */
export class DocumentFrequencies {
  readonly counts = new Uint32Array(HASH_MASK + 1);
  documents = 0;

  /** Counts one document's distinct terms (two terms of one document that share a slot count twice: rare enough). */
  add(terms: Iterable<string>): void {
    this.documents++;
    for (const term of terms) this.counts[termId(term)]!++;
  }

  /** Smoothed idf: a term in every document still weighs a little (a small project is all one event). */
  idf(id: number): number {
    return Math.log((this.documents + 1) / (this.counts[id]! + 1)) + 1;
  }

  /** The counts as bytes to keep in the project: only the slots in use, as (slot, count) pairs. */
  toBytes(): Buffer {
    let used = 0;
    for (const count of this.counts) if (count > 0) used++;
    const out = new Uint32Array(2 + 2 * used);
    out[0] = this.documents;
    out[1] = used;
    let at = 0;
    this.counts.forEach((count, slot) => {
      if (count === 0) return;
      out[2 + at] = slot;
      out[2 + used + at] = count;
      at++;
    });
    return Buffer.from(out.buffer);
  }

  static fromBytes(bytes: Uint8Array): DocumentFrequencies {
    const copy = new Uint32Array(new Uint8Array(bytes).buffer);
    const frequencies = new DocumentFrequencies();
    frequencies.documents = copy[0]!;
    const used = copy[1]!;
    for (let i = 0; i < used; i++) frequencies.counts[copy[2 + i]!] = copy[2 + used + i]!;
    return frequencies;
  }
}

/** Term ids in ascending order with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** The article's strongest TF-IDF terms, scaled to unit length, ids ascending. */
export function articleVector(
  counts: ReadonlyMap<string, number>,
  frequencies: DocumentFrequencies,
  size = TERMS_PER_ARTICLE,
): SparseVector {
  const byId = new Map<number, number>();
  for (const [term, count] of counts) {
    const id = termId(term);
    byId.set(id, (byId.get(id) ?? 0) + count);
  }
  const scored: [number, number][] = [];
  for (const [id, count] of byId) scored.push([id, (1 + Math.log(count)) * frequencies.idf(id)]);
  return fromPairs(strongestPairs(scored, size), true);
}

function strongestPairs(pairs: [number, number][], size: number): [number, number][] {
  return pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, size);
}

function fromPairs(pairs: [number, number][], unit: boolean): SparseVector {
  pairs.sort((a, b) => a[0] - b[0]);
  const norm = unit ? Math.sqrt(pairs.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1 : 1;
  // One buffer for ids and weights: half the allocations a vector would otherwise cost.
  const buffer = new ArrayBuffer(pairs.length * 8);
  const vector = {
    ids: new Int32Array(buffer, 0, pairs.length),
    weights: new Float32Array(buffer, pairs.length * 4),
  };
  pairs.forEach(([id, weight], i) => {
    vector.ids[i] = id;
    vector.weights[i] = weight / norm;
  });
  return vector;
}

/** Dot product of two sparse vectors (a merge of their sorted ids). */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * A story's centroid: a sum of vectors kept to its `capacity` heaviest terms, changed in place so
 * that a story taking articles allocates nothing (vectors made and dropped by the hundred thousand
 * leave memory the collector is slow to give back).
 */
export class Centroid implements SparseVector {
  private readonly idBuffer: Int32Array;
  private readonly weightBuffer: Float32Array;
  private length = 0;
  ids: Int32Array;
  weights: Float32Array;

  constructor(capacity: number, from?: SparseVector) {
    this.idBuffer = new Int32Array(capacity);
    this.weightBuffer = new Float32Array(capacity);
    this.ids = this.idBuffer.subarray(0, 0);
    this.weights = this.weightBuffer.subarray(0, 0);
    if (from) this.add(from);
  }

  add(vector: SparseVector): void {
    const capacity = this.idBuffer.length;
    const needed = this.length + vector.ids.length;
    if (scratchIds.length < needed) {
      scratchIds = new Int32Array(needed * 2);
      scratchWeights = new Float32Array(needed * 2);
      scratchOrder = new Int32Array(needed * 2);
    }
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < this.length || j < vector.ids.length) {
      const x = i < this.length ? this.idBuffer[i]! : Infinity;
      const y = j < vector.ids.length ? vector.ids[j]! : Infinity;
      scratchIds[n] = Math.min(x, y);
      scratchWeights[n++] =
        x === y
          ? this.weightBuffer[i++]! + vector.weights[j++]!
          : x < y
            ? this.weightBuffer[i++]!
            : vector.weights[j++]!;
    }
    if (n <= capacity) {
      this.idBuffer.set(scratchIds.subarray(0, n));
      this.weightBuffer.set(scratchWeights.subarray(0, n));
    } else {
      // Keep the heaviest terms, then put them back in id order.
      const order = scratchOrder.subarray(0, n);
      for (let k = 0; k < n; k++) order[k] = k;
      order.sort((a, b) => scratchWeights[b]! - scratchWeights[a]! || a - b);
      const kept = order.subarray(0, capacity).sort();
      for (let k = 0; k < capacity; k++) {
        this.idBuffer[k] = scratchIds[kept[k]!]!;
        this.weightBuffer[k] = scratchWeights[kept[k]!]!;
      }
      n = capacity;
    }
    this.length = n;
    this.ids = this.idBuffer.subarray(0, n);
    this.weights = this.weightBuffer.subarray(0, n);
  }
}

let scratchIds = new Int32Array(1024);
let scratchWeights = new Float32Array(1024);
let scratchOrder = new Int32Array(1024);

/** The ids of the `count` heaviest terms, ascending. */
export function strongestIds(vector: SparseVector, count: number): Int32Array {
  const order = Array.from(vector.ids.keys()).sort((a, b) => vector.weights[b]! - vector.weights[a]!);
  return Int32Array.from(order.slice(0, count), (index) => vector.ids[index]!).sort();
}

/** A vector as bytes (ids, then weights) to keep in the project, and back. */
export function vectorToBytes(vector: SparseVector): Buffer {
  const out = Buffer.alloc(vector.ids.length * 8);
  if (vector.ids.length === 0) return out;
  Buffer.from(vector.ids.buffer, vector.ids.byteOffset, vector.ids.byteLength).copy(out, 0);
  Buffer.from(vector.weights.buffer, vector.weights.byteOffset, vector.weights.byteLength).copy(
    out,
    vector.ids.byteLength,
  );
  return out;
}

export function vectorFromBytes(bytes: Uint8Array): SparseVector {
  const copy = new Uint8Array(bytes).buffer;
  const length = bytes.byteLength / 8;
  return { ids: new Int32Array(copy, 0, length), weights: new Float32Array(copy, length * 4, length) };
}
