// What the words around a capitalised span say about it: datelines, locative prepositions, a reporting verb
// after it, a lower-case place noun that belongs to it, an address, a word for a law or a news outlet.
import { lexiconTags, taggerType } from '../compromise.ts';
import type { Token } from '../tokens.ts';
import { regionIdentity, stateAfterTown, townBand } from '../gazetteer.ts';
import type { EntityType } from './classify.ts';
import {
  MEDIA_NOUNS,
  ORG_HEADS,
  ORG_LOWER_HEADS,
  ORG_NAMES,
  PLACE_LOWER_HEADS,
  PLACE_LOWER_MODIFIERS,
  PLACE_NAMES,
  PLURAL_STREET_HEADS,
  SPEECH_VERBS,
  TITLES,
  isPlaceWord,
  nameKey,
  isCommonWord,
} from '../lexicon.ts';

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural']);
const CORE_SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'replied', 'explained']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'across']);

// 'strong' for datelines, "Opelika, Ala." and "X of Y"; 'weak' after a locative preposition, where a surname
// could stand too ("a letter from Berger").
export function placeContext(tokens: readonly Token[], first: number): 'strong' | 'weak' | null {
  const t = tokens[first];
  const prev = tokens[first - 1];
  const next = tokens[first + 1];
  if (!t) return null;
  // Datelines: "Colquitt -- ...", "Washington, July 24 -- ..."
  const opens =
    !prev || prev.paragraph !== t.paragraph || prev.sentence !== t.sentence || /--/.test(prev.post);
  // "Austin, Texas -- ..."
  if (opens && /^,\s*$/.test(t.post) && next && /^\s*--/.test(next.post)) return 'strong';
  if (opens && /^\s*(--|,)/.test(t.post)) {
    if (/--/.test(t.post) || /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(next?.lower ?? ''))
      return 'strong';
  }
  if (next && /^,\s*$/.test(t.post) && next.abbrev && PLACE_NAMES.has(nameKey(next.text))) return 'strong';
  if (beforeState(tokens, first) || beforePluralPlaceNoun(tokens, first) || inPlaceList(tokens, first))
    return 'strong';
  // "at Birch and Larch Streets": the first of two streets named with one plural head word.
  if (next?.lower === 'and' && t.post === ' ' && pluralStreet(tokens, first + 2)) return 'strong';
  // "the Rumsey area", "the Elmwood section of town": a name between "the" and a word for part of a town.
  if (
    prev?.lower === 'the' &&
    next &&
    t.post === ' ' &&
    next.sentence === t.sentence &&
    AREA_NOUNS.has(next.text)
  )
    return 'strong';
  // "Rep. Ada Quill of Commerce", "Tom Hale of Springdale"
  const before = tokens[first - 2];
  // ... but in "Secretary of Health", "Minister of External Affairs" the words after "of" are the portfolio.
  const portfolio = !!before && before.capitalized && TITLES.has(before.lower) && !isPlaceWord(t.lower);
  // ... and in "a Master of Science degree" the word after "of" modifies the noun after it.
  const modifies =
    !!next &&
    next.sentence === t.sentence &&
    t.post.trim() === '' &&
    /^\p{Ll}/u.test(next.text) &&
    lexiconTags(next.lower).every((tag) => NOUN_TAGS.has(tag)) &&
    !PLACE_LOWER_HEADS.has(next.lower);
  if (prev?.text === 'of' && !!before && before.capitalized && before.post.trim() === '' && !portfolio)
    return modifies ? null : 'strong';
  if (portfolio && prev?.text === 'of') return null;
  // "in Gladden's car" is about a person.
  const locative =
    prev && prev.sentence === t.sentence && /^\s+$/.test(prev.post) && PLACE_PREPOSITIONS.has(prev.lower);
  return locative && !t.possessive ? 'weak' : null;
}

// Sentence-initial capitals followed by a verb are often headline words ("Merger proposed"): only the
// commonest reporting verbs count there.
export function speechVerbFollows(tokens: readonly Token[], last: number, initial: boolean): boolean {
  const t = tokens[last];
  const next = tokens[last + 1];
  if (!t || !next || t.post.trim() !== '' || next.sentence !== t.sentence) return false;
  return initial ? CORE_SPEECH_VERBS.has(next.lower) : SPEECH_VERBS.has(next.lower);
}

/**
 * '"…," said Shuopeng.': a name right after a reporting verb that follows a quotation, closing the clause, is
 * the speaker's; a name the lexicons do not know is still a person there.
 */
export function speechVerbBefore(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = tokens[first - 1];
  const quoted = tokens[first - 2];
  const t = tokens[last];
  if (!verb || !quoted || !t || verb.sentence !== t.sentence || !SPEECH_VERBS.has(verb.lower)) return false;
  return /^[,!?]?\s*["”]\s*$/.test(quoted.post) && /^\s*[,.;]|^\s*$/.test(t.post);
}

const LOCAL_LOWER_HEADS = new Set(['school', 'lodge', 'hospital', 'cemetery', 'park']);

const CLAUSE_WORD_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Copula', 'Modal', 'Adverb']);

export function lowercaseExtension(tokens: readonly Token[], last: number, first = last): number {
  const t = tokens[last];
  if (!t || t.post.trim() !== '') return last;
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  if (a && (PLACE_LOWER_HEADS.has(a.text) || ORG_LOWER_HEADS.has(a.text))) return last + 1;
  if (a && townCity(tokens, first, last)) return last + 1;
  // "Jefferson high school", "Oak lodge", "Mount Hope cemetery": a local institution's head in lower case
  // (not after a possessive: "Varley's school" is some school of Varley's).
  // ... nor after a lone common word or a lone word opening the sentence ("Meadows park advocate", a
  // headline's capital).
  const prev = tokens[last - 1];
  const lone = !(prev && prev.capitalized && prev.sentence === t.sentence && prev.post.trim() === '');
  const opens = !prev || prev.sentence !== t.sentence;
  // ... nor after a name that already ends in an institution's head ("the Anti-Vice Crusade school" is a
  // school of the Crusade's; a place's head stays: "Blue Pond park").
  const headed = ORG_HEADS.has(nameKey(t.text));
  const local = !t.possessive && !headed && !(lone && (isCommonWord(t.lower) || opens));
  if (a && local && LOCAL_LOWER_HEADS.has(a.text)) return last + 1;
  if (a && b && local && a.text === 'high' && a.post.trim() === '' && b.text === 'school') return last + 2;
  // Lexicon names written with a lower-case second word ("Capitol hill").
  const joined = a && nameKey(`${t.text} ${a.text}`);
  if (joined && /^\p{Ll}/u.test(a.text) && (PLACE_NAMES.has(joined) || ORG_NAMES.has(joined)))
    return last + 1;
  if (a && b && PLACE_LOWER_MODIFIERS.has(a.text) && a.post.trim() === '' && PLACE_LOWER_HEADS.has(b.text))
    return last + 2;
  return last;
}

/**
 * "the population of Dayton city.", "Tacoma city and its suburbs": a town of the gazetteer with "city" after it
 * in lower case names the town, where "city" ends the phrase ("Tacoma city council" is the council's).
 */
function townCity(tokens: readonly Token[], first: number, last: number): boolean {
  const city = tokens[last + 1]!;
  if (city.text !== 'city' || city.sentence !== tokens[last]!.sentence) return false;
  const name = tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');
  if (!(townBand(name) > 0 || PLACE_NAMES.has(nameKey(name)))) return false;
  const next = tokens[last + 2];
  return (
    city.post.trim() !== '' ||
    !next ||
    next.sentence !== city.sentence ||
    lexiconTags(next.lower).some((tag) => CLAUSE_WORD_TAGS.has(tag))
  );
}

/** "Larch Streets" in "Birch and Larch Streets": a name and a street's head word in the plural, at `at`. */
export function pluralStreet(tokens: readonly Token[], at: number): boolean {
  const [name, head] = [tokens[at], tokens[at + 1]];
  return (
    !!name &&
    !!head &&
    name.capitalized &&
    name.post === ' ' &&
    head.sentence === name.sentence &&
    PLURAL_STREET_HEADS.has(head.text.toLowerCase()) &&
    head.capitalized
  );
}

const AREA_NOUNS = new Set(['area', 'section', 'neighborhood', 'vicinity', 'suburb', 'suburbs']);

const PLURAL_PLACE_NOUNS = new Set([
  'counties',
  'parishes',
  'provinces',
  'regions',
  'districts',
  'townships',
]);

/**
 * A town before its state or country: "Denton, Texas --", "Reno, Nev.", "Albany, New York,", "Austin, TX",
 * "Split, Croatia". The state must close the phrase ("Smith, Texas Democrat", "Rossi, Italy's envoy" describe
 * a person).
 */
export function beforeState(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  const next = tokens[last + 1];
  if (!t || !next || !/^,\s*$/.test(t.post) || next.sentence !== t.sentence || !next.capitalized)
    return false;
  const closes = (k: number) => {
    const end = tokens[k];
    const after = tokens[k + 1];
    if (!end) return false;
    const post = end.abbrev ? end.post.slice(1) : end.post;
    return !after || after.sentence !== end.sentence || /[,.;:()]|--|—/.test(post + after.pre) || end.abbrev;
  };
  const region = stateAfterTown(next.text, next.abbrev) ?? regionIdentity(next.text);
  if (region && !next.possessive && closes(last + 1)) return true;
  const second = tokens[last + 2];
  if (!second || next.post.trim() !== '' || second.possessive) return false;
  return !!regionIdentity(`${next.text} ${second.text}`) && closes(last + 2);
}

/**
 * A name in a list of places the text itself calls counties, cities or states ("Lee, Dodge and Clay counties",
 * "the counties of Lee and Dodge"): a capital there names the place even on a common word.
 */
export function listedAsPlace(tokens: readonly Token[], first: number): boolean {
  return beforePluralPlaceNoun(tokens, first) || inPlaceList(tokens, first);
}

/** "Bexar and Tarrant counties", "Kent, Essex and Surrey counties": names before a plural place noun. */
function beforePluralPlaceNoun(tokens: readonly Token[], first: number): boolean {
  for (let k = first + 1; k < tokens.length && k < first + 10; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev || t.sentence !== prev.sentence || /[.;:()]/.test(prev.post)) return false;
    if (PLURAL_PLACE_NOUNS.has(t.text)) return true;
    if (!t.capitalized && t.lower !== 'and' && t.lower !== 'or') return false;
  }
  return false;
}

const PLURAL_PLACE_HEADS = new Set([
  ...PLURAL_PLACE_NOUNS,
  'cities',
  'towns',
  'states',
  'countries',
  'nations',
]);

/**
 * "the five counties of Lorne, Pike and Tasker", "three more counties -- Lee, Clay and Knox": a list
 * after "counties of", "cities of" or a plural place noun and a dash or colon.
 */
function inPlaceList(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k > first - 16; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next || t.sentence !== next.sentence) return false;
    if (t.lower === 'of') return PLURAL_PLACE_HEADS.has(tokens[k - 1]?.lower ?? '');
    if (PLURAL_PLACE_HEADS.has(t.lower) && /^\s*(?:--|—|:)\s*$/.test(t.post)) return true;
    if (!t.capitalized && t.lower !== 'and' && t.lower !== 'or') return false;
  }
  return false;
}

const COMPASS_WORDS = new Set(['east', 'west', 'north', 'south']);

/**
 * "Mrs. Ada Pell, 2214 Larkin, Elmwood", "of 418 Quarry Lane": a name right after a house number (itself after
 * a comma, "at", "of" or "on") and closing the phrase is the street of an address, not a person.
 */
export function afterHouseNumber(tokens: readonly Token[], first: number, last: number): boolean {
  const number = tokens[first - 1];
  const before = tokens[first - 2];
  const t = tokens[last];
  if (!number || !before || !t || !/^\d{2,6}$/.test(number.text) || number.post !== ' ') return false;
  if (number.sentence !== t.sentence) return false;
  const introduced = /^,\s*$/.test(before.post) || ['at', 'of', 'on'].includes(before.lower);
  if (!introduced) return false;
  const after = tokens[last + 1];
  const post = t.abbrev ? t.post.slice(1) : t.post;
  if (/^\s*[,.;)]/.test(post) || !after || after.sentence !== t.sentence) return true;
  // "9230 Vernor east, a pupil": a lower-case compass word finishes the street.
  return post.trim() === '' && COMPASS_WORDS.has(after.text) && /^\s*[,.;)]/.test(after.post);
}

/** "Jefferson Avenue East": a compass word written out after a street's head word is part of its address. */
export function compassAfterStreet(tokens: readonly Token[], first: number, last: number): boolean {
  return last > first && COMPASS_WORDS.has(tokens[last]!.lower);
}

const LAW_NOUNS = new Set(['act', 'acts', 'bill', 'bills', 'law', 'laws', 'amendment', 'amendments']);

/**
 * "the Landrum-Griffin law", "the Kerr-Mills bill": two sponsors' names joined by a hyphen before a word for a
 * law name the law, which is no entity (a person named twice over, "Ann Brook-Hale", has a given name first).
 */
export function sponsorsOfLaw(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  return (
    last === first + 1 &&
    tokens[first]!.post === '-' &&
    !!after &&
    after.sentence === tokens[last]!.sentence &&
    tokens[last]!.post.trim() === '' &&
    LAW_NOUNS.has(after.text)
  );
}

// "the Italian newspaper La Stampa", "Il Tempo daily": a news outlet beside a media noun.
export function mediaApposition(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const touches = (a: Token | undefined, b: Token | undefined) =>
    !!a && !!b && a.sentence === b.sentence && a.post.trim() === '';
  return (
    (touches(before, tokens[first]) && MEDIA_NOUNS.has(before?.text ?? '')) ||
    (touches(tokens[last], after) && MEDIA_NOUNS.has(after?.text ?? '') && !isPlaceWord(tokens[last]!.lower))
  );
}

function sentenceText(tokens: readonly Token[], k: number): string {
  const sentence = tokens[k]!.sentence;
  let a = k;
  let b = k;
  while (a > 0 && tokens[a - 1]!.sentence === sentence) a--;
  while (b + 1 < tokens.length && tokens[b + 1]!.sentence === sentence) b++;
  return tokens
    .slice(a, b + 1)
    .map((t) => t.pre + t.text + t.post)
    .join('');
}

export function askTagger(tokens: readonly Token[], first: number, last: number): EntityType | null {
  const text = sentenceText(tokens, first);
  const phrase = tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');
  return taggerType(text, phrase.replace(/[()[\]{}|^$*+?\\~#@%]/g, ' '));
}
