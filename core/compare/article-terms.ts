import type { Db } from '../../db/open.ts';
import {
  storedTerms,
  unpackTerms,
  vocabularyTerms,
  type ArticleTermCounts,
} from '../../db/compare-features.ts';
import { FeatureSpace } from '../../nlp/learn/space.ts';
import { countTerms, earlierTermsKey, termsKey } from './features.ts';
import { holdsReportingWord } from './words.ts';
import { keepArticle, type KeptArticles } from './kept-articles.ts';
import { atOnce, inChunks, STEP_ARTICLES, type Steps } from './steps.ts';

// Each article's word and phrase counts for distinctive words: its headline and body with page
// furniture (share buttons, newsletter notices, bylines) and repeated paragraphs left out. The
// analysis stores them (migration 020); an article whose stored counts are missing (a project
// analysed before) or were counted from another text is counted here, and kept for the engine to
// store. Read or counted, they are also kept in memory per project for the next call (a toggle,
// another story with the same articles). Terms are numbers into a vocabulary kept in memory: summing
// a 12,000-article search's counts per outlet through string-keyed maps took seconds, through
// arrays it takes milliseconds.

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
  /** A cheap key of the text, for the next call; `textKey` is the one stored. */
  key: string;
  textKey: string;
}

/** `unsaved`: articles counted here from their text, not yet stored; the engine takes them (`takeUnsavedTerms`). */
interface Cache extends KeptArticles<Cached> {
  vocabulary: Vocabulary;
  /** The memory vocabulary's number of each stored vocabulary number read so far (-1: not read yet). */
  fromStored: Int32Array;
  /** Per memory vocabulary number: 1 when the term holds a reporting verb, 2 when not, 0 not asked yet. */
  reporting: Uint8Array;
}

/** Articles kept per project: about 30 MB at a few hundred terms each. */
const KEPT = 20_000;
/** Past this many terms the vocabulary is started afresh (with the articles counted through it). */
const MAX_VOCABULARY = 3_000_000;
const caches = new WeakMap<Db, Cache>();

function keyOf(title: string | null, text: string): string {
  return `${title ?? ''}\u0000${text.length}:${text.slice(0, 64)}:${text.slice(-64)}`;
}

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache || cache.vocabulary.size > MAX_VOCABULARY)
    caches.set(
      db,
      (cache = {
        vocabulary: new FeatureSpace(),
        articles: new Map(),
        fromStored: new Int32Array(0),
        reporting: new Uint8Array(0),
        unsaved: new Set(),
      }),
    );
  return cache;
}

/** The counts of these articles, and the vocabulary their term numbers refer to. */
export function articleTerms(
  db: Db,
  articles: readonly { id: number; title: string | null; text: string }[],
): { vocabulary: Vocabulary; terms: Map<number, ArticleTerms> } {
  return atOnce(articleTermSteps(db, articles));
}

/** `articleTerms` as steps: stored counts read a chunk at a time, then the rest counted from their texts. */
export function* articleTermSteps(
  db: Db,
  articles: readonly { id: number; title: string | null; text: string }[],
): Steps<{ vocabulary: Vocabulary; terms: Map<number, ArticleTerms> }> {
  const cache = cacheOf(db);
  const result = new Map<number, ArticleTerms>();
  const missing: { id: number; title: string | null; text: string; key: string }[] = [];
  for (const article of articles) {
    const key = keyOf(article.title, article.text);
    const entry = cache.articles.get(article.id);
    if (entry?.key === key) result.set(article.id, entry);
    else missing.push({ ...article, key });
  }
  if (missing.length === 0) return { vocabulary: cache.vocabulary, terms: result };

  const stored = new Map(
    (yield* inChunks(
      'Reading stored word counts',
      missing.map((article) => article.id),
      (ids) => storedTerms(db, ids),
    )).map((row) => [row.article_id, row]),
  );
  const missingById = new Map(missing.map((article) => [article.id, article]));
  /** `earlier`: stored by a counting that kept reporting verbs, which are dropped once read. */
  const read: { id: number; entry: Cached; earlier: boolean }[] = [];
  /** Articles with no stored counts of their present text, counted below (after the stored ones are read). */
  const toCount: { article: (typeof missing)[number]; textKey: string }[] = [];
  /** Stored numbers to look up, each once (marked -2 meanwhile). */
  const unknown: number[] = [];
  for (const article of missing) {
    const textKey = termsKey(article.title, article.text);
    const row = stored.get(article.id);
    const earlier = row !== undefined && row.text_key === earlierTermsKey(article.title, article.text);
    if (row?.text_key === textKey || earlier) {
      const { terms, counts } = unpackTerms(row.terms);
      // Numbers ascend: the last is the largest.
      if (terms.length > 0 && terms[terms.length - 1]! >= cache.fromStored.length)
        cache.fromStored = grown(cache.fromStored, terms[terms.length - 1]! + 1);
      for (const term of terms)
        if (cache.fromStored[term] === -1) {
          cache.fromStored[term] = -2;
          unknown.push(term);
        }
      read.push({
        id: article.id,
        entry: { key: article.key, textKey, terms, counts, words: row.words },
        earlier,
      });
      continue;
    }
    toCount.push({ article, textKey });
  }
  // From marking unknown numbers (-2) to looking them up, no step: another comparison run meanwhile
  // would take a marked number for a missing one.
  if (unknown.length > 0) {
    const found = vocabularyTerms(db, unknown);
    const numbers = cache.vocabulary.vector(found.map((row) => row.term));
    found.forEach((row, i) => (cache.fromStored[row.id] = numbers[i]!));
    // A number the vocabulary lacks is looked up again next time.
    for (const term of unknown) if (cache.fromStored[term] === -2) cache.fromStored[term] = -1;
  }
  for (const { id, entry, earlier } of read) {
    // Stored numbers become the memory vocabulary's, in place; a number the vocabulary lacks (a
    // damaged file) has the article counted from its text instead.
    let whole = true;
    for (let i = 0; i < entry.terms.length && whole; i++) {
      const number = cache.fromStored[entry.terms[i]!]!;
      if (number < 0) whole = false;
      else entry.terms[i] = number;
    }
    if (whole) {
      if (earlier) withoutReportingWords(entry, cache);
      keepArticle(cache, id, entry, KEPT);
      cache.unsaved.delete(id);
      result.set(id, entry);
    } else result.set(id, counted(cache, id, missingById.get(id)!, entry.key, entry.textKey));
  }
  for (const [i, { article, textKey }] of toCount.entries()) {
    if (i % STEP_ARTICLES === 0) yield { label: 'Counting words in texts', done: i, total: toCount.length };
    result.set(article.id, counted(cache, article.id, article, article.key, textKey));
  }
  return { vocabulary: cache.vocabulary, terms: result };
}

/** Drops the terms holding a reporting verb from counts an earlier counting stored (in place). */
function withoutReportingWords(entry: Cached, cache: Cache): void {
  const { names } = cache.vocabulary;
  if (cache.reporting.length < names.length) {
    const larger = new Uint8Array(Math.max(names.length, cache.reporting.length * 2));
    larger.set(cache.reporting);
    cache.reporting = larger;
  }
  const { terms, counts } = entry;
  let kept = 0;
  for (let i = 0; i < terms.length; i++) {
    const number = terms[i]!;
    if (cache.reporting[number] === 0) cache.reporting[number] = holdsReportingWord(names[number]!) ? 1 : 2;
    if (cache.reporting[number] === 2) {
      terms[kept] = number;
      counts[kept++] = counts[i]!;
    } else if (!names[number]!.includes(' ')) entry.words -= counts[i]!; // a word counted, not a pair
  }
  if (kept < terms.length) {
    entry.terms = terms.subarray(0, kept);
    entry.counts = counts.subarray(0, kept);
  }
}

/** `numbers` with room for `size`, the new places not read yet (-1); grown by half again at least. */
function grown(numbers: Int32Array, size: number): Int32Array {
  const larger = new Int32Array(Math.max(size, Math.ceil(numbers.length * 1.5))).fill(-1);
  larger.set(numbers);
  return larger;
}

function counted(
  cache: Cache,
  id: number,
  article: { title: string | null; text: string },
  key: string,
  textKey: string,
): Cached {
  const found = countTerms(article.title, article.text);
  const entry: Cached = {
    key,
    textKey,
    terms: cache.vocabulary.vector(found.terms),
    counts: Int32Array.from(found.counts),
    words: found.words,
  };
  keepArticle(cache, id, entry, KEPT);
  cache.unsaved.add(id);
  return entry;
}

/** The articles counted here from their text since the last call, by their words, for the engine to store. */
export function takeUnsavedTerms(db: Db): ArticleTermCounts[] {
  const cache = caches.get(db);
  if (!cache) return [];
  const rows: ArticleTermCounts[] = [];
  for (const id of cache.unsaved) {
    const entry = cache.articles.get(id);
    if (!entry) continue;
    rows.push({
      articleId: id,
      key: entry.textKey,
      words: entry.words,
      terms: Array.from(entry.terms, (term) => cache.vocabulary.names[term]!),
      counts: entry.counts,
    });
  }
  cache.unsaved.clear();
  return rows;
}
