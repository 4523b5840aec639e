import { tokenize } from './compromise.ts';
import places from './lexicon/places.json' with { type: 'json' };
import type { BlockKind, TextBlock } from './structure.ts';

export type Token = {
  /** Surface text without surrounding punctuation; possessive endings removed. */
  text: string;
  lower: string;
  start: number;
  /** End of `text`, plus the abbreviation period when `abbrev` is set. */
  end: number;
  pre: string;
  post: string;
  sentence: number;
  paragraph: number;
  capitalized: boolean;
  /** Single letter or known abbreviation followed by a period ("J.", "Jr.", "Ala."). */
  abbrev: boolean;
  possessive: boolean;
  /** Inside parentheses: an aside, never the subject a later pronoun refers to. */
  aside: boolean;
  /** What the line the token is on is: headline, lead, body, ... (see structure.ts). */
  blockKind: BlockKind;
  /** The line is in Title Case or capitals: a capital letter there says little about a name. */
  titleCase: boolean;
};

const ABBREVIATIONS = new Set([
  ...places.abbreviations.filter((a) => !/\..+\./.test(a)).map((a) => a.replace('.', '').toLowerCase()),
  ...'jr sr st rd ave blvd co corp inc ltd bros mfg assn dept mt ft ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo mr mrs ms dr sen rep gov lt gen col capt maj sgt adm rev prof gov cmdr messrs atty msgr av pl ln pkwy hwy terr bldg wm chas geo thos jas jos benj edw'.split(
    ' ',
  ),
]);

// "Moscow.The" (a dateline glued to the first word) arrives as one token.
const GLUED_SENTENCE = /^(\p{Lu}\p{Ll}+)\.(\p{Lu}\p{Ll}+)$/u;
// "MOSCOW/ROME (Reuters)", "ROME(Reuters) -", "(Reuters)-Planes": a dateline's words glued by a slash, an
// opening parenthesis or a closing one and a dash arrive as one token.
const GLUED_DATELINE = /^(\p{Lu}[\p{L}.]*)(\/|\(|\)[-—–]+)(\p{Lu}\p{L}*)$/u;
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/u;

export function paragraphStarts(text: string): number[] {
  const starts = [0];
  const breaks = /\n\s*\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

export function paragraphOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Tokens of `text` with their paragraph and, when `blocks` (the text's lines, see structure.ts) are
 * given, the kind of line each is on. A sentence never runs from one line into the next.
 */
export function buildTokens(
  text: string,
  paraStarts: readonly number[],
  blocks: readonly TextBlock[] = [],
): Token[] {
  const tokens: Token[] = [];
  let extraSentences = 0;
  let lastSentence = -1;
  for (const raw of tokenize(text)) {
    const glued = GLUED_SENTENCE.exec(raw.text);
    const sentence = raw.sentence + extraSentences;
    if (raw.sentence !== lastSentence) lastSentence = raw.sentence;
    if (glued?.[1] && glued[2]) {
      tokens.push(makeToken(glued[1], '.', raw.pre, raw.start, sentence, paraStarts));
      extraSentences++;
      tokens.push(
        makeToken(glued[2], raw.post, '', raw.start + glued[1].length + 1, sentence + 1, paraStarts),
      );
      continue;
    }
    const dateline = GLUED_DATELINE.exec(raw.text);
    if (dateline?.[1] && dateline[2] && dateline[3]) {
      const [, left, glue, right] = dateline;
      // The parenthesis opening an aside goes with the word inside it, as the tokenizer gives it elsewhere.
      const opens = glue === '(';
      tokens.push(makeToken(left, opens ? '' : glue, raw.pre, raw.start, sentence, paraStarts));
      const at = raw.start + left.length + glue.length;
      tokens.push(makeToken(right, raw.post, opens ? '(' : '', at, sentence, paraStarts));
      continue;
    }
    tokens.push(makeToken(raw.text, raw.post, raw.pre, raw.start, sentence, paraStarts));
  }
  let depth = 0;
  for (const t of tokens) {
    if (t.pre.includes('(')) depth++;
    t.aside = depth > 0;
    if (t.post.includes(')')) depth = Math.max(0, depth - 1);
    if (t.post.includes('\n')) depth = 0;
  }
  placeInBlocks(tokens, blocks);
  return tokens;
}

function placeInBlocks(tokens: Token[], blocks: readonly TextBlock[]): void {
  let b = 0;
  let shift = 0;
  let previousSentence = -1;
  let previousBrokeLine = false;
  for (const t of tokens) {
    while (b < blocks.length - 1 && (blocks[b]?.end ?? 0) <= t.start) b++;
    const block = blocks[b];
    if (block && block.start <= t.start && t.start < block.end) {
      t.blockKind = block.kind;
      t.titleCase = block.titleCase;
    }
    // compromise ends a sentence at a line break in most cases; make it every case.
    const sentence = t.sentence;
    if (sentence === previousSentence && (previousBrokeLine || t.pre.includes('\n'))) shift++;
    previousSentence = sentence;
    previousBrokeLine = t.post.includes('\n');
    t.sentence = sentence + shift;
  }
}

function makeToken(
  surface: string,
  rawPost: string,
  pre: string,
  start: number,
  sentence: number,
  paraStarts: readonly number[],
): Token {
  let text = surface;
  let post = rawPost;
  let possessive = false;
  const poss = POSSESSIVE.exec(text);
  if (poss && text.length > poss[0].length + 1) {
    text = text.slice(0, text.length - poss[0].length);
    possessive = true;
  } else if (/^['’]/.test(post) && /s$/.test(text)) {
    // "trustees' statement": the apostrophe belongs to the word, not to the punctuation after it.
    possessive = true;
    post = post.slice(1);
  }
  const lower = text.toLowerCase();
  // "James McN. Hester": a Scottish surname cut short is a middle name's abbreviation, as "Wm." is a given name's.
  const abbrev =
    post.startsWith('.') &&
    (/^\p{Lu}$/u.test(text) || ABBREVIATIONS.has(lower) || /^Ma?c\p{Lu}$/u.test(text));
  return {
    text,
    lower,
    start,
    end: start + text.length + (abbrev ? 1 : 0),
    pre,
    post,
    sentence,
    paragraph: paragraphOf(paraStarts, start),
    capitalized: /^\p{Lu}/u.test(text),
    abbrev,
    possessive,
    aside: false,
    blockKind: 'body',
    titleCase: false,
  };
}
