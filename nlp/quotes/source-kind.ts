// What kind of source a stored speaker is, from its name alone (issue #8), for Compare's "who is quoted"
// when analysis did not say (quotes stored before it did, or a speaker a person typed or chose): a news
// outlet by its name ("The Washington Post", "Reuters"), or a bare noun that names nobody ("newspaper",
// "officials") and so is drawn as an unnamed source, never as a speaker called "newspaper".
import { nameKey } from '../lexicon.ts';
import { MEDIA_NOUNS } from './media.ts';
import sources from './sources.json' with { type: 'json' };
import { UNNAMED_HEADS } from './unnamed.ts';

const WIRE_AGENCIES = new Set(sources.wireAgencies.map(nameKey));
const OUTLET_HEADS = new Set(sources.outletHeads);
/** Words that name no one by themselves: "the group said". */
const GENERIC = new Set(['group', 'groups', 'organisation', 'organization', 'body', 'source', 'sources']);

/** True when the name is a news outlet's by its form: a wire agency, or a name ending like a paper's. */
export function isOutletName(name: string): boolean {
  const clean = name.replace(/^the\s+/i, '').trim();
  if (WIRE_AGENCIES.has(nameKey(clean))) return true;
  const words = clean.split(/\s+/);
  return words.length > 1 && OUTLET_HEADS.has(words.at(-1) ?? '');
}

/**
 * `media` for a bare media noun ("newspaper", "the publication"), `unnamed` for a bare noun of people or
 * sources ("officials", "a source"), else null: a name.
 */
export function genericSpeaker(name: string): 'media' | 'unnamed' | null {
  const words = name
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .trim()
    .split(/\s+/);
  if (words.length !== 1) return null;
  const word = words[0] ?? '';
  if (MEDIA_NOUNS.has(word)) return 'media';
  if (GENERIC.has(word) || UNNAMED_HEADS.has(word)) return 'unnamed';
  return null;
}
