// Who "he" and "she" can be: a person's gender as the text shows it through a first name (first-names.ts) or a
// title ("Mrs.", "the spokeswoman"), which outranks the first name.
import { firstNameGender } from '../first-names.ts';
import type { Entity } from '../entities/index.ts';
import sources from './sources.json' with { type: 'json' };

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
