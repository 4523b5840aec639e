import type { Db } from '../../db/open.ts';
import { analysedText, textBlocks } from '../../nlp/structure.ts';
import { addNgramCounts } from './ngrams.ts';

// Each article's word and phrase counts for distinctive words: its headline and body with page
// furniture (share buttons, newsletter notices, bylines) and repeated paragraphs left out. Counting
// them is most of what Compare costs, so they are kept per project in memory, per article, for the
// next call (a toggle, another story with the same articles); an edited text is counted again.

export interface ArticleTerms {
  counts: Map<string, number>;
  /** Content words (unigrams) counted. */
  words: number;
}

interface Cached extends ArticleTerms {
  key: string;
}

/** Articles kept per project: about 30 MB at a few hundred terms each. */
const KEPT = 20_000;
const caches = new WeakMap<Db, Map<number, Cached>>();

function keyOf(title: string | null, text: string): string {
  return `${title ?? ''}\u0000${text.length}:${text.slice(0, 64)}:${text.slice(-64)}`;
}

function count(title: string | null, text: string): ArticleTerms {
  const counts = new Map<string, number>();
  addNgramCounts(`${title ?? ''}\n\n${analysedText(text, textBlocks(text))}`, counts);
  let words = 0;
  for (const [term, n] of counts) if (!term.includes(' ')) words += n;
  return { counts, words };
}

export function articleTerms(
  db: Db,
  articles: readonly { id: number; title: string | null; text: string }[],
): Map<number, ArticleTerms> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<number, Cached>()));
  const result = new Map<number, ArticleTerms>();
  for (const article of articles) {
    const key = keyOf(article.title, article.text);
    let entry = cache.get(article.id);
    if (entry?.key !== key) {
      entry = { key, ...count(article.title, article.text) };
      // Oldest first out: a Map iterates in insertion order.
      if (cache.size >= KEPT) cache.delete(cache.keys().next().value!);
      cache.set(article.id, entry);
    }
    result.set(article.id, entry);
  }
  return result;
}
