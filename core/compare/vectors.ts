import { demonymCountry, regionIdentity, townCountry } from '../../nlp/gazetteer.ts';
import { forEachWord, isTopicWord } from './words.ts';

// Articles as sparse TF-IDF vectors over content words, for telling which report the same event.
// Names weigh triple (an event is its people and places: on the dev coverage, names alone tell
// events apart better than all words or the other words) and the title double (it states the
// event). Terms are hashed to ids (the "hashing trick"), so document frequencies of a project of
// any size fit in one fixed array and no vocabulary of strings is kept while grouping.
//
// Besides its words, a vector holds the countries and states the article names (the gazetteer's,
// with nationality words and towns of 100,000 or more folded into their country: "Chinese" and
// "Wuhan" are China, "Lima" is Peru), as terms of their own
// above PLACE_BASE. They are not weighed as words: `similarity` multiplies the similarity of the
// words by how far the two name the same places, so that two reports of aid to two countries, or
// from two countries to one, stay apart even where their words are alike ("medical team arrives"),
// while an angle of one event told in other words (a row over the aid a week later) still names
// the event's places. A place named in every article of a project still counts here (no idf):
// in a project about one region the pairs of places are what tells its events apart.

/** Terms kept per article. */
export const TERMS_PER_ARTICLE = 160;
const NAME_WEIGHT = 3;
const TITLE_WEIGHT = 2;
/** 2^22 slots: distinct terms of a large project rarely share one. */
const HASH_BITS = 22;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** Ids from here up are places (a place's id is PLACE_BASE plus its hashed identity). */
export const PLACE_BASE = 1 << 23;
/** Places kept per article. */
const PLACES_PER_ARTICLE = 8;
/**
 * Share of the words' similarity kept between articles that name no place in common: the rest
 * scales with the square of how alike their places are (cosine), so that two articles sharing one
 * of two places keep about a third of it ("Norway's engineers in Peru" and "… in Ecuador"), and
 * two naming the same places nearly all. Articles of which one names no place are measured by
 * their words alone. On the stories dev set (README) a floor of 0.1 to 0.3, with the cosine or
 * its square, all did about as well; the square at 0.1 kept a sister event apart best.
 */
const PLACE_FLOOR = 0.1;

/** An article's terms: content words (weighted as counted) and the places it names (by identity). */
export interface ArticleCounts {
  words: Map<string, number>;
  places: Map<string, number>;
}

export function termCounts(title: string | null, text: string): ArticleCounts {
  const words = new Map<string, number>();
  const places = new Map<string, number>();
  const add = (source: string, weight: number) => {
    let previous: string | null = null;
    forEachWord(source, (norm, capitalised) => {
      if (capitalised) {
        // "United States", "New Zealand" as one place; else the word alone.
        const place = (previous === null ? null : placeOf(`${previous} ${norm}`)) ?? placeOf(norm);
        if (place !== null) places.set(place, (places.get(place) ?? 0) + weight);
      }
      previous = capitalised ? norm : null;
      if (!isTopicWord(norm, capitalised)) return;
      words.set(norm, (words.get(norm) ?? 0) + weight * (capitalised ? NAME_WEIGHT : 1));
    });
  };
  add(text, 1);
  if (title) add(title, TITLE_WEIGHT);
  return { words, places };
}

/** Places looked up so far, by lower-case name (null: none): names recur from article to article. */
const placeCache = new Map<string, string | null>();

/** The country or state a lower-case name is, names as a nationality, or holds as a large town. */
function placeOf(name: string): string | null {
  let place = placeCache.get(name);
  if (place === undefined) {
    place = regionIdentity(name) ?? demonymCountry(name) ?? townCountry(name) ?? null;
    if (placeCache.size >= 10_000) placeCache.clear();
    placeCache.set(name, place);
  }
  return place;
}

/** The distinct content words of an article, for counting in how many articles each occurs. */
export function distinctTerms(title: string | null, text: string): Set<string> {
  const terms = new Set<string>();
  const add = (norm: string, capitalised: boolean) => {
    if (isTopicWord(norm, capitalised)) terms.add(norm);
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

/**
 * The article's strongest TF-IDF terms, scaled to unit length, then its places (scaled to unit
 * length on their own), ids ascending.
 */
export function articleVector(
  counts: ArticleCounts,
  frequencies: DocumentFrequencies,
  size = TERMS_PER_ARTICLE,
): SparseVector {
  const byId = new Map<number, number>();
  for (const [term, count] of counts.words) {
    const id = termId(term);
    byId.set(id, (byId.get(id) ?? 0) + count);
  }
  const scored: [number, number][] = [];
  for (const [id, count] of byId) scored.push([id, (1 + Math.log(count)) * frequencies.idf(id)]);
  const words = unitPairs(strongestPairs(scored, size));
  const places = unitPairs(
    strongestPairs(
      [...counts.places].map(([place, count]) => [PLACE_BASE + termId(place), 1 + Math.log(count)]),
      PLACES_PER_ARTICLE,
    ),
  );
  return fromPairs([...words, ...places], false);
}

function unitPairs(pairs: [number, number][]): [number, number][] {
  const norm = Math.sqrt(pairs.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
  return pairs.map(([id, weight]) => [id, weight / norm]);
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

/**
 * How alike two vectors (articles or sums of them) are: the dot product of their words, times
 * PLACE_FLOOR plus the rest of 1 in proportion to the squared cosine of their places (when both
 * name some). For sums of articles, divide by their sizes to have an average over pairs.
 */
export function similarity(a: SparseVector, b: SparseVector): number {
  const placesA = placeStart(a);
  const placesB = placeStart(b);
  let words = 0;
  let i = 0;
  let j = 0;
  while (i < placesA && j < placesB) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) words += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  if (placesA === a.ids.length || placesB === b.ids.length) return words;
  let shared = 0;
  let normA = 0;
  let normB = 0;
  for (let k = placesA; k < a.ids.length; k++) normA += a.weights[k]! * a.weights[k]!;
  for (let k = placesB; k < b.ids.length; k++) normB += b.weights[k]! * b.weights[k]!;
  i = placesA;
  j = placesB;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) shared += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  const places = shared / Math.sqrt(normA * normB);
  return words * (PLACE_FLOOR + (1 - PLACE_FLOOR) * places * places);
}

/** Where a vector's places begin (its length if it names none): they come last, ids ascending. */
function placeStart(vector: SparseVector): number {
  let start = vector.ids.length;
  while (start > 0 && vector.ids[start - 1]! >= PLACE_BASE) start--;
  return start;
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
 * leave memory the collector is slow to give back). A story of one article (most stories, while
 * their article is in the date window) shares that article's vector and has no buffers of its own:
 * they are made when a second vector is added.
 */
export class Centroid implements SparseVector {
  private readonly capacity: number;
  private idBuffer: Int32Array = EMPTY_IDS;
  private weightBuffer: Float32Array = EMPTY_WEIGHTS;
  private length = 0;
  ids: Int32Array = EMPTY_IDS;
  weights: Float32Array = EMPTY_WEIGHTS;

  constructor(capacity: number, from?: SparseVector) {
    this.capacity = capacity;
    if (from) this.add(from);
  }

  add(vector: SparseVector): void {
    const capacity = this.capacity;
    // The first vector, if it fits, is shared rather than copied: an article's vector is never
    // changed, and another centroid may be (so one is copied).
    if (this.length === 0 && !(vector instanceof Centroid) && vector.ids.length <= capacity) {
      this.ids = vector.ids;
      this.weights = vector.weights;
      this.length = vector.ids.length;
      return;
    }
    if (this.idBuffer.length < capacity) {
      const ids = new Int32Array(capacity);
      const weights = new Float32Array(capacity);
      ids.set(this.ids);
      weights.set(this.weights);
      this.idBuffer = ids;
      this.weightBuffer = weights;
    }
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

const EMPTY_IDS = new Int32Array(0);
const EMPTY_WEIGHTS = new Float32Array(0);
let scratchIds = new Int32Array(1024);
let scratchWeights = new Float32Array(1024);
let scratchOrder = new Int32Array(1024);

/** The ids of the `count` heaviest words (places left out), ascending. */
export function strongestIds(vector: SparseVector, count: number): Int32Array {
  const order = Array.from(vector.ids.keys())
    .filter((index) => vector.ids[index]! < PLACE_BASE)
    .sort((a, b) => vector.weights[b]! - vector.weights[a]!);
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
