import type { Token } from '../tokens.ts';
import { FIRST_NAME_MONTHS, type Span } from './spans.ts';
import { beforeState, lowercaseExtension, placeContext, speechVerbFollows } from './context.ts';
import { regionIdentity, townBand } from '../gazetteer.ts';
import { lexiconTags } from '../compromise.ts';
import {
  MEDIA_NOUNS,
  NAME_SUFFIXES,
  ORG_HEADS,
  ORG_NAMES,
  PLACE_HEADS,
  PLACE_LOWER_HEADS,
  PLACE_NAMES,
  SURNAME_HEADS,
  PLACE_PREFIXES,
  TITLES,
  isCommonWord,
  isDemonym,
  isFirstName,
  isLastName,
  isOrgWord,
  isPersonWord,
  isPlaceWord,
  nameKey,
} from '../lexicon.ts';

export type EntityType = 'person' | 'organization' | 'place';

/** One occurrence of a name: tokens `first..last`; `role` is a stripped title ("President"). */
export type Mention = {
  type: EntityType | null;
  first: number;
  last: number;
  role?: string;
  /** Untyped: kept only if it turns out to be the surname of someone named in full. */
  weak?: boolean;
  /** Typed by compromise's word list alone ("Caldwell" is also a town): a surname match overrides it. */
  soft?: boolean;
  /** An institution written in lower case ("the foreign ministry"). */
  lowercase?: boolean;
};

const PARTY = new Set(['republicans', 'democrats', 'republican', 'democratic']);
const NOT_NAME_TAGS = new Set(['Adjective', 'Actor', 'Plural', 'Comparative', 'Superlative']);
const GENERIC_QUALIFIERS = new Set(['state', 'national', 'federal', 'city', 'county', 'the']);

const keyOf = (tokens: readonly Token[], first: number, last: number) =>
  nameKey(
    tokens
      .slice(first, last + 1)
      .map((t) => t.text)
      .join(' '),
  );

/** Classifies a span, splitting off a leading title; returns the name mention plus any entity inside the title. */
export function classifySpan(tokens: readonly Token[], span: Span): Mention[] {
  let first = span.first;
  const last = span.last;
  if (span.weak) return [{ type: null, first, last, weak: true }];
  // "Denver's Al Carmichael" is two names; "Fulton Tax Commissioner's Office" is one.
  const lastHead = nameKey(tokens[last]?.text ?? '');
  if (!ORG_HEADS.has(lastHead) && !PLACE_HEADS.has(lastHead)) {
    for (let p = first; p < last; p++) {
      if (!tokens[p]?.possessive) continue;
      const owner = { first, last: p, sentenceInitial: span.sentenceInitial };
      return [
        ...classifySpan(tokens, owner),
        ...classifySpan(tokens, { first: p + 1, last, sentenceInitial: false }),
      ];
    }
  }
  // Extend with a lower-case place or institution noun: "the Moscow region", "Pratica di Mare military airbase".
  const ext = lowercaseExtension(tokens, last);
  const out: Mention[] = [];
  if (tokens[first]?.text === 'The' && tokens.slice(first + 1, last + 1).every(isTitle)) return out;
  let titleEnd = -1;
  for (let k = first; k < last; k++) if (isTitle(tokens[k]) && !tokens[k]?.possessive) titleEnd = k;
  if (titleEnd < first) titleEnd = roleBeforeFirstName(tokens, first, last);
  if (titleEnd >= first && tokens.slice(titleEnd + 1, last + 1).every(isTitle)) return out;
  // "UN General Assembly", "General Motors": the title word is part of an institution's name.
  const lastKey = nameKey(tokens[last]?.text ?? '');
  if (
    titleEnd >= first &&
    (ORG_HEADS.has(lastKey) || PLACE_HEADS.has(lastKey)) &&
    !SURNAME_HEADS.has(lastKey)
  )
    titleEnd = -1;
  let role: string | undefined;
  if (titleEnd >= first && !isFixedName(tokens, first, last)) {
    const roleFirst = first;
    role = tokens
      .slice(roleFirst, titleEnd + 1)
      .map((t) => t.text + (t.abbrev ? '.' : ''))
      .join(' ');
    const prefix = firstTitle(tokens, roleFirst, titleEnd) - 1;
    if (prefix >= roleFirst) {
      const inner = classifyName(tokens, roleFirst, prefix, false);
      const fixed = isFixedName(tokens, roleFirst, prefix);
      if (inner === 'place' || (inner && fixed)) out.push({ type: inner, first: roleFirst, last: prefix });
    }
    first = titleEnd + 1;
    // "the Chief Executive": a title followed by a common word is a role, not a name.
    const only = tokens[first];
    if (first === last && only && lexiconTags(only.lower).some((t) => NOT_NAME_TAGS.has(t))) return out;
    const type = isFixedName(tokens, first, last) ? classifyName(tokens, first, last, false) : 'person';
    out.push({ type, first, last, role });
    return out;
  }
  if (isTitle(tokens[first]) && first === last) return out;
  if (ext > last) {
    const head = tokens[ext]?.lower ?? '';
    const joined = keyOf(tokens, first, ext);
    const type = PLACE_LOWER_HEADS.has(head) || PLACE_NAMES.has(joined) ? 'place' : 'organization';
    out.push({ type, first, last: ext });
    return out;
  }
  // "the Italian newspaper La Stampa", "Il Tempo daily": a news outlet is an organization, never a person.
  const type = mediaApposition(tokens, first, last)
    ? 'organization'
    : classifyName(tokens, first, last, span.sentenceInitial);
  const soft =
    first === last && placeContext(tokens, first) !== 'strong' && !isFixedName(tokens, first, last);
  out.push(type ? { type, first, last, soft } : { type: null, first, last, weak: true });
  return out;
}

function classifyName(
  tokens: readonly Token[],
  first: number,
  last: number,
  initial: boolean,
): EntityType | null {
  const key = keyOf(tokens, first, last);
  const keyNoThe = key.replace(/^the /, '');
  if (ORG_NAMES.has(key) || ORG_NAMES.has(keyNoThe)) return 'organization';
  if (PLACE_NAMES.has(key) || PLACE_NAMES.has(keyNoThe)) return 'place';
  // "N. Y.", "U. S.": initials spelled with spaces.
  const squeezed = key.replace(/ /g, '');
  if (/^(?:\p{L} )+\p{L}$/u.test(key) && PLACE_NAMES.has(squeezed)) return 'place';
  if (/^(?:\p{L} )+\p{L}$/u.test(key) && ORG_NAMES.has(squeezed)) return 'organization';
  const headTok = headToken(tokens, first, last);
  const head = nameKey(headTok?.text ?? '');
  const lastKey = nameKey(tokens[last]?.text ?? '');
  const townInContext =
    first === last && townBand(headTok?.text ?? '') > 0 && placeContext(tokens, first) === 'strong';
  if (ORG_HEADS.has(head) && !(head === 'press' && first === last) && !townInContext) return 'organization';
  // compromise's own word list knows many multi-word places ("Baton Rouge", "Puerto Rico").
  if (last > first) {
    const known = lexiconTags(key);
    if (known.some((t) => t === 'Place' || t === 'City' || t === 'Country' || t === 'Region')) return 'place';
    if (known.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'organization';
    // A town of the gazetteer ("San Marcos", "Baton Rouge"); a small one whose first word is a first name
    // ("John Day") only where the words around say place.
    const band = townBand(key);
    const personLike = isFirstName(tokens[first]?.lower ?? '');
    if (regionIdentity(key) || band >= 3 || (band >= 1 && !personLike)) return 'place';
    if (!personLike && beforeState(tokens, last)) return 'place';
  }
  // "Gaither & Anderson", "Procter & Gamble": firms.
  if (tokens.slice(first, last + 1).some((t) => t.text === '&' || t.post.trim() === '&'))
    return 'organization';
  // "Women's S.P.C.A."
  if (
    /^(?:\p{Lu}\.){2,}$/u.test(`${tokens[last]?.text ?? ''}${tokens[last]?.abbrev ? '.' : ''}`) &&
    last > first
  )
    return 'organization';
  // "Peter Hall" is a person, "Jackson County" a place.
  const firstIsName = isFirstName(tokens[first]?.lower ?? '') && !isPlaceWord(tokens[first]?.lower ?? '');
  if (PLACE_HEADS.has(lastKey) && last > first && !(firstIsName && SURNAME_HEADS.has(lastKey)))
    return 'place';
  if (tokens[first]?.lower === 'city' && tokens[first + 1]?.text === 'of') return 'place';
  const words = tokens.slice(first, last + 1);
  const single = first === last;
  const firstTok = tokens[first];
  const lastTok = tokens[last];
  if (!firstTok || !lastTok) return null;
  if (!single) {
    if ((isFirstName(firstTok.lower) || FIRST_NAME_MONTHS.has(firstTok.lower)) && !isPlaceWord(lastTok.lower))
      return 'person';
    if (PLACE_PREFIXES.has(nameKey(firstTok.text))) return 'place';
    // "Denver Broncos", "Houston Oilers": a team named for its city.
    if (
      isPlaceWord(firstTok.lower) &&
      /^\p{Lu}\p{Ll}+s$/u.test(lastTok.text) &&
      !isPlaceWord(lastTok.lower) &&
      words.length <= 3
    )
      return 'organization';
    if (words.some((t) => /^\p{Lu}$/u.test(t.text) && t.abbrev)) return 'person';
    if (NAME_SUFFIXES.has(lastTok.lower)) return 'person';
    if (words.some((t) => t.abbrev && isPlaceWord(t.lower))) return 'place';
    if (isLastName(lastTok.lower) && !isCommonWord(firstTok.lower)) return 'person';
    if (words.every((t) => isPlaceWord(t.lower) || isDemonym(t.lower))) return 'place';
    if (words.some((t) => isOrgWord(t.lower))) return 'organization';
    if (
      firstTok.text === 'The' &&
      !initial &&
      !words.slice(1).every((t) => isDemonym(t.lower) || PARTY.has(t.lower))
    )
      return 'organization';
    if (placeContext(tokens, first)) return 'place';
    if (words.length <= 3 && words.every((t) => !isCommonWord(t.lower))) return 'person';
    // Capitalised mid-sentence and ending in a word that is no common noun: a name ("Pearl Williams Hartsfield").
    if (
      !initial &&
      words.length <= 4 &&
      !isCommonWord(lastTok.lower) &&
      !isPlaceWord(lastTok.lower) &&
      !lexiconTags(firstTok.lower).includes('Adjective')
    )
      return 'person';
    return null;
  }
  const w = firstTok.lower;
  if (firstTok.abbrev && PLACE_NAMES.has(nameKey(firstTok.text))) return 'place';
  const context = placeContext(tokens, first);
  const band = townBand(firstTok.text);
  // "Reading", "Mobile", "Newton": a town only where the words around say so ("Newton, Kan.", "of Newton").
  if (isCommonWord(w) && !isPlaceWord(w)) return context === 'strong' && band > 0 ? 'place' : null;
  if (context) return 'place';
  if (isPlaceWord(w) && !(isPersonWord(w) && band < 4 && !regionIdentity(w))) return 'place';
  if (isOrgWord(w)) return 'organization';
  if (/^\p{Lu}{2,}$/u.test(firstTok.text) && firstTok.text.length <= 6) return 'organization';
  if (isPersonWord(w)) return 'person';
  if (speechVerbFollows(tokens, last, initial)) return 'person';
  // A capital mid-sentence on a town of 10,000 or more ("Alpharetta"); at a sentence's start, where every
  // word has a capital, only a city of 100,000 or more.
  if (band >= (initial ? 3 : 2)) return 'place';
  return null;
}

// The head of "X of Y" is X ("Board of Education"); otherwise the last word.
function headToken(tokens: readonly Token[], first: number, last: number): Token | undefined {
  for (let k = first + 1; k < last; k++)
    if (tokens[k]?.text === 'of' || tokens[k]?.text === 'for') return tokens[k - 1];
  return tokens[last];
}

// "Boston Red Sox Outfielder Jackie Jensen": a description the title list does not know, then a first name.
function roleBeforeFirstName(tokens: readonly Token[], first: number, last: number): number {
  for (let j = first + 1; j < last; j++) {
    const t = tokens[j];
    if (!t || !isFirstName(t.lower) || isCommonWord(t.lower)) continue;
    const before = tokens.slice(first, j);
    const after = tokens.slice(j, last + 1);
    if (
      before.some(
        (b) =>
          (isCommonWord(b.lower) || isPlaceWord(b.lower) || isOrgWord(b.lower)) &&
          !isFirstName(b.lower) &&
          !b.abbrev,
      ) &&
      after.every((a) => !isCommonWord(a.lower))
    )
      return j - 1;
  }
  return -1;
}

function isTitle(t: Token | undefined): boolean {
  return !!t && TITLES.has(t.lower);
}

function firstTitle(tokens: readonly Token[], first: number, titleEnd: number): number {
  let k = titleEnd;
  while (k - 1 >= first && isTitle(tokens[k - 1])) k--;
  return k;
}

// "House Speaker" is a title, "White House" and "Supreme Court" are names whatever words they contain.
function isFixedName(tokens: readonly Token[], first: number, last: number): boolean {
  const key = keyOf(tokens, first, last);
  return ORG_NAMES.has(key) || PLACE_NAMES.has(key) || GENERIC_QUALIFIERS.has(key);
}

function mediaApposition(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const touches = (a: Token | undefined, b: Token | undefined) =>
    !!a && !!b && a.sentence === b.sentence && a.post.trim() === '';
  return (
    (touches(before, tokens[first]) && MEDIA_NOUNS.has(before?.text ?? '')) ||
    (touches(tokens[last], after) && MEDIA_NOUNS.has(after?.text ?? '') && !isPlaceWord(tokens[last]!.lower))
  );
}
