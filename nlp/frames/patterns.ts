// Pattern cues (`~...`) run through compromise's own matcher, so codebook authors get its documented
// syntax. Only candidate sentences (those holding a word the pattern cannot match without) are parsed.
import nlp from 'compromise';
// Framescope's lexicon must be registered before any tagging, whatever the import order.
import { chunked, tagged as tagText, tokenized } from '../compromise.ts';
import { fold } from './words.ts';
import { boundedRegex, regexProblem } from './safe-regex.ts';

type Term = {
  word?: string;
  min?: number;
  max?: number;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  regex?: { test(text: string): boolean };
  fastOr?: Set<string>;
  choices?: Term[][];
  optional?: boolean;
  negative?: boolean;
  chunk?: string;
  tag?: string;
  method?: string;
};

export type CompiledPattern = {
  cue: string;
  frame: number;
  terms: Term[];
  /** Needs POS tags (`#Noun`), so it runs on tagged text. */
  tagged: boolean;
  /** Asks for compromise's chunks (`<Noun>`), which tagged text then gets too. */
  chunks: boolean;
  /**
   * For a tagged pattern, the most words a match can span; null when unbounded (`*`, `+`) or tied to the
   * sentence's start or end. A bounded pattern is tagged on a window around each anchor word rather than
   * on the whole sentence (see `sentenceMatcher`).
   */
  span: number | null;
  /**
   * For each term a match cannot do without, the folded words it could be, most selective first: a
   * sentence is only parsed if it holds a word of every set. Empty: try every sentence.
   */
  required: Set<string>[];
  /**
   * For a bounded tagged pattern that can be proved to match without tags where it matches at all its
   * words allow (see `wordsOnly`): the pattern's first term alone, and the pattern with its terms' tag
   * alternatives left out. Null otherwise.
   */
  untagged: Untagged | null;
};

/**
 * A tagged pattern's match without tags (see `wordsOnly`), and a quick look at a window's text that tells
 * when it is not worth trying: the pattern's words, read from the raw text, follow fewer of its first
 * words than there are.
 */
type Untagged = { lead: Term[]; terms: Term[]; quick: { lead: RegExp; whole: RegExp } };

type World = {
  model: { one: { tagSet: Record<string, unknown> } };
  methods: { one: { termMethods: object } };
};
const world = nlp.world() as unknown as World;
const TAGS = new Map(Object.keys(world.model.one.tagSet).map((tag) => [tag.toLowerCase(), tag]));
const METHODS = new Set(Object.keys(world.methods.one.termMethods));
const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export function compilePattern(cue: string, frame: number): CompiledPattern {
  let parts = compiledParts.get(cue);
  if (!parts) {
    const terms = (nlp.parseMatch(cue.slice(1).trim()) as Term[]).map(bounded);
    const tagged = terms.some(usesTags);
    const span = maxSpan(terms);
    parts = {
      terms,
      tagged,
      chunks: terms.some(usesChunks),
      span,
      required: requiredWords(terms),
      untagged: tagged && span !== null ? wordsOnly(terms) : null,
    };
    if (compiledParts.size >= MAX_REMEMBERED) compiledParts.clear();
    compiledParts.set(cue, parts);
  }
  return { cue, frame, ...parts };
}

// A pattern is compiled once per process, however many codebooks hold its cue: a project's codebooks and
// the one-cue-per-frame book whose hits analysis records for the cue preview hold the same cues, and each
// analysis worker compiles them all when it starts. Matching only reads the compiled terms.
// Bounded, for a long session of cue edits.
const MAX_REMEMBERED = 10_000;
const compiledParts = new Map<string, Omit<CompiledPattern, 'cue' | 'frame'>>();

/** A term that matches one word by its words alone: a word or a set of words, no tag, regex or method. */
const plainWord = (term: Term): boolean =>
  (term.word !== undefined || term.fastOr !== undefined) &&
  term.tag === undefined &&
  term.regex === undefined &&
  term.method === undefined &&
  term.choices === undefined &&
  !term.negative &&
  !term.greedy &&
  term.min === undefined &&
  term.max === undefined &&
  !term.start &&
  !term.end;

const notWord = (term: Term): boolean =>
  !!term.negative && !term.optional && plainWord({ ...term, negative: false });

/**
 * The pattern without its tag alternatives, when every match it makes is one the whole pattern makes on
 * the tagged words, with the same span, and the whole pattern can begin only where it can: the first
 * term a word (or set of words) the match needs; then words, optional words each followed by a needed
 * term, and choices of one word each, some of them tags ("(#Verb|be)"). compromise tries a choice's
 * alternatives in order and takes the first that fits: a tag or a word, either takes one word, so where
 * the words fit the span is the same. An optional word is skipped only where the term after it fits
 * that word and not the next one; the term after it is needed, so where the pattern without tags fits
 * the next word the whole one does too, and neither skips. Null when a term needs a tag (or may span
 * more than one word, or is optional and holds one): its match cannot be had without tagging.
 */
function wordsOnly(all: readonly Term[]): Untagged | null {
  // A leading word the match must not begin with ("!(you|he) should be": advice to a person) takes one
  // word and needs no tag: it is kept as it is, and the term after it leads.
  const not = all[0] && notWord(all[0]) ? all[0] : null;
  const terms = not ? all.slice(1) : all;
  const [lead] = terms;
  if (!lead || lead.optional || !plainWord(lead)) return null;
  const relaxed: Term[] = [];
  for (const [i, term] of terms.entries()) {
    if (term.optional && (!plainWord(term) || terms[i + 1] === undefined || terms[i + 1]?.optional))
      return null;
    if (plainWord(term)) relaxed.push(term);
    else if (term.choices && !term.optional && !term.negative && !term.greedy && term.min === undefined) {
      if (
        !term.choices.every(
          (choice) => choice.length === 1 && choice[0] && !choice[0].greedy && !choice[0].optional,
        )
      )
        return null;
      const words = term.choices.filter((choice) => choice[0] && plainWord(choice[0]));
      if (words.length === 0) return null;
      relaxed.push({ ...term, choices: words });
    } else return null;
  }
  const words = (term: Term): string[] =>
    term.word !== undefined
      ? [term.word]
      : term.fastOr
        ? [...term.fastOr]
        : (term.choices ?? []).flatMap((choice) => (choice[0] ? words(choice[0]) : []));
  const alternatives = (term: Term) =>
    `(?:${words(term)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('|')})(?![\\p{L}\\p{N}])`;
  // The raw-text look only counts where the lead stands; the word before it is compromise's to judge.
  const start = `(?<![\\p{L}\\p{N}])${alternatives(lead)}`;
  const rest = relaxed
    .slice(1)
    .map((term) => `(?:[^\\p{L}\\p{N}]+${alternatives(term)})${term.optional ? '?' : ''}`)
    .join('');
  return {
    lead: not ? [not, lead] : [lead],
    terms: not ? [not, ...relaxed] : relaxed,
    quick: { lead: new RegExp(start, 'giu'), whole: new RegExp(start + rest, 'giu') },
  };
}

/** The most words the terms can match, or null when a term repeats without bound or anchors to an edge. */
function maxSpan(terms: readonly Term[]): number | null {
  let total = 0;
  for (const term of terms) {
    if (term.start || term.end) return null;
    let length: number | null;
    if (term.choices) {
      const lengths = term.choices.map(maxSpan);
      length = lengths.some((l) => l === null) ? null : Math.max(0, ...(lengths as number[]));
    } else if (term.max !== undefined) length = term.max;
    else length = term.greedy ? null : 1;
    if (length === null) return null;
    total += length;
  }
  return total;
}

/** What is wrong with a pattern cue, in words a codebook author can act on; null when it is fine. */
export function patternProblem(cue: string): string | null {
  let problem = problems.get(cue);
  if (problem === undefined) {
    if (problems.size >= MAX_REMEMBERED) problems.clear();
    problems.set(cue, (problem = findPatternProblem(cue)));
  }
  return problem;
}

// Validating a codebook parses each pattern: remembered per cue, as compiled patterns are.
const problems = new Map<string, string | null>();

function findPatternProblem(cue: string): string | null {
  const pattern = cue.slice(1).trim();
  if (pattern === '') return 'the pattern after "~" is empty';
  const brackets = bracketProblem(pattern);
  if (brackets) return brackets;
  for (const source of regexTerms(pattern)) {
    const unsafe = regexProblem(source);
    if (unsafe) return unsafe;
  }
  for (const [, tag] of pattern.matchAll(/#([\p{L}\p{N}_]*)/gu)) {
    if (!tag) return 'a "#" must be followed by a tag name, e.g. #Noun';
    if (!TAGS.has(tag.toLowerCase()))
      return `unknown tag #${tag} (compromise tags include #Noun, #Verb, #Adjective, #Person, #Place)`;
  }
  for (const [, method] of pattern.matchAll(/@(\w*)/g)) {
    if (!method || !METHODS.has(method)) return `unknown term method @${method ?? ''} (e.g. @hasComma)`;
  }
  let terms: Term[];
  try {
    terms = nlp.parseMatch(pattern);
    nlp.tokenize('a test sentence').match(terms);
  } catch (error) {
    return `compromise cannot read it (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!terms.some((term) => !term.optional && !term.negative))
    return 'every term is optional, so it would match nothing';
  return null;
}

/** The pattern's /regex/ terms, bounded in the length of word they are tried on (see safe-regex.ts). */
function bounded(term: Term): Term {
  const choices = term.choices?.map((choice) => choice.map(bounded));
  const regex = term.regex instanceof RegExp ? boundedRegex(term.regex) : term.regex;
  return { ...term, ...(choices ? { choices } : {}), ...(regex ? { regex } : {}) };
}

/** The sources of the /regex/ terms in a pattern, as compromise splits them out. */
function regexTerms(pattern: string): string[] {
  const sources: string[] = [];
  for (const token of pattern.split(/\s+/)) {
    const match = /^[!~[^]*(?:<[^<]*>)?\/(.+)\/[?\]+*$~]*$/.exec(token);
    if (match?.[1]) sources.push(match[1]);
  }
  return sources;
}

function bracketProblem(pattern: string): string | null {
  const open: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '/' && (i === 0 || pattern[i - 1] === ' ')) {
      const close = pattern.indexOf('/', i + 1); // a /regex/ term: its brackets are its own
      if (close < 0) return 'a "/" regex term is not closed with "/"';
      i = close;
    } else if (c in CLOSE) {
      if (pattern[i + 1] === CLOSE[c]) return `empty "${c}${CLOSE[c] ?? ''}"`;
      if (c === '(' && pattern[i + 1] === '|') return 'an alternative in "( | )" is empty';
      open.push(c);
    } else if (c === ')' || c === ']' || c === '}') {
      const last = open.pop();
      if (last === undefined || CLOSE[last] !== c) return `"${c}" has no matching opening bracket`;
    } else if (c === '|' && (pattern[i + 1] === '|' || pattern[i + 1] === ')')) {
      return 'an alternative in "( | )" is empty';
    }
  }
  const unclosed = open.pop();
  return unclosed ? `"${unclosed}" is not closed with "${CLOSE[unclosed] ?? ''}"` : null;
}

function usesChunks(term: Term): boolean {
  return term.chunk !== undefined || (term.choices ?? []).some((choice) => choice.some(usesChunks));
}

function usesTags(term: Term): boolean {
  return term.tag !== undefined || (term.choices ?? []).some((choice) => choice.some(usesTags));
}

// Function words say little about a sentence, so a pattern is indexed by its rarest-looking required term.
export const COMMON = new Set<string>(
  (
    'a an the of to in on at by for with from and or but not no is are was were be been has have had it its ' +
    'this that there their his her he she they we you i up down out off over into as so if do did'
  ).split(' '),
);
// compromise expands contractions ("don't" → do not) but the word scan sees "don" and "t".
const CONTRACTED = new Map(
  'not:t is:s has:s are:re will:ll have:ve would:d had:d am:m'.split(' ').map((pair) => {
    const [full = '', tail = ''] = pair.split(':');
    return [full, tail];
  }),
);

function requiredWords(terms: Term[]): Set<string>[] {
  const sets: Set<string>[] = [];
  for (const term of terms) {
    if (term.optional || term.negative) continue;
    const words = termWords(term);
    if (words) sets.push(new Set(words.flatMap((word) => [word, CONTRACTED.get(word) ?? word])));
  }
  return sets.sort((a, b) => selectivity(b) - selectivity(a));
}

function termWords(term: Term): string[] | null {
  if (term.word !== undefined) return [anchorKey(term.word)];
  if (term.fastOr) return [...term.fastOr].map(anchorKey);
  if (term.choices) {
    const firsts = term.choices.map((choice) => (choice[0] ? termWords(choice[0]) : null));
    if (firsts.every((words) => words !== null)) return firsts.flat();
  }
  return null;
}

/** compromise keeps "anti-Russian" as one term; the word scan sees "anti" and "russian": any part will do. */
function anchorKey(word: string): string {
  const parts = fold(word).match(/[\p{L}\p{N}]+/gu) ?? [word];
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function selectivity(words: Set<string>): number {
  let score = -words.size;
  for (const word of words) score += COMMON.has(word) ? -100 : Math.min(word.length, 8) / words.size;
  return score;
}

type Doc = ReturnType<typeof nlp>;
type OffsetTerm = { offset?: { start: number; length: number } };

export type Span = { start: number; end: number };
export type SentenceMatcher = {
  (pattern: CompiledPattern, span: Span): Span[];
  /** How many stretches of the text were tagged so far: tagging is the dear part of matching. */
  readonly tagged: number;
};

/**
 * Words of context tagged on either side of a bounded pattern's reach. compromise's tagger reads a few
 * neighbours of each word, so a window this wide tags the words a match can touch as the whole sentence
 * does: over the 1,836 sentences of the Brown corpus (494 samples) holding "should", "must" or "ought",
 * the policy frames' "should/must + verb" pattern matched exactly the same words tagged in windows as in
 * whole sentences, at well under half the tagging time (3 words of context missed one match).
 */
const CONTEXT_WORDS = 4;

/** Every character compromise reads as an apostrophe (its `killUnicode` table). */
const APOSTROPHE = /['\u2018\u2019\u201b\u275b\u275c]/;

/** Matches patterns sentence by sentence, parsing each sentence (or window of it) at most once. */
export function sentenceMatcher(text: string): SentenceMatcher {
  const cache = new Map<string, Doc>();
  // Tagged windows are tagged without chunks until a pattern asks for them (`<Noun>`).
  const withChunks = new Set<Doc>();
  let taggings = 0;
  const docOf = (from: number, to: number, tagged: boolean): Doc => {
    const key = `${tagged ? 't' : 'w'}${from}:${to}`;
    let doc = cache.get(key);
    if (!doc) {
      const slice = text.slice(from, to);
      if (tagged) taggings++;
      doc = tagged ? tagText(slice) : tokenized(slice);
      doc.compute('offset');
      cache.set(key, doc);
    }
    return doc;
  };
  const taggedDoc = (pattern: CompiledPattern, from: number, to: number): Doc => {
    const doc = docOf(from, to, pattern.tagged);
    if (pattern.tagged && pattern.chunks && !withChunks.has(doc)) {
      // compromise's offsets hold: chunking after them changes no term.
      chunked(doc);
      withChunks.add(doc);
    }
    return doc;
  };
  const matchIn = (pattern: CompiledPattern, from: number, to: number, found: Span[]) => {
    const matched = untaggedMatch(pattern, from, to) ?? taggedDoc(pattern, from, to).match(pattern.terms);
    for (const terms of matched.docs as unknown as OffsetTerm[][]) {
      const first = terms[0]?.offset;
      const last = terms[terms.length - 1]?.offset;
      if (first && last && last.start + last.length > first.start)
        found.push({ start: from + first.start, end: from + last.start + last.length });
    }
  };
  /**
   * A window's matches found without tagging it, when they can be: the pattern without its tag
   * alternatives begins a match at every word the pattern can begin with, so the whole pattern would
   * make the same matches there, and it can begin nowhere else. The words must be the ones the tagger
   * sees: no apostrophe, since the tagger splits some contractions ("'s", "'d") that the tokenizer
   * leaves whole. Null when the window must be tagged.
   */
  const untaggedMatch = (
    pattern: CompiledPattern,
    from: number,
    to: number,
  ): ReturnType<Doc['match']> | null => {
    const { untagged } = pattern;
    if (!untagged || !pattern.tagged) return null;
    const slice = text.slice(from, to);
    if (APOSTROPHE.test(slice)) return null;
    // Only a quick look: the words read from the raw text may differ from compromise's, but where they
    // follow fewer first words than there are, compromise's seldom follow them all.
    if ((slice.match(untagged.quick.whole)?.length ?? 0) !== (slice.match(untagged.quick.lead)?.length ?? 0))
      return null;
    const doc = docOf(from, to, false);
    const matched = doc.match(untagged.terms);
    return matched.length === doc.match(untagged.lead).length ? matched : null;
  };
  const matcher = (pattern: CompiledPattern, span: Span) => {
    const found: Span[] = [];
    const windows = pattern.tagged ? anchorWindows(text, span, pattern) : null;
    if (!windows) matchIn(pattern, span.start, span.end, found);
    else for (const window of windows) matchIn(pattern, window.start, window.end, found);
    return found;
  };
  return Object.defineProperty(matcher, 'tagged', { get: () => taggings }) as SentenceMatcher;
}

/**
 * The stretches of the sentence a bounded tagged pattern can match in: each word that may be its anchor,
 * with the pattern's reach and CONTEXT_WORDS more on either side, overlapping stretches joined. Null when
 * the pattern is unbounded or has no anchor: then the whole sentence is tagged.
 */
function anchorWindows(text: string, span: Span, pattern: CompiledPattern): Span[] | null {
  const [anchor] = pattern.required;
  if (pattern.span === null || !anchor) return null;
  const reach = pattern.span - 1 + CONTEXT_WORDS;
  const anchors = [...anchor];
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)].filter((w) =>
    /[\p{L}\p{N}]/u.test(w[0]),
  );
  const windows: Span[] = [];
  words.forEach((word, i) => {
    // A prefix, not the whole word: "shouldn't" is "should" + "not" to compromise.
    const key = fold(word[0].replace(/^[^\p{L}\p{N}]+/u, ''));
    if (!anchors.some((a) => key.startsWith(a))) return;
    const first = words[Math.max(0, i - reach)];
    const last = words[Math.min(words.length - 1, i + reach)];
    if (!first || !last) return;
    const start = span.start + (first.index ?? 0);
    const end = span.start + (last.index ?? 0) + last[0].length;
    const previous = windows[windows.length - 1];
    if (previous && start <= previous.end) previous.end = Math.max(previous.end, end);
    else windows.push({ start, end });
  });
  return windows;
}

/**
 * A subheading rather than a sentence: at most `SUBHEAD_MAX_WORDS` words and no verb ("Danger of invasion.",
 * "Fair shares."). Press pages set one at the end or start of a paragraph to name the section after
 * it; it names a topic, it does not treat the issue in anyone's terms.
 */
export function isSubheading(sentence: string): boolean {
  const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.length <= SUBHEAD_MAX_WORDS && !tagText(sentence).has('#Verb');
}

const SUBHEAD_MAX_WORDS = 4;
