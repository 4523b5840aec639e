// A capitalised phrase that fills a pair of double quotes by itself ("Operation Goodwill", "The Quiet
// Harbor") is mostly a title, a slogan or a programme: a guess of person for it, which no list or title
// supports, is dropped (issue #8).
import type { Token } from '../tokens.ts';
import type { Mention } from './classify.ts';
import { titleOfWork } from './works.ts';
import { isFirstName } from '../lexicon.ts';

const OPENING = /["“]\s*$/;
const CLOSING = /^[,.;:!?]?["”]/;
const CLOSING_ANY = /^[,.;:!?]*["”]/;

/** A double quote opens right before token `first`. */
function opensQuote(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return OPENING.test(tokens[first]!.pre) || (!!before && OPENING.test(before.post));
}

/** The tokens `first`..`last` are all that stands between an opening and a closing double quote. */
export function fillsQuotes(tokens: readonly Token[], first: number, last: number): boolean {
  return opensQuote(tokens, first) && CLOSING.test(tokens[last]!.post);
}

/** A person guessed for a quoted title, below the confidence of any list or title. */
export function quotedTitleGuess(tokens: readonly Token[], m: Mention): boolean {
  if (m.type !== 'person' || m.role || !fillsQuotes(tokens, m.first, m.last)) return false;
  // ... and so is any person in quotes after a possessive or a noun for a work ('Gluck's "Orfeo"').
  return (m.confidence ?? 1) < 0.7 || titleOfWork(tokens, m.first);
}

/**
 * A person or place guessed for words that fill a pair of quotes ('the lively "Rosalind"', 'In "Glenmoor", the
 * hero ...') and that the text never writes outside quotes: a title, not a name in use.
 */
export function quotedOnly(tokens: readonly Token[], m: Mention): boolean {
  if ((m.type !== 'person' && m.type !== 'place') || m.role || !fillsQuotes(tokens, m.first, m.last))
    return false;
  // ... but a full name, a given name and more, is a person even in quotes ('the crowd chanted "Tom Varga"').
  if (m.type === 'person' && m.last > m.first && isFirstName(tokens[m.first]!.lower)) return false;
  const words = tokens.slice(m.first, m.last + 1).map((t) => t.text);
  for (let k = 0; k + words.length <= tokens.length; k++) {
    if (k === m.first || tokens[k]!.text !== words[0]) continue;
    if (words.every((w, j) => tokens[k + j]!.text === w) && !fillsQuotes(tokens, k, k + words.length - 1))
      return false;
  }
  return true;
}

/** Small words a title capitalises ("The Vamp Of Savannah", "Strike Up The Band") or writes in lower case. */
const TITLE_SMALL_WORDS = new Set(
  'the a an of in on at to for from with by into and or but up out i my me you your is are was be'.split(' '),
);
const OPENS_TITLE = new Set(['the', 'a', 'an', 'i']);
const LONGEST_TITLE = 12;

/**
 * Tokens inside a title of a work set in quotes ('"Lanterns Of Verona"', '"A Song for Harbor Town"', '"Old Quay
 * Lantern Light"'): what fills a pair of double quotes in Title Case, every word capitalised but the small ones,
 * and that reads as a title, not a name: three words or more, a capitalised small word inside, or an opening
 * article (not a list of names, 'A, B and C'). Quoted speech has lower-case words; a quoted nickname is one or two name words.
 */
export function quotedTitleTokens(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  for (let first = 0; first < tokens.length; first++) {
    if (!opensQuote(tokens, first) || !tokens[first]!.capitalized) continue;
    let last = first;
    while (last < first + LONGEST_TITLE && last < tokens.length && !CLOSING_ANY.test(tokens[last]!.post))
      last++;
    if (last >= tokens.length || !CLOSING_ANY.test(tokens[last]!.post)) continue;
    const words = tokens.slice(first, last + 1);
    const titleCase = words.every(
      (t, k) => t.capitalized || /^\d/.test(t.text) || (k > 0 && TITLE_SMALL_WORDS.has(t.lower)),
    );
    const smallCapital = words.some((t, k) => k > 0 && t.capitalized && TITLE_SMALL_WORDS.has(t.lower));
    // ... but an answer that lists names ('"From Orr, Vane and Hale"') is speech.
    const list = words.some(
      (t, k) => t.post.startsWith(',') && words.slice(k + 1).some((w) => w.text === 'and'),
    );
    if (titleCase && !list && (words.length >= 3 || smallCapital || OPENS_TITLE.has(words[0]!.lower)))
      for (let k = first; k <= last; k++) inside.add(k);
    first = last;
  }
  return inside;
}

/** A mention wholly inside a quoted title names no one, unless it is the whole title and a body's name. */
export function insideQuotedTitle(
  inside: ReadonlySet<number>,
  tokens: readonly Token[],
  m: Mention,
): boolean {
  for (let k = m.first; k <= m.last; k++) if (!inside.has(k)) return false;
  const whole = !inside.has(m.first - 1) || (m.first - 1 >= 0 && tokens[m.first - 1]!.lower === 'the');
  return !(m.type === 'organization' && whole && !inside.has(m.last + 1));
}

const CATALOGUE_CODE = /^\p{Lu}{1,5}\d*$/u;

/**
 * "Harbor Nocturnes (LPX-4410)", "Quiet Waters (Vortex PLX 2210)": a name right before a bracketed record
 * number is the record's title; a person named with a given name ("Ann Orr (Vortex ...)") and a body stay.
 */
export function titleBeforeCatalogue(tokens: readonly Token[], m: Mention): boolean {
  if (m.type === 'organization') return false;
  if (m.type === 'person' && isFirstName(tokens[m.first]!.lower)) return false;
  const last = tokens[m.last]!;
  const open = tokens[m.last + 1];
  if (!open || !(/\(\s*$/.test(last.post) || /\(\s*$/.test(open.pre))) return false;
  for (let k = m.last + 1; k < m.last + 7 && k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (/^\p{Lu}{1,5}-?\d+\p{Lu}?$/u.test(t.text)) return true;
    if (CATALOGUE_CODE.test(t.text) && !!next && /^\d/.test(next.text) && /^[-\s]*$/.test(t.post))
      return true;
    if (t.post.includes(')')) return false;
  }
  return false;
}
