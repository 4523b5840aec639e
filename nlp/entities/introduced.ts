// A name the text introduces with what it names (issue #8): "a broker called Pim", "a dance troupe called
// Zorya", "a manor called Elm Reach", "his wife Dilly". The noun before "called" or "named", or the kinship
// word after a possessive, types a name that no list knows.
import type { Token } from '../tokens.ts';
import type { EntityType } from './classify.ts';
import {
  GENERIC_PERSON_NOUNS,
  PERSON_ROLE_NOUNS,
  PLACE_HEADS,
  PLAIN_PERSON_NOUNS,
  nameKey,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';

const INTRODUCING = new Set(['called', 'named']);
const PERSON_SUFFIX =
  /(?:man|woman|ist|broker|maker|keeper|dealer|writer|singer|dancer|farmer|teacher|soldier)$/;
const BODY_NOUNS = new Set(
  'company troupe band ensemble choir chorus group firm club team orchestra quartet trio society party outfit'.split(
    ' ',
  ),
);
const PLACE_NOUNS = new Set(
  'town village city hamlet island manor estate mansion cottage house farm ranch inn hotel region valley river lake'.split(
    ' ',
  ),
);
const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father']);
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

function personNoun(word: string): boolean {
  return (
    PLAIN_PERSON_NOUNS.has(word) ||
    GENERIC_PERSON_NOUNS.has(word) ||
    PERSON_ROLE_NOUNS.has(word) ||
    PERSON_SUFFIX.test(word) ||
    lexiconTags(word).includes('Actor')
  );
}

/** The type the words right before the name at `first` give it, or null. */
export function introducedAs(tokens: readonly Token[], first: number): EntityType | null {
  const cue = tokens[first - 1];
  const noun = tokens[first - 2];
  if (!cue || !noun || noun.sentence !== tokens[first]!.sentence || cue.post.trim() || noun.post.trim())
    return null;
  if (INTRODUCING.has(cue.lower)) {
    if (BODY_NOUNS.has(noun.lower)) return 'organization';
    if (PLACE_NOUNS.has(noun.lower) || PLACE_HEADS.has(nameKey(noun.text))) return 'place';
    if (personNoun(noun.lower)) return 'person';
    return null;
  }
  // "his wife Dilly", "Ann Orr's son Tad".
  if (KIN.has(cue.lower) && (OWNERS.has(noun.lower) || noun.possessive)) return 'person';
  return null;
}
