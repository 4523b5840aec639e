import { compileCodebook, cueBody, isWeakCue } from './compile.ts';
import type { CompiledCodebook } from './compile.ts';
import { figureIn } from './figures.ts';
import { nationMentions, secondNation, type NationMention } from './nations.ts';
import { isNonPrescriptiveModal } from './modality.ts';
import { isNegated } from './negation.ts';
import { matchTrie } from './phrases.ts';
import type { RawHit } from './phrases.ts';
import { sentenceMatcher, type SentenceMatcher } from './patterns.ts';
import { splitSentences } from './sentences.ts';
import { quotedTitles } from './titles.ts';
import { scanWords, wordAt } from './words.ts';
import type { Words } from './words.ts';
import type { Codebook, FrameHit, FrameResult, SentenceSpan } from './types.ts';

export { compileCodebook } from './compile.ts';
export { validateCodebook } from './validate.ts';

/** Words with the sentence each one lies in, and which patterns each sentence may match. */
type Layout = {
  words: Words;
  spans: SentenceSpan[];
  /** Sentence index per word; -1 for a word outside every sentence. */
  sentenceOf: Int32Array;
  firstWord: Int32Array;
  lastWord: Int32Array;
  /** Words, an apostrophe suffix ("'s", "n't") not counted on its own. */
  wordCount: number;
  candidates: Set<number>[];
};

/**
 * The frames a text evokes, strongest first; only frames with at least one hit. `sentences` (sorted or
 * not, but not overlapping), if the caller already split the text, saves splitting it again; hits outside
 * every sentence or straddling two are dropped, since they would have no evidence sentence.
 *
 * `matcher`, if given, must be `sentenceMatcher(text)`: detections of the same text that share one tag
 * each window once.
 *
 * Score = hits per 100 words, negated hits included: a denial ("no sanctions are linked") still puts the
 * frame in front of the reader, and normalising by length makes a wire brief and a long feature comparable.
 */
export function detectFrames(
  text: string,
  codebook: Codebook,
  sentences?: readonly SentenceSpan[],
  matcher?: SentenceMatcher,
): FrameResult[] {
  const compiled = compileCodebook(codebook);
  const spans = [...(sentences ?? splitSentences(text))].sort((a, b) => a.start - b.start);
  const layout = lay(text, spans, compiled);
  const raw = matchTrie(compiled.trie, layout.words, text);
  const match = matcher ?? sentenceMatcher(text);
  compiled.patterns.forEach((pattern, p) => {
    for (const sentence of [...(layout.candidates[p] ?? [])].sort((a, b) => a - b)) {
      const span = spans[sentence];
      if (span && holdsRequired(pattern.required, layout, sentence))
        for (const found of match(pattern, span))
          raw.push({ ...found, frame: pattern.frame, cue: pattern.cue });
    }
  });
  if (compiled.builtIns.length > 0) raw.push(...builtInHits(text, layout, compiled));
  return collect(text, raw, layout, compiled);
}

/**
 * A built-in cue's hit is the words that fulfil it: for `@two-nations`, the second nation named; for
 * `@figure`, the first figure.
 */
function builtInHits(text: string, layout: Layout, compiled: CompiledCodebook): RawHit[] {
  const hits: RawHit[] = [];
  const nations = compiled.builtIns.some(({ name }) => name !== '@figure');
  layout.spans.forEach((span, sentence) => {
    const from = layout.firstWord[sentence] ?? 0;
    const to = layout.lastWord[sentence] ?? -1;
    if (to < from) return;
    const mentions = nations ? mentionsIn(text, layout.words, from, to) : [];
    const second = secondNation(mentions, layout.words);
    const only = second ? null : (mentions[0] ?? null);
    for (const { frame, cue, name } of compiled.builtIns) {
      if (name === '@figure') {
        const figure = figureIn(text, span.start, span.end);
        if (figure) hits.push({ frame, cue, ...figure });
        continue;
      }
      const at = name === '@two-nations' ? second : only;
      if (at)
        hits.push({
          frame,
          cue,
          start: layout.words.starts[at.first] ?? 0,
          end: layout.words.ends[at.last] ?? 0,
        });
    }
  });
  return hits;
}

/**
 * The nations a stretch of words names, found once per text however many codebooks ask (the words of a
 * text are one object for all of its detections, see `scanWords`).
 */
function mentionsIn(text: string, words: Words, from: number, to: number): readonly NationMention[] {
  let known = nationsFound.get(words);
  if (!known) nationsFound.set(words, (known = new Map<string, readonly NationMention[]>()));
  const key = `${from}:${to}`;
  let mentions = known.get(key);
  if (!mentions) known.set(key, (mentions = nationMentions(text, words, from, to)));
  return mentions;
}
const nationsFound = new WeakMap<Words, Map<string, readonly NationMention[]>>();

function lay(text: string, spans: SentenceSpan[], compiled: CompiledCodebook): Layout {
  const words = scanWords(text);
  const sentenceOf = new Int32Array(words.count).fill(-1);
  const firstWord = new Int32Array(spans.length).fill(-1);
  const lastWord = new Int32Array(spans.length).fill(-2);
  const candidates = compiled.patterns.map(() => new Set<number>());
  let wordCount = 0;
  let s = 0;
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i] ?? 0;
    if (!(
      start > 1 &&
      /['\u2019]/.test(text[start - 1] ?? '') &&
      /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')
    ))
      wordCount++;
    while (s < spans.length && (spans[s]?.end ?? 0) <= start) s++;
    const span = spans[s];
    if (!span || span.start > start || (words.ends[i] ?? 0) > span.end) continue;
    sentenceOf[i] = s;
    if (firstWord[s] === -1) firstWord[s] = i;
    lastWord[s] = i;
    const patterns = compiled.anchors.get(words.keys[i] ?? '');
    if (patterns) for (const p of patterns) candidates[p]?.add(s);
  }
  for (const p of compiled.unanchored) spans.forEach((_, sentence) => candidates[p]?.add(sentence));
  return { words, spans, sentenceOf, firstWord, lastWord, wordCount, candidates };
}

/** The anchor found the sentence; the other required terms must be in it too before it is worth parsing. */
function holdsRequired(required: Set<string>[], layout: Layout, sentence: number): boolean {
  const from = layout.firstWord[sentence] ?? 0;
  const to = layout.lastWord[sentence] ?? -1;
  return required.slice(1).every((words) => {
    for (let i = from; i <= to; i++) if (words.has(layout.words.keys[i] ?? '')) return true;
    return false;
  });
}

function collect(text: string, raw: RawHit[], layout: Layout, compiled: CompiledCodebook): FrameResult[] {
  const { words, spans, sentenceOf } = layout;
  const byFrame = compiled.codebook.frames.map((): FrameHit[] => []);
  const titles = new Map<number, [number, number][]>();
  const titlesOf = (sentence: number) => {
    let known = titles.get(sentence);
    const span = spans[sentence];
    if (!known) titles.set(sentence, (known = span ? quotedTitles(text, span.start, span.end) : []));
    return known;
  };
  for (const hit of raw) {
    const first = wordAt(words, hit.start);
    const last = wordAt(words, hit.end - 1);
    const sentence = sentenceOf[first] ?? -1;
    const span = spans[sentence];
    if (!span || first < 0 || sentenceOf[last] !== sentence || hit.end > span.end) continue;
    const from = layout.firstWord[sentence] ?? first;
    const to = layout.lastWord[sentence] ?? last;
    if (!cueBody(hit.cue).startsWith('@') && insideName(text, words, first, last, from, to)) continue;
    if (!cueBody(hit.cue).startsWith('@') && insideTitle(titlesOf(sentence), hit.start, hit.end)) continue;
    if (isNonPrescriptiveModal(text, words, first, last, from)) continue;
    byFrame[hit.frame]?.push({
      start: hit.start,
      end: hit.end,
      cue: hit.cue,
      sentenceStart: span.start,
      sentenceEnd: span.end,
      negated: isNegated({ text, words }, first, last, from, to),
    });
  }
  const results: FrameResult[] = [];
  compiled.codebook.frames.forEach((frame, index) => {
    const hits = longestOnly(byFrame[index] ?? []);
    if (hits.length === 0) return;
    results.push({
      frame: frame.id,
      name: frame.name,
      // A figure confirms its companion cue; "sales fell 5%" names the market once, not twice.
      score:
        (100 * hits.filter((hit) => cueBody(hit.cue) !== '@figure').length) / Math.max(1, layout.wordCount),
      hits,
    });
  });
  // A stable sort keeps codebook order among equal scores.
  return results.sort((a, b) => b.score - a.score);
}

const insideTitle = (titles: readonly [number, number][], start: number, end: number) =>
  titles.some(([from, to]) => from <= start && end <= to);

const CAPITALISED = /^\p{Lu}/u;
const capitalised = (text: string, words: Words, i: number) =>
  CAPITALISED.test(text[words.starts[i] ?? 0] ?? '');
const joined = (text: string, words: Words, a: number, b: number) =>
  /^[ \t]+$/.test(text.slice(words.ends[a] ?? 0, words.starts[b] ?? 0));

/**
 * A one-word cue inside a capitalised name ("the State Health Department", "Marlow Hospital") names an
 * institution, an actor that can appear in any frame, not the frame's terms. A sentence mostly in
 * capitals (a headline in title case) is left alone, and so is a cue that is a name itself ("European
 * Union", written as a phrase of two words).
 */
function insideName(
  text: string,
  words: Words,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  if (first !== last || first === from || !capitalised(text, words, first)) return false;
  let capitals = 0;
  for (let i = from; i <= to; i++) if (capitalised(text, words, i)) capitals++;
  if (capitals * 2 > to - from + 1) return false;
  const before =
    first - 1 > from && capitalised(text, words, first - 1) && joined(text, words, first - 1, first);
  const after = last + 1 <= to && capitalised(text, words, last + 1) && joined(text, words, last, last + 1);
  return before || after;
}

/**
 * "humanitarian aid" and "aid" on the same words are one piece of evidence, not two. Where a weak and a
 * full cue cover exactly the same words ("?must be" and the pattern "must + verb"), the full reading is
 * kept: which one the codebook lists first must not decide whether "must be done" is evidence.
 */
function longestOnly(hits: FrameHit[]): FrameHit[] {
  const weak = (hit: FrameHit) => (isWeakCue(hit.cue) ? 1 : 0);
  return longestHits(hits, (a, b) => weak(a) - weak(b));
}

/**
 * Hits in text order, the longest first where two begin together (`tie` orders two on the same
 * words), and none that lies inside an earlier kept one. The cue preview keeps several cues' hits
 * this way, as the detector keeps one frame's.
 */
export function longestHits<T extends { start: number; end: number }>(
  hits: T[],
  tie: (a: T, b: T) => number = () => 0,
): T[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end || tie(a, b));
  const kept: T[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.end <= reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}
