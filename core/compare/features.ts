import { crc32 } from 'node:zlib';
import { analysedText, textBlocks, type TextBlock } from '../../nlp/structure.ts';
import type { ArticlePrints, ArticleTermCounts } from '../../db/compare-features.ts';
import { sortedFingerprints } from './fingerprint.ts';
import { addNgramCounts } from './ngrams.ts';
import { TERMS_COUNTING } from './words.ts';

// What Compare counts in each article, and the keys that say which text it was counted from. The
// analysis counts them when it analyses an article and stores them (migration 020); Compare reads
// them, and counts from the text only what is not stored or was counted from another text.

/** Which headline and text an article's terms were counted from, and by which counting. */
export function termsKey(title: string | null, text: string): string {
  return `${earlierTermsKey(title, text)}:t${TERMS_COUNTING}`;
}

/** The key of counts stored before the counting was part of it (reporting verbs still counted). */
export function earlierTermsKey(title: string | null, text: string): string {
  return `${text.length}:${crc32(`${title ?? ''}\u0000${text}`).toString(16)}`;
}

/** Which text an article's fingerprints were hashed from. */
export function printsKey(text: string): string {
  return `${text.length}:${crc32(text).toString(16)}`;
}

/**
 * The words and two-word phrases of an article's headline and body for distinctive words, page
 * furniture and repeated paragraphs left out, with their counts and how many content words it has.
 * `blocks` are the text's blocks when the analysis has found them already (`textBlocks`).
 */
export function countTerms(
  title: string | null,
  text: string,
  blocks: readonly TextBlock[] = textBlocks(text),
): { terms: string[]; counts: number[]; words: number } {
  const found = new Map<string, number>();
  addNgramCounts(`${title ?? ''}\n\n${analysedText(text, blocks)}`, found);
  let words = 0;
  for (const [term, n] of found) if (!term.includes(' ')) words += n;
  return { terms: [...found.keys()], counts: [...found.values()], words };
}

export interface CompareFeatures {
  terms: ArticleTermCounts;
  prints: ArticlePrints;
}

/**
 * Everything Compare stores of one article, counted as the analysis does it; `blocks` are the
 * text's blocks the analysis found (finding them again would cost a third of this).
 */
export function articleFeatures(
  articleId: number,
  title: string | null,
  text: string,
  blocks?: readonly TextBlock[],
): CompareFeatures {
  return {
    terms: { articleId, key: termsKey(title, text), ...countTerms(title, text, blocks) },
    prints: { articleId, key: printsKey(text), prints: sortedFingerprints(text) },
  };
}
