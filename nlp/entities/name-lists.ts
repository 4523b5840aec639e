// A name listed among people is a person (issue #8): "the bill had Joe Vance, Brisk Orr, Tiny Lamb and Ida
// Fenn", "Martha, Hosea and Ezrom": a member no list or rule could type, between or after two or more people
// typed surely, is one more of them.
import type { Token } from '../tokens.ts';
import type { Mention } from './classify.ts';
import { surnameLike } from './works.ts';

const SURE_PERSON = 0.8;

/** Mentions `a` and `b` are neighbours in one list: only a comma, "and" or "or" between them. */
function listed(tokens: readonly Token[], a: Mention, b: Mention): boolean {
  if (b.first <= a.last || tokens[a.last]!.sentence !== tokens[b.first]!.sentence) return false;
  const between = tokens.slice(a.last + 1, b.first);
  const comma = tokens[a.last]!.post.trim() === ',';
  if (between.length === 0) return comma;
  return between.length === 1 && ['and', 'or'].includes(between[0]!.lower) && !tokens[a.last]!.possessive;
}

/** Types as persons the untyped members of lists in which two or more other members are surely people. */
export function peopleInLists(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((x, y) => x.first - y.first);
  const out = new Map<Mention, Mention>();
  let start = 0;
  for (let k = 1; k <= sorted.length; k++) {
    if (k < sorted.length && listed(tokens, sorted[k - 1]!, sorted[k]!)) continue;
    const members = sorted.slice(start, k);
    start = k;
    if (members.length < 3) continue;
    // "full of Journals and Ann Orr and Tom Lee": a list of people has a comma in it.
    if (!members.slice(0, -1).some((m) => tokens[m.last]!.post.trim() === ',')) continue;
    const sure = members.filter((m) => m.type === 'person' && (m.confidence ?? 0) >= SURE_PERSON);
    // ... and "Ida Fenn, Orr and Lamb": a list of nothing but people, one or more, and single words that can
    // only be surnames is one of people too.
    const surnames = (m: Mention) => m.first === m.last && surnameLike(tokens[m.first]!);
    const onlyPeople =
      members.some((m) => m.type === 'person') &&
      members.every((m) => m.type === 'person' || (m.type === null && surnames(m)));
    if (sure.length < 2 && !onlyPeople) continue;
    for (const m of members)
      if (m.type === null && !tokens[m.last]!.possessive && tokens[m.first]!.capitalized)
        out.set(m, { ...m, type: 'person', confidence: 0.7, weak: false });
  }
  return mentions.map((m) => out.get(m) ?? m);
}
