// Where a title, a role or a place ends and a name starts inside one capitalised run ("Ambassador to Sudan
// Ma Xinmin", "Sports Writer Dale Ritchie", "Legislator Yaroslav Petrenko"): the splitting half of
// classification, kept apart from the typing of the name that is left.
import type { Token } from '../tokens.ts';
import { regionIdentity, townBand } from '../gazetteer.ts';
import { lexiconTags } from '../compromise.ts';
import { listedFirstName } from '../first-names.ts';
import {
  HONORIFICS,
  ORG_HEADS,
  ORG_NAMES,
  ORG_SURNAME_HEADS,
  PERSON_ROLE_NOUNS,
  PLACE_HEADS,
  PLACE_NAMES,
  TITLES,
  isCommonWord,
  isDemonym,
  isFirstName,
  isOrgWord,
  isPlaceWord,
  nameKey,
} from '../lexicon.ts';

const CONNECTORS = new Set(['of', 'on', 'for', 'and']);
const GENERIC_QUALIFIERS = new Set(['state', 'national', 'federal', 'city', 'county', 'the']);

/** The lexicon key of tokens first..last. */
export const keyOf = (tokens: readonly Token[], first: number, last: number) =>
  nameKey(
    tokens
      .slice(first, last + 1)
      .map((t) => t.text)
      .join(' '),
  );

// "Boston Red Sox Outfielder Jackie Jensen": a description the title list does not know, then a first name.
export function roleBeforeFirstName(tokens: readonly Token[], first: number, last: number): number {
  for (let j = first + 1; j < last; j++) {
    const t = tokens[j];
    if (!t || !isFirstName(t.lower) || isCommonWord(t.lower)) continue;
    const before = tokens.slice(first, j);
    const after = tokens.slice(j, last + 1);
    // "North Charles Street": a compass word before a street named for someone is part of the address.
    if (before.every((b) => /^(?:north|south|east|west)$/.test(b.lower))) continue;
    // "Jean-Luc Varda": a capitalised word hyphened to the first name is the first half of a double given name,
    // whatever else the word means ("jean" is a cloth too), not a role before it.
    if (before.length === 1 && before[0]!.post === '-' && before[0]!.capitalized && !isFormer(before[0]!))
      continue;
    if (
      before.some(
        (b) =>
          (isCommonWord(b.lower) || isPlaceWord(b.lower) || isOrgWord(b.lower) || isFormer(b)) &&
          !isFirstName(b.lower) &&
          !b.abbrev,
      ) &&
      after.every((a) => !isCommonWord(a.lower))
    )
      return j - 1;
  }
  return -1;
}

// "Ex-Oriole Clint Courtney": "ex-" (a token of its own) says what someone was, so a name follows.
const isFormer = (t: Token) => t.lower === 'ex' && t.post === '-';

// "Sports Writer Dale Ritchie", "Band Leader Hollis Quist": an occupation noun, then words that can only be a name.
export function occupationBeforeName(tokens: readonly Token[], first: number, last: number): number {
  // "Committee on Delinquency and Youth Crime": a run joined by "on", "of" or "and" is a body's name.
  if (tokens.slice(first, last + 1).some((t) => CONNECTORS.has(t.text))) return -1;
  for (let j = last - 1; j >= first && j >= last - 3; j--) {
    const t = tokens[j]!;
    const occupation = lexiconTags(t.lower).includes('Actor') || PERSON_ROLE_NOUNS.has(t.lower);
    if (!occupation) continue;
    const name = tokens.slice(j + 1, last + 1);
    const nameLike = name.every(
      (n) =>
        !isCommonWord(n.lower) &&
        !isPlaceWord(n.lower) &&
        !isOrgWord(n.lower) &&
        !isTitle(n) &&
        !ORG_HEADS.has(nameKey(n.text)) &&
        !PLACE_HEADS.has(nameKey(n.text)),
    );
    return nameLike ? j : -1;
  }
  return -1;
}

/**
 * "Chief Executive Tom Glocer", "Chief Operating Tom Baker": after a title, an occupation noun that a given
 * name follows still belongs to the office; the index of the office's last word (at least `titleEnd`).
 */
export function officeRunEnd(tokens: readonly Token[], titleEnd: number, last: number): number {
  let end = titleEnd;
  while (end + 2 <= last) {
    const word = tokens[end + 1]!;
    const given = tokens[end + 2]!;
    const office = PERSON_ROLE_NOUNS.has(word.lower) || BUSINESS_OFFICE_WORDS.has(word.lower);
    if (!office || !word.capitalized || !isFirstName(given.lower) || isCommonWord(given.lower)) break;
    end++;
  }
  return end;
}

// "Chief Operating Officer", "Chief Financial Officer": the words between "Chief" and "Officer".
const BUSINESS_OFFICE_WORDS = new Set(['operating', 'financial', 'technology', 'information', 'marketing']);

export function isTitle(t: Token | undefined): boolean {
  return !!t && (TITLES.has(t.lower) || pluralTitle(t));
}

/** "Patrolmen Ed Ross and Al Vick", "Troopers Ann Lee and Bo Kerr": a title in the plural before two names. */
export function pluralTitle(t: Token): boolean {
  if (!t.capitalized || t.abbrev) return false;
  const singular = t.lower.endsWith('men') ? `${t.lower.slice(0, -3)}man` : t.lower.replace(/s$/, '');
  return singular !== t.lower && TITLES.has(singular);
}

// "Legislator Yaroslav Petrenko", "Economist Maria Lopes": a role noun capitalised before a first name is a title.
export function roleTitleEnd(tokens: readonly Token[], first: number, last: number): number {
  const t = tokens[first];
  const next = tokens[first + 1];
  if (!t || !next || last - first < 2 || !PERSON_ROLE_NOUNS.has(t.lower)) return -1;
  return isFirstName(next.lower) && !isCommonWord(next.lower) ? first : -1;
}

/**
 * The first token of "<title> to|of [the]" right before `first` ("Ambassador to", "Minister of Foreign Affairs
 * of"), counting back over the words of the title itself; -1 when no title stands there.
 */
export function titleBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'to' && tokens[k]?.lower !== 'of') return -1;
  // Back over the title's own words ("Chinese Ambassador", "Minister of Foreign Affairs") to its first title.
  let start = -1;
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    const w = tokens[j]!;
    if (w.post.trim() !== '' || !(w.capitalized || w.lower === 'of')) break;
    if (isTitle(w) && w.capitalized) start = j;
  }
  if (start < 0) return -1;
  while (start > 0 && tokens[start - 1]?.capitalized && tokens[start - 1]?.post.trim() === '') {
    const w = tokens[start - 1]!;
    if (!isTitle(w) && !isDemonym(w.lower)) break;
    start--;
  }
  return start;
}

/**
 * In a run such as "Sudan Ma Xinmin" or "Foreign Affairs of India Sanjay Rao": the last token of a country or
 * state that is followed by one to three name-like words (no common, place, title or institution words); -1 if none.
 */
export function placeThenName(tokens: readonly Token[], first: number, last: number): number {
  for (let p = last - 1; p >= first; p--) {
    const tail = tokens.slice(p + 1, last + 1);
    if (tail.length > 3) return -1;
    // Short given names and syllables may be common words too ("Xiong Bo", "Nguyen Thanh Long"): one word
    // that is not suffices.
    const nameLike =
      tail.some((t) => !isCommonWord(t.lower)) &&
      !isPlaceWord(tail[0]!.lower) &&
      tail.every(
        (t) => t.capitalized && !isOrgWord(t.lower) && !isTitle(t) && !ORG_HEADS.has(nameKey(t.text)),
      );
    if (!nameLike) continue;
    if (placeStart(tokens, first, p) >= 0 || bodyStart(tokens, first, p) >= 0) return p;
  }
  return -1;
}

// "Ambassador to EU Maria Rossi", "Envoy to the African Union Ade Bello": the first token of an international
// body's name that ends at `p` and starts at or after `first`; -1 if none.
export function bodyStart(tokens: readonly Token[], first: number, p: number): number {
  for (let k = first; k <= p; k++) if (ORG_NAMES.has(keyOf(tokens, k, p))) return k;
  return -1;
}

// The first token of a country or state name that ends at `p` and starts at or after `first`; -1 if none.
export function placeStart(tokens: readonly Token[], first: number, p: number): number {
  for (let k = first; k <= p; k++) {
    const name = keyOf(tokens, k, p);
    if (regionIdentity(name) !== undefined) return k;
  }
  return -1;
}

export function firstTitle(tokens: readonly Token[], first: number, titleEnd: number): number {
  let k = titleEnd;
  while (k - 1 >= first && isTitle(tokens[k - 1])) k--;
  return k;
}

// "House Speaker" is a title, "White House" and "Supreme Court" are names whatever words they contain.
export function isFixedName(tokens: readonly Token[], first: number, last: number): boolean {
  const key = keyOf(tokens, first, last);
  return ORG_NAMES.has(key) || PLACE_NAMES.has(key) || GENERIC_QUALIFIERS.has(key);
}

const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.text) && t.abbrev;

/** "Frank", "Randy": a given name the census lists that the word list knows only as an adjective. */
const adjectiveGivenName = (t: Token) => {
  const tags = lexiconTags(t.lower);
  return (
    listedFirstName(t.text) &&
    tags.length > 0 &&
    tags.every((tag) => tag === 'Comparative' || tag === 'Adjective')
  );
};

/**
 * "Mr. Mills", "Rep. Ann Post", "Larry W. Mills": a surname that is also an institution's head word (Mills, Post,
 * House, Church) after a personal honorific, after a first name and a middle initial, or after a first name when
 * the word is one that surnames use (organizations.json `surnameHeads`), names a person; an institution's name
 * has none of these ("Pruitt Hospital", "John F. Kennedy School", "the Mills Hospital").
 */
export function institutionWordSurname(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[last];
  if (!head || head.abbrev || !/^\p{Lu}\p{Ll}+$/u.test(head.text) || !ORG_HEADS.has(nameKey(head.text)))
    return false;
  const lead = tokens[first];
  const honorificAt = (t: Token | undefined) =>
    !!t && t.capitalized && (HONORIFICS.has(t.lower) || (isTitle(t) && t.abbrev));
  const honorific = honorificAt(lead) || honorificAt(tokens[first - 1]);
  const given = tokens.slice(honorificAt(lead) ? first + 1 : first, last);
  const givenName = (t: Token) =>
    (isFirstName(t.lower) && !isPlaceWord(t.lower) && !isCommonWord(t.lower)) || adjectiveGivenName(t);
  if (!given.every((t) => isInitial(t) || givenName(t))) return false;
  if (honorific || (given.length >= 2 && givenName(given[0]!) && given.slice(1).some(isInitial))) return true;
  // "Wilbur Mills", "Wally Post": a first name before a head word that is also a surname (never "the ...").
  return (
    given.length > 0 &&
    givenName(given[0]!) &&
    ORG_SURNAME_HEADS.has(nameKey(head.text)) &&
    tokens[first - 1]?.lower !== 'the'
  );
}

/** In "the Storting Karen Holm", the first name's token when one follows "the" + a name; else -1. */
export function bodyThenFirstName(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[first - 1]?.lower !== 'the' || last - first < 2) return -1;
  for (let j = first + 1; j < last; j++) {
    const t = tokens[j]!;
    if (!isFirstName(t.lower) || isCommonWord(t.lower) || isTitle(t)) continue;
    // "the St. Louis Cardinals": the first name ends a place's name, and no person follows.
    if (townBand(keyOf(tokens, first, j)) > 0 || PLACE_NAMES.has(keyOf(tokens, first, j))) continue;
    const rest = tokens.slice(j + 1, last + 1);
    const nameLike = rest.every((r) => r.capitalized && !isCommonWord(r.lower) && !isOrgWord(r.lower));
    return nameLike && !tokens.slice(first, j).some(isTitle) ? j : -1;
  }
  return -1;
}
