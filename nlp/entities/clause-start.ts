// Which capitalised words opening a sentence belong to the name after them: the span finder drops a leading
// ordinary word ("Several", "The") unless it is part of the name ("Art Hambric").
import type { Token } from '../tokens.ts';
import { lexiconTags } from '../compromise.ts';
import { nounFirstName } from '../first-names.ts';
import { ORG_HEADS, ORG_NAMES, PLACE_HEADS, PLACE_NAMES, nameKey } from '../lexicon.ts';

/** Tags of compromise's word list that say a word is a person's name and nothing else. */
export const NAME_ONLY_TAGS = new Set(['LastName', 'MaleName', 'FemaleName', 'FirstName', 'Person']);

/**
 * "Art Hambric won", "Cliff Randall played": a given name that is also a noun, opening a sentence before a word
 * no list knows or one the lists know only as a name.
 */
export function givenNameFirst(given: Token, surname: Token): boolean {
  const key = nameKey(surname.text);
  return (
    nounFirstName(given.lower) &&
    /^\p{Lu}[\p{Ll}']+$/u.test(surname.text) &&
    lexiconTags(surname.lower).every((tag) => NAME_ONLY_TAGS.has(tag)) &&
    !ORG_HEADS.has(key) &&
    !PLACE_HEADS.has(key) &&
    !PLACE_NAMES.has(key) &&
    !ORG_NAMES.has(key)
  );
}
