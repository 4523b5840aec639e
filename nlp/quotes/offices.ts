// "The President of the Harbour Board, Ana Lind, said …": an office named before a person and set off from the
// name by a comma is that person's office too, so a later "the President" or "said the Board's president"
// can stand for her. The entity rules record only titles written right before a name ("President Lind").
import { TITLES } from '../lexicon.ts';
import type { DocContext } from './context.ts';

/** How many words an office set before a name may run to ("the Prime Minister of the Republic of X"). */
const OFFICE_REACH = 9;

/** Per entity, the offices written as "the OFFICE (of …), NAME": lower case, without the article. */
export function appositiveOffices(ctx: DocContext): string[][] {
  const { tokens, entities, mentionOf, quoteOf } = ctx;
  const offices: string[][] = entities.map(() => []);
  for (let i = 1; i < tokens.length; i++) {
    const m = mentionOf[i];
    if (!m || m.first !== i || entities[m.entity]?.type !== 'person') continue;
    const comma = tokens[i - 1]!;
    if (!/^,\s*$/.test(comma.post) || comma.sentence !== tokens[i]!.sentence) continue;
    // Back from the comma to the "the" that opens the office, over words with no punctuation and no other name of a person.
    let office = -1;
    for (let k = i - 1; k >= Math.max(0, i - OFFICE_REACH); k--) {
      const t = tokens[k]!;
      if (quoteOf[k] !== -1 || t.sentence !== comma.sentence) break;
      if (k < i - 1 && t.post.trim() !== '') break;
      const other = mentionOf[k];
      if (other && entities[other.entity]?.type === 'person') break;
      // The farthest "the" of the run: "the President of the Harbour Board".
      if (t.lower === 'the') office = k;
    }
    if (office < 0) continue;
    const words = tokens.slice(office + 1, i);
    // The phrase opens with its office: "the President of …", "the Portuguese Prime Minister".
    if (!words.some((t) => TITLES.has(t.lower) && t.capitalized)) continue;
    offices[m.entity]!.push(words.map((t) => t.lower).join(' '));
  }
  return offices;
}
