import { isTopicWord, words } from './words.ts';

// Unigram and bigram counts for distinctive words. Stop words and reporting verbs ("stated",
// "insisted": how an outlet quotes, not what it writes about; words.ts) are dropped, and a bigram is two
// content words standing next to each other in one sentence ("goodwill gesture", "eu sanctions"):
// a pair straddling a dropped word or a full stop is no phrase.

const BREAK = /[.!?;:\n]/;

export function addNgramCounts(text: string, counts: Map<string, number>): void {
  let previous: { norm: string; end: number } | null = null;
  for (const word of words(text)) {
    const content = isTopicWord(word.norm, word.capitalised);
    if (content) counts.set(word.norm, (counts.get(word.norm) ?? 0) + 1);
    if (content && previous && !BREAK.test(text.slice(previous.end, word.start))) {
      const bigram = `${previous.norm} ${word.norm}`;
      counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
    }
    previous = content ? { norm: word.norm, end: word.end } : null;
  }
}

export function ngramCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) addNgramCounts(text, counts);
  return counts;
}
