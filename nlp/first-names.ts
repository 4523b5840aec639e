// A first name's gender: compromise's own name lists and a first-name list built from census and registry data
// (gender-detection-from-name: English, Italian, Spanish, French, German and Turkish names) each vote; a name
// they disagree on, or that is given to both, says nothing. Used to resolve "he" and "she" (quotes/gender.ts)
// and to keep "Mr. Hale" from a woman named Hale (entities/resolve.ts).
import { getGender } from 'gender-detection-from-name';
import { lexiconTags } from './compromise.ts';
import { TITLES, UNISEX_FIRST_NAMES } from './lexicon.ts';

export type Gender = 'f' | 'm';

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
  const listed = getGender(word);
  const list: Gender | null = listed === 'female' ? 'f' : listed === 'male' ? 'm' : null;
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
  return /^\p{L}{2,}$/u.test(w) && getGender(w) !== 'unknown';
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
