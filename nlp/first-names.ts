// A first name's gender: compromise's own name lists and a first-name list built from census and registry data
// (gender-detection-from-name: English, Italian, Spanish, French, German and Turkish names) each vote; a name
// they disagree on, or that is given to both, says nothing. Used to resolve "he" and "she" (quotes/gender.ts)
// and to keep "Mr. Hale" from a woman named Hale (entities/resolve.ts).
import installed from 'gender-detection-from-name/package.json' with { type: 'json' };
import firstNames from './lexicon/first-names.json' with { type: 'json' };
import { lexiconTags } from './compromise.ts';
import { TITLES, UNISEX_FIRST_NAMES } from './lexicon.ts';
import { sortedIndex } from './sorted-list.ts';

/**
 * What is wrong with a first-name file built from `source` ("gender-detection-from-name@1.11.5") when `installed`
 * is the package installed; null when they are the same. A file built from another version than the one
 * installed would give other genders without a word, so it is refused.
 */
export function staleFirstNames(source: string, installed: { name: string; version: string }): string | null {
  const now = `${installed.name}@${installed.version}`;
  return source === now
    ? null
    : `nlp/lexicon/first-names.json was built from ${source}, but ${now} is installed: run npm run first-names`;
}

// The list is the package's, built into one sorted file (bin/build-first-names.ts).
const stale = staleFirstNames(firstNames.source, installed);
if (stale) throw new Error(stale);

export type Gender = 'f' | 'm';

let names: string[] | undefined;
// The words asked about, found once each. Bounded, for long sessions.
const genders = new Map<string, Gender | null>();

/** What gender-detection-from-name's getGender() gives a word ('f', 'm' or null for unknown), from the built file. */
export function listGender(word: string): Gender | null {
  const w = word.toLowerCase();
  let gender = genders.get(w);
  if (gender === undefined) {
    names ??= firstNames.names.split('|');
    const at = sortedIndex(names, w);
    gender = at < 0 ? null : firstNames.genders[at] === 'f' ? 'f' : 'm';
    if (genders.size >= 50_000) genders.clear();
    genders.set(w, gender);
  }
  return gender;
}

type Votes = { lexicon: Gender | null; list: Gender | null; gender: Gender | null };
const cache = new Map<string, Votes>();

function votes(firstName: string): Votes {
  const word = firstName.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(word) || UNISEX_FIRST_NAMES.has(word))
    return { lexicon: null, list: null, gender: null };
  const known = cache.get(word);
  if (known) return known;
  const tags = lexiconTags(word);
  const female = tags.includes('FemaleName');
  const male = tags.includes('MaleName');
  const lexicon: Gender | null = female && !male ? 'f' : male && !female ? 'm' : null;
  const list = listGender(word);
  let gender: Gender | null = lexicon ?? list;
  if ((female && male) || (lexicon && list && lexicon !== list)) gender = null;
  // A first name that is also an ordinary word ("Long", "Ma", "Bo") says nothing on its own.
  if (!lexicon && tags.length > 0) gender = null;
  const v = { lexicon, list, gender };
  cache.set(word, v);
  return v;
}

/** 'f' or 'm' for a first name the lists do not disagree on; null for initials, unknown or shared names. */
export function firstNameGender(firstName: string): Gender | null {
  return votes(firstName).gender;
}

/**
 * 'f' or 'm' only when both lists give the name that gender: sure enough to keep "Mr. Hale" from Ann Hale.
 * One list alone calls Alva a woman's name and Nikita a man's.
 */
export function agreedGender(firstName: string): Gender | null {
  const { lexicon, list } = votes(firstName);
  return lexicon && lexicon === list ? lexicon : null;
}

/**
 * Whether the census and registry list gives the word as a first name at all ("Sydney", "Austin", "Paris"):
 * only with other evidence that a person is meant, since that list also holds words such as "China".
 */
export function listedFirstName(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{L}{2,}$/u.test(w) && listGender(w) !== null;
}

/**
 * "Art", "Cliff", "Bill": a first name of the census list that compromise's word list knows only as a noun. Before a
 * surname it is a given name; adjectives ("Young", "Frank"), titles ("King") and function words never are here.
 */
export function nounFirstName(word: string): boolean {
  const w = word.toLowerCase();
  const tags = lexiconTags(w);
  return (
    listedFirstName(w) &&
    !TITLES.has(w) &&
    tags.length > 0 &&
    tags.every((t) => t === 'Noun' || t === 'Singular' || t === 'Uncountable')
  );
}
