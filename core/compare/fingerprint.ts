import { words } from './words.ts';

// Winnowed k-gram fingerprints (Schleimer, Wilkerson & Aiken 2003, the method of MOSS): a text is
// hashed as overlapping runs of K words and, in every window of W consecutive hashes, the least is
// kept. Two texts sharing a passage of at least K + W - 1 words are guaranteed to share a
// fingerprint, and the share of fingerprints two texts have in common estimates how much of them
// is the same wording, whatever was cut, added or moved.

export const K = 5;
export const W = 4;

function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function kgramHashes(text: string, k: number): number[] {
  const hashes = words(text).map((word) => wordHash(word.norm));
  const grams: number[] = [];
  for (let i = 0; i + k <= hashes.length; i++) {
    let hash = 0x9e3779b9;
    for (let j = 0; j < k; j++) hash = Math.imul(hash ^ hashes[i + j]!, 0x85ebca6b) ^ (hash >>> 13);
    grams.push(hash >>> 0);
  }
  return grams;
}

/** The text's distinct fingerprints. A text shorter than K words yields its one whole hash. */
export function fingerprints(text: string, k = K, w = W): Set<number> {
  const grams = kgramHashes(text, k);
  const kept = new Set<number>();
  if (grams.length === 0) return kept;
  if (grams.length <= w) {
    kept.add(Math.min(...grams));
    return kept;
  }
  for (let start = 0; start + w <= grams.length; start++) {
    let least = grams[start]!;
    for (let j = 1; j < w; j++) least = Math.min(least, grams[start + j]!);
    kept.add(least);
  }
  return kept;
}

/** The share of the smaller text's fingerprints that the other text has too (0..1). */
export function sharedShare(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const hash of small) if (large.has(hash)) shared++;
  return shared / small.size;
}

/** The text's fingerprints as a sorted array: an eighth of a Set's memory, for keeping thousands. */
export function sortedFingerprints(text: string): Uint32Array {
  return Uint32Array.from(fingerprints(text)).sort();
}

/** How many fingerprints two sorted fingerprint arrays share, by one merge walk. */
export function sharedCountSorted(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
