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
  return {
    ids: Int32Array.from(pairs, ([id]) => id),
    weights: Float32Array.from(pairs, ([, weight]) => weight / norm),
  };
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

/** a + b, keeping only the `size` heaviest terms: a story's centroid stays bounded however long it runs. */
export function addCapped(a: SparseVector, b: SparseVector, size: number): SparseVector {
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) pairs.push([x, a.weights[i++]! + b.weights[j++]!]);
    else if (x < y) pairs.push([x, a.weights[i++]!]);
    else pairs.push([y, b.weights[j++]!]);
  }
  return fromPairs(pairs.length > size ? strongestPairs(pairs, size) : pairs, false);
}

/** The ids of the `count` heaviest terms, ascending. */
export function strongestIds(vector: SparseVector, count: number): Int32Array {
  const order = Array.from(vector.ids.keys()).sort((a, b) => vector.weights[b]! - vector.weights[a]!);
  return Int32Array.from(order.slice(0, count), (index) => vector.ids[index]!).sort();
}

/** A vector as bytes (ids, then weights) to keep in the project, and back. */
export function vectorToBytes(vector: SparseVector): Buffer {
  const out = Buffer.alloc(vector.ids.length * 8);
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
