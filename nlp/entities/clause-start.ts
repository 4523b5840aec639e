// Which capitalised words opening a sentence belong to the name after them: the span finder drops a leading
// ordinary word ("Several", "The") unless it is part of the name ("Art Hambric").
import type { Token } from '../tokens.ts';
import { lexiconTags } from '../compromise.ts';
import { nounFirstName } from '../first-names.ts';
import { ORG_HEADS, ORG_NAMES, PLACE_HEADS, PLACE_NAMES, nameKey } from '../lexicon.ts';

/** "Art Hambric won": a given name that is also a noun, opening a sentence before a word no list knows. */
export function givenNameFirst(given: Token, surname: Token): boolean {
  const key = nameKey(surname.text);
  return (
    nounFirstName(given.lower) &&
    /^\p{Lu}[\p{Ll}']+$/u.test(surname.text) &&
    lexiconTags(surname.lower).length === 0 &&
    !ORG_HEADS.has(key) &&
    !PLACE_HEADS.has(key) &&
    !PLACE_NAMES.has(key) &&
    !ORG_NAMES.has(key)
  );
}
