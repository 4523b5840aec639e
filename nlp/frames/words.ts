/**
 * The word layer shared by phrase cues, pattern prefilters and negation: runs of letters and digits with
 * their UTF-16 offsets, lower-cased and accent-folded for lookup. One regex pass, no compromise, so frame
 * detection stays cheap next to tagging.
 */
export type Words = {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Folded form used for all lookups. */
  keys: string[];
};

const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
const COMBINING = /\p{M}+/gu;

/** Lower case without diacritics, so "Pratica" and "pràtica" meet; offsets stay with the original text. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING, '') : lower;
}

export function scanWords(text: string): Words {
  // Analysis detects a text's frames once per codebook and once more for the cue preview's record: the
  // words are scanned once (callers only read them).
  if (last?.text === text) return last.words;
  const words = scan(text);
  last = { text, words };
  return words;
}
let last: { text: string; words: Words } | undefined;

function scan(text: string): Words {
  let capacity = Math.max(16, text.length >> 2);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  const keys: string[] = [];
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
    }
    starts[count] = m.index;
    ends[count] = m.index + m[0].length;
    keys.push(fold(m[0]));
    count++;
  }
  return { count, starts, ends, keys };
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/** Index of the last word starting at or before `offset` (-1 if none). */
export function wordAt(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((words.starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const SPACE_OR_HYPHEN = /[\s\-\u2010\u2011]+/g;
const APOSTROPHES = /['\u2019\u02bc]/g;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/**
 * The separator between two words reduced to a class, so the cue "goodwill gesture" meets "goodwill
 * gesture", "goodwill-gesture" and a line-wrapped "goodwill\ngesture", while "aid. Help" stays apart
 * from a cue "aid help". A paragraph break never joins words.
 */
export function gapClass(gap: string): string {
  if (gap === ' ') return ' ';
  if (PARAGRAPH_BREAK.test(gap)) return '\u00b6';
  return gap.replace(SPACE_OR_HYPHEN, ' ').replace(APOSTROPHES, "'");
}

/** Words of a plain cue, which of them end in the `*` wildcard, and the gap classes between them. */
export function cueWords(cue: string): { words: string[]; wild: boolean[]; gaps: string[] } {
  const words: string[] = [];
  const wild: boolean[] = [];
  const gaps: string[] = [];
  let last = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(cue); m; m = WORD.exec(cue)) {
    if (last >= 0) gaps.push(gapClass(cue.slice(last, m.index)));
    const end = m.index + m[0].length;
    const isWild = cue[end] === '*';
    words.push(fold(m[0]));
    wild.push(isWild);
    last = isWild ? end + 1 : end;
  }
  return { words, wild, gaps };
}
