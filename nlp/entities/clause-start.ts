// Which capitalised words opening a sentence belong to the name after them: the span finder drops a leading
// ordinary word ("Several", "The") unless it is part of the name ("Tulane University", "Art Hambric").
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

// Closed-class words that count or pick out members ("Many Army officers"); the lexicon tags some as adjectives.
const QUANTIFIERS = new Set(['many', 'most', 'all', 'few', 'other', 'such', 'every', 'any', 'more', 'fewer']);

/**
 * "Tulane University", "Mobile County", "Bank of America" opening a sentence: without its first word the run
 * would be a bare head noun ("University", "County") or start with "of", so the first word is part of the name.
 * "Many Army officers" still loses "Many": "Army" names a body on its own.
 */
export function namesHead(tokens: readonly Token[], first: number, last: number): boolean {
  const lead = tokens[first]!;
  if (lexiconTags(lead.lower).includes('Determiner') || QUANTIFIERS.has(lead.lower)) return false;
  const next = tokens[first + 1]!;
  // ... but "News of Hollis's commitment": a possessive after "of" shows an ordinary noun before it.
  if (ORG_HEADS.has(nameKey(lead.text)) && (next.text === 'of' || next.text === 'for'))
    return !tokens[last]!.possessive;
  const head = nameKey(next.text);
  return (
    first + 1 === last &&
    (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) &&
    !ORG_NAMES.has(head) &&
    !PLACE_NAMES.has(head)
  );
}
