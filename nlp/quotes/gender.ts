// Who "he" and "she" can be: a person's gender as the text shows it through a first name. compromise's own
// name lists and a first-name list built from census and registry data (gender-detection-from-name: English,
// Italian, Spanish, French, German and Turkish names) each vote; a name they disagree on, or that is given to
// both, says nothing. A title ("Mrs.", "the spokeswoman") outranks the first name.
import { getGender } from 'gender-detection-from-name';
import { lexiconTags } from '../compromise.ts';
import { UNISEX_FIRST_NAMES } from '../lexicon.ts';
import type { Entity } from '../entities/index.ts';
import sources from './sources.json' with { type: 'json' };

export type Gender = 'f' | 'm';

const cache = new Map<string, Gender | null>();

/** 'f' or 'm' for a first name the lists agree on; null for initials, unknown or shared names. */
export function firstNameGender(firstName: string): Gender | null {
  const word = firstName.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(word) || UNISEX_FIRST_NAMES.has(word)) return null;
  const known = cache.get(word);
  if (known !== undefined) return known;
  const tags = lexiconTags(word);
  const female = tags.includes('FemaleName');
  const male = tags.includes('MaleName');
  const fromLexicon: Gender | null = female && !male ? 'f' : male && !female ? 'm' : null;
  const listed = getGender(word);
  const fromList: Gender | null = listed === 'female' ? 'f' : listed === 'male' ? 'm' : null;
  let g: Gender | null = fromLexicon ?? fromList;
  if ((female && male) || (fromLexicon && fromList && fromLexicon !== fromList)) g = null;
  // A first name that is also an ordinary word ("Long", "Ma", "Bo") says nothing on its own.
  if (!fromLexicon && tags.length > 0) g = null;
  cache.set(word, g);
  return g;
}

const FEMALE_TITLES = new Set(sources.femaleTitles);
const MALE_TITLES = new Set(sources.maleTitles);
const titleWords = (roles: readonly string[]) =>
  roles
    .join(' ')
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[\s-]+/);

/**
 * A person's gender as the text shows it: a title ("Mrs.", "the spokeswoman") outranks a first name. `roles`
 * holds each entity's titles, by entity index.
 */
export function createPersonGenders(entities: readonly Entity[], roles: readonly (readonly string[])[]) {
  const titlesOf = (name: string) => {
    const index = entities.findIndex((e) => e.type === 'person' && e.name === name);
    // An unnamed source's own words say it too: "the spokeswoman".
    return [...titleWords(roles[index] ?? []), ...name.toLowerCase().split(/\s+/)];
  };
  const titledWoman = (name: string) => titlesOf(name).some((w) => FEMALE_TITLES.has(w));

  // 'f' or 'm' when the text says so through a first name or a title ("Mrs."), else null.
  const genders = new Map<string, 'f' | 'm' | null>();
  function genderOf(name: string): 'f' | 'm' | null {
    const known = genders.get(name);
    if (known !== undefined) return known;
    const words = name.split(/\s+/);
    const titles = titlesOf(name);
    // A title outranks a first name: "Mrs. Henry Louchheim" is a woman.
    let g: 'f' | 'm' | null = null;
    if (titles.some((w) => FEMALE_TITLES.has(w))) g = 'f';
    else if (titles.some((w) => MALE_TITLES.has(w))) g = 'm';
    else if (words.length > 1) g = firstNameGender(words[0] ?? '');
    genders.set(name, g);
    return g;
  }

  return { genderOf, titledWoman };
}
