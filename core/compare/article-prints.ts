import type { Db } from '../../db/open.ts';
import { sortedFingerprints } from './fingerprint.ts';

// Each article's wire-copy fingerprints, kept per project in memory for the next Compare call (a
// toggle, another search over the same articles): hashing a 12,000-article search's texts took
// seconds on every call. An edited text is hashed again.

interface Kept {
  key: string;
  prints: Uint32Array;
}

/** Articles kept per project: under 1 KB each. */
const KEPT = 50_000;
const caches = new WeakMap<Db, Map<number, Kept>>();

const keyOf = (text: string) => `${text.length}:${text.slice(0, 64)}:${text.slice(-64)}`;

/** A function giving an article's sorted fingerprints, from the project's cache where the text is unchanged. */
export function printsFor(db: Db): (article: { id: number; text: string }) => Uint32Array {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<number, Kept>()));
  const kept = cache;
  return (article) => {
    const key = keyOf(article.text);
    let entry = kept.get(article.id);
    if (entry?.key !== key) {
      entry = { key, prints: sortedFingerprints(article.text) };
      // Oldest first out: a Map iterates in insertion order.
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
      kept.set(article.id, entry);
    }
    return entry.prints;
  };
}
