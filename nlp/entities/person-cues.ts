// A surname alone that no list knows, typed as a person by the words around it (issue #8): reviews and
// columns name performers, writers and statesmen by surname alone, with no work beside them, and say who they
// are only by what is theirs ("Tarrow's playing", "Varlik's first message"), by a pronoun that joins them
// ("Tarrow and his librettists"), or by an epithet ("the great Tarrow", "the late Varlik").
import type { Token } from '../tokens.ts';
import { lexiconTags } from '../compromise.ts';
import { surnameLike } from './works.ts';

/** What only a person has or does, after a possessive: "Tarrow's playing", "Varlik's widow". */
const PERSON_OWNED = new Set(
  (
    'playing singing conducting dancing acting voice career childhood boyhood girlhood youth funeral ' +
    'widow widower wife husband son daughter mother father brother sister librettist librettists biographer ' +
    'message dictatorship memoirs autobiography'
  ).split(' '),
);
/** Epithets that stand between "the" and a person's surname: "the great Tarrow", "the late Varlik". */
const EPITHETS = new Set(['great', 'late']);
/** Pronouns that, right after "X and", make X a person: "Tarrow and his troupe". */
const PERSONAL_OWNERS = new Set(['his', 'her']);

const sameSentence = (a: Token | undefined, b: Token) => !!a && a.sentence === b.sentence;

/** What a person owns or does follows the possessive at `at`, past at most two adjectives. */
function ownedByPerson(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < at + 4; k++) {
    const t = tokens[k];
    if (!sameSentence(t, tokens[at]!) || t!.capitalized) return false;
    if (PERSON_OWNED.has(t!.lower)) return true;
    if (!lexiconTags(t!.lower).includes('Adjective') && !/^(?:first|last|new|own)$/.test(t!.lower))
      return false;
  }
  return false;
}

/** The single word at `at`, which no list knows, is a person by the words around it. */
export function personByContext(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !surnameLike(t)) return false;
  if (t.possessive) return ownedByPerson(tokens, at);
  const [next, after] = [tokens[at + 1], tokens[at + 2]];
  // "Tarrow and his librettists chuckle".
  if (next?.lower === 'and' && !t.post.trim() && sameSentence(after, t) && PERSONAL_OWNERS.has(after!.lower))
    return true;
  // "Tarrow himself".
  if (sameSentence(next, t) && !t.post.trim() && (next!.lower === 'himself' || next!.lower === 'herself'))
    return true;
  // "the great Tarrow", "the late Varlik".
  const [epithet, article] = [tokens[at - 1], tokens[at - 2]];
  return (
    sameSentence(epithet, t) &&
    sameSentence(article, t) &&
    EPITHETS.has(epithet!.text) &&
    article!.lower === 'the' &&
    !epithet!.post.trim() &&
    !article!.post.trim()
  );
}
