import type { Db } from '../../db/open.ts';
import { FeatureSpace } from '../../nlp/learn/space.ts';
import { analysedText, textBlocks } from '../../nlp/structure.ts';
import { addNgramCounts } from './ngrams.ts';

// Each article's word and phrase counts for distinctive words: its headline and body with page
// furniture (share buttons, newsletter notices, bylines) and repeated paragraphs left out. Counting
// them is most of what Compare costs, so they are kept per project in memory, per article, for the
// next call (a toggle, another story with the same articles); an edited text is counted again.
// Terms are kept as numbers into the project's vocabulary: summing a 12,000-article search's counts
// per outlet through string-keyed maps took seconds, through arrays it takes milliseconds.

export interface ArticleTerms {
  /** Vocabulary numbers of the article's terms, and how often each is used (same order). */
  terms: Int32Array;
  counts: Int32Array;
  /** Content words (unigrams) counted. */
  words: number;
}

/** Terms by number and numbers by term, for one project: grows as articles are counted. */
export type Vocabulary = FeatureSpace;

interface Cached extends ArticleTerms {
  key: string;
}

/** Articles kept per project: about 30 MB at a few hundred terms each. */
const KEPT = 20_000;
/** Past this many terms the vocabulary is started afresh (with the articles counted through it). */
const MAX_VOCABULARY = 3_000_000;
const caches = new WeakMap<Db, { vocabulary: Vocabulary; articles: Map<number, Cached> }>();

function keyOf(title: string | null, text: string): string {
  return `${title ?? ''}\u0000${text.length}:${text.slice(0, 64)}:${text.slice(-64)}`;
}

function count(title: string | null, text: string, vocabulary: Vocabulary): ArticleTerms {
  const found = new Map<string, number>();
  addNgramCounts(`${title ?? ''}\n\n${analysedText(text, textBlocks(text))}`, found);
  const terms = vocabulary.vector([...found.keys()]);
  const counts = Int32Array.from(found.values());
  let words = 0;
  for (const [term, n] of found) if (!term.includes(' ')) words += n;
  return { terms, counts, words };
}

function cacheOf(db: Db): { vocabulary: Vocabulary; articles: Map<number, Cached> } {
  let cache = caches.get(db);
  if (!cache || cache.vocabulary.size > MAX_VOCABULARY)
    caches.set(db, (cache = { vocabulary: new FeatureSpace(), articles: new Map() }));
  return cache;
}

/** The counts of these articles, and the vocabulary their term numbers refer to. */
export function articleTerms(
  db: Db,
  articles: readonly { id: number; title: string | null; text: string }[],
): { vocabulary: Vocabulary; terms: Map<number, ArticleTerms> } {
  const { vocabulary, articles: kept } = cacheOf(db);
  const result = new Map<number, ArticleTerms>();
  for (const article of articles) {
    const key = keyOf(article.title, article.text);
    let entry = kept.get(article.id);
    if (entry?.key !== key) {
      entry = { key, ...count(article.title, article.text, vocabulary) };
      // Oldest first out: a Map iterates in insertion order.
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
      kept.set(article.id, entry);
    }
    result.set(article.id, entry);
  }
  return { vocabulary, terms: result };
}
