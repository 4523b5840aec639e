// A person's name whose given name is also another kind of word: a town ("Sydney Larson") or a noun ("Cliff
// Cook"). The first-name census list (nlp/first-names.ts) says the word can be a given name; the word after
// it must look like a surname, so "Sydney Harbour", "Tulsa Drillers" and "Rose Garden" stay what they are.
import type { Token } from '../tokens.ts';
import { lexiconTags } from '../compromise.ts';
import { listedFirstName, nounFirstName } from '../first-names.ts';
import { NAME_ONLY_TAGS } from './clause-start.ts';
import {
  ORG_HEADS,
  PLACE_HEADS,
  isCommonWord,
  isDemonym,
  isLastName,
  isOrgWord,
  isPersonWord,
  isPlaceWord,
  nameKey,
} from '../lexicon.ts';

/** "Sydney Larson", "Austin R. Kemp": a given name that is also a town, then a surname no list knows. */
export function townNamedPerson(tokens: readonly Token[], first: number, last: number): boolean {
  const given = tokens[first]!;
  const surname = tokens[last]!;
  return (
    isPlaceWord(given.lower) &&
    // The census list also gives "Chicago" and "Kansas"; compromise's word list knows "Sydney" and "Austin"
    // as names and "Chicago", "Paris" and "St." as places only.
    isPersonWord(given.lower) &&
    !given.abbrev &&
    listedFirstName(given.text) &&
    surnameAfterGiven(tokens, first, last) &&
    !isCommonWord(surname.lower) &&
    !isPlaceWord(surname.lower)
  );
}

/**
 * "Cliff Cook", "Art Hambric", "Cliff Randall": a given name that is also a noun, then a surname, an occupation
 * word or a word the lists know only as a name.
 */
export function nounNamedPerson(tokens: readonly Token[], first: number, last: number): boolean {
  const surname = tokens[last]!;
  return (
    nounFirstName(tokens[first]!.lower) &&
    surnameAfterGiven(tokens, first, last) &&
    // A word no list knows, a known surname, a given name or an occupation ("Cook", "Mason"), but no plain
    // noun ("Garden").
    lexiconTags(surname.lower).every((tag) => tag === 'Actor' || NAME_ONLY_TAGS.has(tag))
  );
}

/**
 * After a given name, only middle initials and then one capitalised word that is no institution or place head,
 * no nationality and no team's plural ("Tulsa Drillers"; a known surname such as "Jones" may end in s).
 */
function surnameAfterGiven(tokens: readonly Token[], first: number, last: number): boolean {
  const surname = tokens[last]!;
  const middle = tokens.slice(first + 1, last);
  const key = nameKey(surname.text);
  return (
    last > first &&
    middle.every((t) => /^\p{Lu}$/u.test(t.text) && t.abbrev) &&
    /^\p{Lu}[\p{Ll}']+$/u.test(surname.text) &&
    !surname.abbrev &&
    !ORG_HEADS.has(key) &&
    !PLACE_HEADS.has(key) &&
    !isOrgWord(surname.lower) &&
    !isDemonym(surname.lower) &&
    (!/s$/.test(surname.text) || isLastName(surname.lower))
  );
}
