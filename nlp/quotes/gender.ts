// Who "he" and "she" can be: a person's gender as the text shows it through a first name. compromise's own
// name lists and a first-name list built from census and registry data (gender-detection-from-name: English,
// Italian, Spanish, French, German and Turkish names) each vote; a name they disagree on, or that is given to
// both, says nothing.
import { getGender } from 'gender-detection-from-name';
import { lexiconTags } from '../compromise.ts';
import { UNISEX_FIRST_NAMES } from '../lexicon.ts';

export type Gender = 'f' | 'm';

const cache = new Map<string, Gender | null>();

/** 'f' or 'm' for a first name the lists agree on; null for initials, unknown or shared names. */
export function firstNameGender(firstName: string): Gender | null {
  const word = firstName.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(word) || UNISEX_FIRST_NAMES.has(word)) return null;
  const known = cache.get(word);
  if (known !== undefined) return known;
  const tags = lexiconTags(word);
  const female = tags.includes('FemaleName');
  const male = tags.includes('MaleName');
  const fromLexicon: Gender | null = female && !male ? 'f' : male && !female ? 'm' : null;
  const listed = getGender(word);
  const fromList: Gender | null = listed === 'female' ? 'f' : listed === 'male' ? 'm' : null;
  let g: Gender | null = fromLexicon ?? fromList;
  if ((female && male) || (fromLexicon && fromList && fromLexicon !== fromList)) g = null;
  // A first name that is also an ordinary word ("Long", "Ma", "Bo") says nothing on its own.
  if (!fromLexicon && tags.length > 0) g = null;
  cache.set(word, g);
  return g;
}
