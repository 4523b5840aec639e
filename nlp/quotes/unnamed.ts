// Unnamed sources as speakers (issue #8): "a senior administration official told reporters" is spoken by
// `senior administration official`, "U.S. officials said" by `U.S. officials`; "the source added" later
// is the same source. The speaker is the noun phrase as the text names it, without its article
// (shared/eval/GUIDELINES.md, "Modern news").
import { lexiconTags } from '../compromise.ts';
import type { Token } from '../tokens.ts';
import type { DocContext } from './context.ts';
import sources from './sources.json' with { type: 'json' };

export const UNNAMED_HEADS: ReadonlySet<string> = new Set(sources.unnamedHeads);
export const NOT_SOURCES: ReadonlySet<string> = new Set(sources.notSources);

/** Words that end a noun phrase's modifiers when reading back from its head. */
const PHRASE_STOPS = new Set(
  (
    'the a an this that these those its his her their our my your one some any two three four five six ' +
    'several many few other another each every both all no said told by of in on at for from to with as ' +
    'and or but who which when where while if because after before than citing quoting according'
  ).split(' '),
);
const NOT_MODIFIER_TAGS = new Set([
  'Verb',
  'PastTense',
  'PresentTense',
  'Copula',
  'Modal',
  'Auxiliary',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Determiner',
  'QuestionWord',
]);
/** "people familiar with the matter": bare "people" names no one without what follows. */
const BARE_HEADS = new Set(['person', 'people']);
const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed']);

export type NounPhrase = { first: number; last: number; name: string; plural: boolean };

const plain = (t: Token | undefined) => !!t && /^[.-]?\s*$/.test(t.post) && !t.post.includes('\n');

/**
 * The noun phrase ending at head token `h`, read back over its modifiers, without its article
 * ("a senior administration official" → "senior administration official"). With `allowAnd`, modifiers
 * joined by "and" stay ("the foreign and health ministries").
 */
export function nounPhraseAt(ctx: DocContext, h: number, allowAnd = false): NounPhrase | null {
  const { tokens, text } = ctx;
  const head = tokens[h];
  if (!head) return null;
  let first = h;
  for (let k = h - 1, taken = 0; k >= 0 && taken < 4; k--) {
    const t = tokens[k]!;
    if (t.sentence !== head.sentence || ctx.quoteOf[k] !== -1 || !plain(t) || t.possessive) break;
    if (PHRASE_STOPS.has(t.lower) && !(allowAnd && t.lower === 'and' && k < h - 1)) break;
    const notModifier = !t.capitalized && lexiconTags(t.lower).some((tag) => NOT_MODIFIER_TAGS.has(tag));
    // A lone number is a count ("two officials"); a hyphenated age is a modifier ("42-year-old").
    if ((/^\d+$/.test(t.text) && t.post !== '-') || notModifier) break;
    first = k;
    taken++;
  }
  let last = h;
  const next = tokens[h + 1];
  if (BARE_HEADS.has(head.lower) && next && POSTMODIFIERS.has(next.lower) && plain(head)) {
    for (let k = h + 1; k <= Math.min(tokens.length - 1, h + 4); k++) {
      last = k;
      if (!plain(tokens[k])) break;
    }
  }
  if (BARE_HEADS.has(head.lower) && last === h && first === h) return null;
  const name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/[.,;:]+$/, '');
  const plural = head.lower !== singular(head.lower) || lexiconTags(head.lower).includes('Plural');
  return { first, last, name, plural };
}

/** The singular of a regular plural noun ("ministries" → "ministry"), or the word itself. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Prepositions that tie an unnamed source to the body it speaks for or belongs to. */
const RELATIONS = new Set(['for', 'at', 'of']);
/** Envoys, tied by "to" to the country or body they are sent to ("Norway's ambassador to Chile"). */
export const ENVOYS = new Set('ambassador ambassadors envoy envoys consul consuls emissary'.split(' '));
const RELATION_DETERMINERS = new Set('the a an its his her their this that'.split(' '));
const RELATION_STOP_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Pronoun']);

/**
 * "a spokesman for the department", "an official at the ministry", "a member of the crew": when the
 * unnamed source noun at `h` is followed by such a preposition and a short noun phrase, the index of that
 * phrase's last word (no further than `limit` when given); else -1. The phrase ends at a comma, the end of
 * the sentence, a verb or a word that opens a clause.
 */
export function relationEnd(ctx: DocContext, h: number, limit = Infinity): number {
  const { tokens } = ctx;
  const head = tokens[h];
  const rel = tokens[h + 1];
  if (!head || !rel || !plain(head) || !plain(rel)) return -1;
  if (!RELATIONS.has(rel.lower) && !(rel.lower === 'to' && ENVOYS.has(head.lower))) return -1;
  let k = h + 2;
  if (RELATION_DETERMINERS.has(tokens[k]?.lower ?? '') && plain(tokens[k])) k++;
  let last = -1;
  for (; k < Math.min(tokens.length, h + 8) && k <= limit; k++) {
    const t = tokens[k]!;
    if (t.sentence !== head.sentence || ctx.quoteOf[k] !== -1) break;
    const tags = t.capitalized ? [] : lexiconTags(t.lower);
    if (PHRASE_STOPS.has(t.lower) || tags.some((tag) => RELATION_STOP_TAGS.has(tag))) break;
    last = k;
    if (!plain(t)) break;
  }
  return last;
}
