// A capitalised phrase that fills a pair of double quotes by itself ("Operation Goodwill", "The Quiet
// Harbor") is mostly a title, a slogan or a programme: a guess of person for it, which no list or title
// supports, is dropped (issue #8).
import type { Token } from '../tokens.ts';
import type { Mention } from './classify.ts';
import { titleOfWork } from './works.ts';

const OPENING = /["“]\s*$/;
const CLOSING = /^[,.;:!?]?["”]/;

/** The tokens `first`..`last` are all that stands between an opening and a closing double quote. */
export function fillsQuotes(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const opened = OPENING.test(tokens[first]!.pre) || (!!before && OPENING.test(before.post));
  return opened && CLOSING.test(tokens[last]!.post);
}

/** A person guessed for a quoted title, below the confidence of any list or title. */
export function quotedTitleGuess(tokens: readonly Token[], m: Mention): boolean {
  if (m.type !== 'person' || m.role || !fillsQuotes(tokens, m.first, m.last)) return false;
  // ... and so is any person in quotes after a possessive or a noun for a work ('Gluck's "Orfeo"').
  return (m.confidence ?? 1) < 0.7 || titleOfWork(tokens, m.first);
}
