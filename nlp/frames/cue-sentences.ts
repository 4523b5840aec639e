// The cue preview runs one frame's cues over tens of thousands of articles, and most sentences of an
// article hold none of the words a cue could begin with. Splitting only the paragraphs that may hold a
// cue, and scanning, matching and parsing only their sentences that may, gives the same hits for a
// fraction of the work.
import { compileCodebook } from './compile.ts';
import { detectFrames } from './detect.ts';
import { firstWords } from './phrases.ts';
import { paragraphAround, splitSentences } from './sentences.ts';
import type { Codebook, FrameHit, SentenceSpan } from './types.ts';

/**
 * A character that may belong to a word holding a non-ASCII letter or digit: anything outside ASCII but
 * white space and the punctuation and symbols news text is full of (curly quotes, dashes, "§", "©"),
 * none of which is a letter or digit. Such a word folds (case and accents, as the detector folds it) to
 * something no ASCII search can be sure of, so its sentence is kept.
 */
export const NON_ASCII_WORD =
  '[^\\s\\x00-\\x7f\\u00a1-\\u00a9\\u00ab-\\u00b1\\u00b4\\u00b6-\\u00b8\\u00bb\\u00bf\\u2010-\\u2027\\u2030-\\u205e]';

/** The search, and a quicker one that finds the same in a text holding no `_` (see `cueWordSearch`). */
type Search = { search: RegExp; quick: RegExp | null };

const searches = new WeakMap<Codebook, Search | null>();

/**
 * A search that finds at least one place in every sentence that may give a hit: a word a cue can begin
 * with (a phrase's first word, a pattern's anchor words) as a whole word, or the stem of a first word
 * ending in `*` at a word's start, in any case; or a non-ASCII letter. The detector starts a phrase only
 * at such a word and tries a pattern only on a sentence holding an anchor, so a sentence with none of
 * them gives no hit. A word of ASCII letters and digits folds to its lower case, which the case-blind
 * search finds; a word with any other letter is found by that letter. Null when some cue needs no
 * particular word (a built-in cue, a pattern of tags only): then every sentence is matched.
 *
 * The quick search starts a word with `\b` instead of a look behind, which the regex engine tries far
 * faster (about 40% less time over news text). Before a word that begins with a letter or digit, `\b`
 * means "no letter, digit or `_` before it" and the look behind "no letter or digit", so the two agree
 * on any text without `_`.
 */
function cueWordSearch(codebook: Codebook): Search | null {
  if (searches.has(codebook)) return searches.get(codebook) ?? null;
  const compiled = compileCodebook(codebook);
  const { exact, stems } = firstWords(compiled.trie);
  const whole = [...exact, ...compiled.anchors.keys()];
  let search: Search | null = null;
  if (
    compiled.builtIns.length === 0 &&
    compiled.unanchored.length === 0 &&
    ![...whole, ...stems].includes('')
  ) {
    // A word with letters beyond ASCII is only in text words that hold such a letter: NON_ASCII_WORD finds those.
    const ascii = (words: string[]) => words.filter((word) => /^[\p{ASCII}]+$/u.test(word));
    const words = alternation(ascii(whole), ascii(stems));
    const wordsOnly = [...ascii(whole), ...ascii(stems)].every((word) => /^[a-z0-9]/i.test(word));
    search = {
      search: new RegExp(`${WORD_START}${words}|${NON_ASCII_WORD}`, 'gi'),
      quick: wordsOnly ? new RegExp(`\\b${words}|${NON_ASCII_WORD}`, 'gi') : null,
    };
  }
  searches.set(codebook, search);
  return search;
}

// Word edges as the detector's word scan sees them, for ASCII: a letter beyond ASCII next to the word
// makes it a word NON_ASCII_WORD finds anyway.
const WORD_START = '(?<![a-z0-9])';
const WORD_END = '(?![a-z0-9])';

/**
 * Whole words and stems as one regex alternation that shares their common beginnings
 * ("elect(?:ion|ed)"), so the regex engine tries a few letters at each place instead of every word. A
 * stem that a longer word begins with stands for both.
 */
function alternation(whole: readonly string[], stems: readonly string[]): string {
  type Node = { next: Map<string, Node>; whole: boolean; stem: boolean };
  const root: Node = { next: new Map(), whole: false, stem: false };
  const add = (word: string, kind: 'whole' | 'stem') => {
    let at = root;
    for (const char of word) {
      let next = at.next.get(char);
      if (!next) at.next.set(char, (next = { next: new Map(), whole: false, stem: false }));
      at = next;
    }
    at[kind] = true;
  };
  whole.forEach((word) => add(word, 'whole'));
  stems.forEach((word) => add(word, 'stem'));
  const source = (node: Node): string => {
    if (node.stem) return '';
    const branches = [...node.next].map(([char, next]) => escape(char) + source(next));
    if (node.whole) branches.push(WORD_END);
    return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  };
  // No word at all: a search that finds nothing but non-ASCII letters.
  return root.next.size === 0 ? '(?!)' : source(root);
}

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The hits `detectFrames(text, codebook)` finds, frame after frame in its order, each frame's hits in
 * text order, with the same offsets, evidence sentences and negation. Only the paragraphs holding a
 * possible cue word are split (with the detector's own splitter, which gives a paragraph the sentences
 * the whole text's split gives it), and only their sentences holding one are matched, as one text of
 * those sentences whose offsets are mapped back: nothing in the detector looks beyond a sentence's
 * edges, and each frame keeps its share of the hits, so the frames come in the same order.
 */
export function cueHits(text: string, codebook: Codebook): FrameHit[] {
  return cueHitsByFrame(text, codebook).flatMap((found) => found.hits);
}

/**
 * `detectFrames(text, codebook)`'s frames (by id) and hits, found as `cueHits` finds them. Without the
 * score: the frames come in the order of their score in the text, which the kept sentences alone
 * cannot give.
 */
export function cueHitsByFrame(text: string, codebook: Codebook): { frame: string; hits: FrameHit[] }[] {
  const searched = cueWordSearch(codebook);
  if (!searched) return detectFrames(text, codebook);
  const { search, quick } = searched;
  const kept = sentencesWithCueWords(text, quick && !text.includes('_') ? quick : search);
  if (kept.length === 0) return [];
  // The kept sentences, one after another, each with the shift back to its place in `text`.
  let joined = '';
  const spans: SentenceSpan[] = [];
  const shifts = new Map<number, number>();
  for (const span of kept) {
    if (joined) joined += '\n\n';
    shifts.set(joined.length, span.start - joined.length);
    spans.push({ start: joined.length, end: joined.length + span.end - span.start });
    joined += text.slice(span.start, span.end);
  }
  return detectFrames(joined, codebook, spans).map((found) => ({
    frame: found.frame,
    hits: found.hits.map((hit) => {
      const shift = shifts.get(hit.sentenceStart) ?? 0;
      return {
        ...hit,
        start: hit.start + shift,
        end: hit.end + shift,
        sentenceStart: hit.sentenceStart + shift,
        sentenceEnd: hit.sentenceEnd + shift,
      };
    }),
  }));
}

/** The sentences of `text`, in order, in which the search finds something. */
function sentencesWithCueWords(text: string, search: RegExp): SentenceSpan[] {
  const kept: SentenceSpan[] = [];
  let paragraph: SentenceSpan = { start: 0, end: -1 };
  let spans: SentenceSpan[] = [];
  let s = 0;
  search.lastIndex = 0;
  for (let found = search.exec(text); found; found = search.exec(text)) {
    if (found.index >= paragraph.end) {
      paragraph = paragraphAround(text, found.index);
      spans = splitSentences(text, paragraph.start, paragraph.end);
      s = 0;
    }
    while (s < spans.length && (spans[s]?.end ?? 0) <= found.index) s++;
    const span = spans[s];
    // Every character but white space is in a sentence; the rest of this one need not be searched.
    if (!span || span.start > found.index) continue;
    kept.push(span);
    s++;
    search.lastIndex = Math.max(search.lastIndex, span.end);
  }
  return kept;
}
