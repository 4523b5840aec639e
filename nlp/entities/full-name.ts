// "Physiologist Orrin Banks ... Dr. Banks": a person the rules know only by a surname (a titled one such as
// "Dr. Banks", whose surname is also a common word) takes the full name the text gave earlier, the one
// capitalised word standing right before the surname, when the text gives it only one such first name.
import { lexiconTags } from '../compromise.ts';
import { TITLES } from '../lexicon.ts';
import type { Token } from '../tokens.ts';
import type { Entity, ResolvedMention } from './resolve.ts';

/** Tags a first name may carry; any other tag makes the word an ordinary one ("Old", "Says", "Despite"). */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** Endings of nouns for people the lexicon may not know ("Physiologist", "Librarian", "Senator"). */
const OCCUPATION = /(?:ist|ian|er|or)$/;

const firstNameLike = (t: Token | undefined) =>
  !!t &&
  !t.abbrev &&
  !t.possessive &&
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  !TITLES.has(t.lower) &&
  lexiconTags(t.lower).every((tag) => NAME_TAGS.has(tag)) &&
  (lexiconTags(t.lower).length > 0 || !OCCUPATION.test(t.lower));

/** Renames one-word person entities to "First Surname" where the text gives that form; changes in place. */
export function fullNames(tokens: readonly Token[], entities: Entity[], resolved: ResolvedMention[]): void {
  const covered = new Int32Array(tokens.length).fill(-1);
  resolved.forEach((m, r) => {
    for (let k = m.first; k <= m.last; k++) covered[k] = r;
  });
  // Where each word stands, read once, rather than every token read again for each surname.
  const at = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (i === 0) return;
    const places = at.get(t.text);
    if (places) places.push(i);
    else at.set(t.text, [i]);
  });
  entities.forEach((e, index) => {
    if (e.type !== 'person' || /\s/.test(e.name)) return;
    const forms = new Map<string, number[]>();
    for (const i of at.get(e.name) ?? []) {
      const t = tokens[i]!;
      const before = tokens[i - 1]!;
      if (before.post !== ' ' || before.sentence !== t.sentence || covered[i - 1] !== -1) continue;
      if (!firstNameLike(before)) continue;
      const owner = resolved[covered[i] ?? -1];
      if (owner && (owner.first !== i || owner.entity !== index)) continue;
      forms.set(before.text, [...(forms.get(before.text) ?? []), i]);
    }
    const [only, ...others] = [...forms];
    if (!only || others.length > 0) return;
    const [given, places] = only;
    const name = `${given} ${e.name}`;
    if (entities.some((other) => other !== e && other.name === name)) return;
    e.aliases = [...new Set([...e.aliases, e.name])];
    e.name = name;
    for (const i of places) {
      const start = tokens[i - 1]!.start;
      const end = tokens[i]!.end;
      const owner = resolved[covered[i] ?? -1];
      if (owner) {
        const old = e.mentions.find((x) => x.start === tokens[owner.first]!.start);
        if (old) old.start = start;
        owner.first = i - 1;
      } else {
        resolved.push({ first: i - 1, last: i, entity: index });
        e.mentions.push({ start, end });
      }
    }
    e.mentions.sort((a, b) => a.start - b.start);
  });
}
