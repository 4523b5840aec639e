import type { Db } from '../../db/open.ts';
import {
  storedPrints,
  unpackPrints,
  type ArticlePrints,
  type StoredPrintsRow,
} from '../../db/compare-features.ts';
import { printsKey } from './features.ts';
import { sortedFingerprints } from './fingerprint.ts';
import { keepArticle, type KeptArticles } from './kept-articles.ts';
import { atOnce, inChunks, type Steps } from './steps.ts';

// Each article's wire-copy fingerprints. The analysis stores them (migration 020); an article whose
// stored ones are missing (a project analysed before) or were hashed from another text is hashed
// here, and kept for the engine to store. Read or hashed, they are also kept in memory per project
// for the next Compare call (a toggle, another search over the same articles).

interface Kept {
  /** A cheap key of the text, for the next call; `textKey` is the one stored. */
  key: string;
  textKey: string;
  prints: Uint32Array;
}

/** `unsaved`: articles hashed here, not yet stored; the engine takes them (`takeUnsavedPrints`). */
type Cache = KeptArticles<Kept>;

/** Articles kept per project: under 1 KB each. */
const KEPT = 50_000;
const caches = new WeakMap<Db, Cache>();

const keyOf = (text: string) => `${text.length}:${text.slice(0, 64)}:${text.slice(-64)}`;

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { articles: new Map(), unsaved: new Set() }));
  return cache;
}

/**
 * A function giving an article's sorted fingerprints: kept in memory, else stored, else hashed from
 * its text. Those of `articles` not kept in memory are read from the project at once, in one query.
 */
export function printsFor(
  db: Db,
  articles: readonly { id: number; text: string }[] = [],
): (article: { id: number; text: string }) => Uint32Array {
  return atOnce(printsForSteps(db, articles));
}

/** `printsFor` as steps: the stored fingerprints read a chunk of articles at a time. */
export function* printsForSteps(
  db: Db,
  articles: readonly { id: number; text: string }[] = [],
): Steps<(article: { id: number; text: string }) => Uint32Array> {
  const cache = cacheOf(db);
  const missing = articles.filter((article) => cache.articles.get(article.id)?.key !== keyOf(article.text));
  const stored =
    missing.length > 0
      ? new Map(
          (yield* inChunks(
            'Reading stored wire fingerprints',
            missing.map((article) => article.id),
            (ids) => storedPrints(db, ids),
          )).map((row) => [row.article_id, row]),
        )
      : new Map<number, StoredPrintsRow>();
  return (article) => {
    const key = keyOf(article.text);
    let entry = cache.articles.get(article.id);
    if (entry?.key === key) return entry.prints;
    const textKey = printsKey(article.text);
    const row = stored.get(article.id);
    if (row?.text_key === textKey) {
      entry = { key, textKey, prints: unpackPrints(row.prints) };
      cache.unsaved.delete(article.id);
    } else {
      entry = { key, textKey, prints: sortedFingerprints(article.text) };
      cache.unsaved.add(article.id);
    }
    keepArticle(cache, article.id, entry, KEPT);
    return entry.prints;
  };
}

/** The articles hashed here from their text since the last call, for the engine to store. */
export function takeUnsavedPrints(db: Db): ArticlePrints[] {
  const cache = caches.get(db);
  if (!cache) return [];
  const rows: ArticlePrints[] = [];
  for (const id of cache.unsaved) {
    const entry = cache.articles.get(id);
    if (entry) rows.push({ articleId: id, key: entry.textKey, prints: entry.prints });
  }
  cache.unsaved.clear();
  return rows;
}
