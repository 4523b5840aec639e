import { tokenize } from './compromise.ts';
import places from './lexicon/places.json' with { type: 'json' };

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
};

const ABBREVIATIONS = new Set([
  ...places.abbreviations.filter((a) => !/\..+\./.test(a)).map((a) => a.replace('.', '').toLowerCase()),
  ...'jr sr st rd ave blvd co corp inc ltd bros mt ft ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo mr mrs ms dr sen rep gov lt gen col capt maj sgt adm rev prof gov cmdr messrs atty msgr av pl ln pkwy hwy terr'.split(
    ' ',
  ),
]);

// "Moscow.The" (a dateline glued to the first word) arrives as one token.
const GLUED_SENTENCE = /^(\p{Lu}\p{Ll}+)\.(\p{Lu}\p{Ll}+)$/u;
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

export function buildTokens(text: string, paraStarts: readonly number[]): Token[] {
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
    tokens.push(makeToken(raw.text, raw.post, raw.pre, raw.start, sentence, paraStarts));
  }
  let depth = 0;
  for (const t of tokens) {
    if (t.pre.includes('(')) depth++;
    t.aside = depth > 0;
    if (t.post.includes(')')) depth = Math.max(0, depth - 1);
    if (t.post.includes('\n')) depth = 0;
  }
  return tokens;
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
  const abbrev = post.startsWith('.') && (/^\p{Lu}$/u.test(text) || ABBREVIATIONS.has(lower));
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
  };
}
