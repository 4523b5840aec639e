// One thing, one entity (issue #8): an organization and its initials, a person named surname first, and two
// names the text itself links ("RIA Novosti (RIA News)") end up as one entity.
import type { Token } from '../tokens.ts';
import type { EntityType, Mention } from './classify.ts';
import { acronymLetters, initialsVariants, transliterationKey } from './keys.ts';
import { isFirstName } from '../lexicon.ts';

export type Draft = {
  type: EntityType;
  words: string[];
  name: string;
  first: number;
  roles: string[];
  items: Mention[];
};

export function move(from: Draft, to: Draft): void {
  if (from === to) return;
  to.items.push(...from.items);
  to.roles.push(...from.roles);
  from.items = [];
}

/**
 * "ILA" joins "Inland Lakes Authority" when exactly one organization of the text has those initials. A name that was
 * only guessed a person (no title, no first name, below 0.7) and whose initials spell an organization's acronym
 * in the text is that organization written out ("the Ku Klux Klan" beside "the KKK"): it takes the long form.
 * Three words at least: two-word names are too often people ("Al Paschal" is not the AP).
 */
export function mergeAcronyms(drafts: readonly Draft[]): void {
  const byInitials = new Map<string, Draft[]>();
  const guessedPerson = (d: Draft) =>
    d.type === 'person' &&
    d.words.length >= 3 &&
    d.roles.length === 0 &&
    !isFirstName(d.words[0]?.toLowerCase() ?? '') &&
    d.items.every((m) => (m.confidence ?? 0) < 0.7);
  for (const d of drafts) {
    if ((d.type !== 'organization' && !guessedPerson(d)) || d.words.length < 2 || d.items.length === 0)
      continue;
    if (spacedLetters(d.words)) continue;
    for (const initials of initialsVariants(d.words))
      if (initials.length >= 2) byInitials.set(initials, [...(byInitials.get(initials) ?? []), d]);
  }
  // "U.N." and "U. N.", "IAPA" and "I. A. P. A.": one acronym however it is spaced.
  const acronyms = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.type !== 'organization' || d.items.length === 0) continue;
    const letters = d.words.length === 1 ? acronymLetters(d.words[0] ?? '') : spacedLetters(d.words);
    if (!letters) continue;
    const written = acronyms.get(letters);
    if (written) move(d, written);
    else acronyms.set(letters, d);
  }
  for (const [letters, d] of acronyms) {
    if (d.items.length === 0) continue;
    const longer = byInitials.get(letters);
    if (longer?.length !== 1) continue;
    const long = longer[0]!;
    if (long.type === 'person') {
      long.type = 'organization';
      for (const m of long.items) m.type = 'organization';
    }
    move(d, long);
  }
}

/**
 * "Putin Vladimir" is Vladimir Putin: a two-word name whose words, swapped, name another person of the text
 * joins the one written first name first.
 */
export function mergeInverted(drafts: readonly Draft[]): void {
  const key = (ws: readonly string[]) => ws.map(transliterationKey).join(' ');
  const people = new Map<string, Draft>();
  for (const d of drafts) if (d.type === 'person' && d.words.length === 2) people.set(key(d.words), d);
  for (const d of drafts) {
    if (d.type !== 'person' || d.words.length !== 2 || d.items.length === 0) continue;
    const swapped = people.get(key([d.words[1]!, d.words[0]!]));
    if (!swapped || swapped === d || swapped.items.length === 0) continue;
    const [from, to] = isFirstName(d.words[0]!.toLowerCase()) ? [swapped, d] : [d, swapped];
    move(from, to);
  }
}

/**
 * Names the text links as one: "RIA Novosti (RIA News)", "the European Union (EU)", "Rosgvardia, also known as
 * the National Guard". The second joins the first when both are organizations or both places.
 */
export function linkedPairs(tokens: readonly Token[], mentions: readonly Mention[]): [Mention, Mention][] {
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) if (m.type && m.type !== 'person') byFirst.set(m.first, m);
  const pairs: [Mention, Mention][] = [];
  for (const m of mentions) {
    if (!m.type || m.type === 'person') continue;
    const end = tokens[m.last];
    let next = m.last + 1;
    const inParens = !!end && `${end.post}${tokens[next]?.pre ?? ''}`.includes('(');
    const aka = ['also known as', 'formerly', 'formerly known as'].find((phrase) => {
      const ws = phrase.split(' ');
      if (!ws.every((w, k) => tokens[next + k]?.lower === w)) return false;
      next += ws.length;
      if (tokens[next]?.lower === 'the') next++;
      return true;
    });
    const other = byFirst.get(next);
    if (!other || other.type !== m.type || (!inParens && !aka)) continue;
    if (inParens && !tokens[other.last]?.post.startsWith(')')) continue;
    pairs.push([m, other]);
  }
  return pairs;
}

/** The letters of initials written with spaces ("U. N." gives "UN"), or '' if the words are not all initials. */
function spacedLetters(words: readonly string[]): string {
  return words.length >= 2 && words.every((w) => /^\p{Lu}\.$/u.test(w))
    ? words.join('').replace(/\./g, '')
    : '';
}
