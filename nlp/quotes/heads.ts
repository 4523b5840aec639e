// Who the head of a noun phrase names: a mention, a pronoun, a role, an unnamed source, a group, an outlet, a
// noun for an agent or a capitalised word taken for a name. Both the subject before a reporting verb and the
// one after an inverted verb end here, so the rules live apart from the searches for where a subject is.
import {
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  MEMBER_NOUNS,
  PERSON_ROLE_NOUNS,
  SPEECH_NOUNS,
  TITLES,
  isCommonWord,
  isDateWord,
  isDemonym,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';
import { DETERMINERS } from './referents.ts';
import type { Focus, Referents, Speaker } from './referents.ts';
import { MEDIA_NOUNS } from './media.ts';
import { NOT_SOURCES, nounPhraseAt, singular } from './unnamed.ts';

const PLACE_SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'warned',
  'announced',
  'insisted',
  'stated',
  'declared',
]);
/** Words before a plural head in "one of the … rookies": they modify it, they are not it. */
const MODIFIER_TAGS = new Set(['Adjective', 'Adverb', 'Determiner', 'Comparative', 'Superlative']);
/** Words after a source noun that describe it ("a person familiar with the matter"): the noun is the head. */
export const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed']);
/** Words that end a noun phrase: what follows describes its head or starts a clause. */
export const NP_BREAKS = new Set([
  'who',
  'which',
  'that',
  'of',
  'in',
  'at',
  'on',
  'for',
  'to',
  'with',
  'from',
]);
/** "a panel headed by X": participles after which "by" names who leads a body, not the body itself. */
export const LEADING = new Set(['headed', 'led', 'chaired', 'presided']);
/** "this group", "that body": words for any body, which a demonstrative ties to the body named before. */
const GENERIC_BODIES = new Set(['group', 'body', 'panel', 'organization', 'organisation']);
/** Endings of agent nouns ("right-hander", "violinist"), for words compromise's lexicon does not know. */
const BROAD_AGENT_ENDING = /\p{L}{2}(?:er|or|ist|ian|man|woman)$/u;
const NARROW_AGENT_ENDING = /\p{L}{3}(?:or|ist|ian)$/u;
/** Prepositions after which a name says where or whose the subject is, not who it is. */
const DESCRIBING_PREPOSITIONS = new Set(['of', 'in', 'at', 'from']);

/** Resolves the head of a noun phrase to a speaker, with the referent rules for names, roles and groups. */
export function createHeads(ctx: DocContext, referents: Referents) {
  const { tokens, entities, mentionOf } = ctx;
  const {
    fromMention,
    sentenceStart,
    pronoun,
    groupNoun,
    role,
    nearestNamed,
    isPlain,
    outside,
    unnamed,
    isUnnamedHead,
    outletNoun,
  } = referents;

  /**
   * A noun for a person: one compromise knows as an Actor, or, with `sources`, a source noun of the lists.
   * With `unknown`, a word compromise does not know at all counts when it ends like an agent noun: the
   * `broad` endings after "the" and modifiers ("the tall right-hander"), where the modifiers already say a
   * person is described; the `narrow` ones after a bare article ("the violinist").
   */
  function isPersonNoun(w: string, how: { sources?: boolean; unknown?: 'broad' | 'narrow' } = {}): boolean {
    if (how.sources && isUnnamedHead(w)) return true;
    const tags = lexiconTags(w);
    if (tags.includes('Actor')) return true;
    if (!how.unknown || tags.length > 0) return false;
    return (how.unknown === 'broad' ? BROAD_AGENT_ENDING : NARROW_AGENT_ENDING).test(w);
  }

  /**
   * "one of the Boston rookies remarked": whoever "one of" picks out of a plural that speaks is a person the
   * text does not name, whatever the noun. The plural's head, or -1.
   */
  function oneOf(one: number): number {
    if (tokens[one]?.lower !== 'one' || tokens[one + 1]?.lower !== 'of' || !isPlain(one)) return -1;
    if (!['the', 'his', 'her', 'their', 'its', 'our'].includes(tokens[one + 2]?.lower ?? '')) return -1;
    for (let k = one + 3; k <= one + 6 && isPlain(k - 1) && outside(k); k++) {
      const t = tokens[k];
      if (!t || t.sentence !== tokens[one]?.sentence) return -1;
      if (t.capitalized || mentionOf[k]) continue;
      const tags = lexiconTags(t.lower);
      if (/\p{Ll}[^s]s$/u.test(t.lower) && !tags.some((tag) => MODIFIER_TAGS.has(tag))) return k;
    }
    return -1;
  }

  /** Tokens from..to when they are one to three capitalised words and nothing else: a name, as a guess. */
  function capitalisedRun(from: number, to: number, single = false): Speaker | null {
    if (to - from < (single ? 0 : 1) || to - from > 2) return null;
    let common = 0;
    for (let k = from; k <= to; k++) {
      const t = tokens[k];
      if (!t || !t.capitalized || mentionOf[k] || (k < to && !isPlain(k))) return null;
      if (isCommonWord(t.lower)) common++;
    }
    if (common > 1 || isCommonWord(tokens[from]?.lower ?? '')) return null;
    const name = ctx.text.slice(tokens[from]!.start, tokens[to]!.end);
    return { name, kind: 'person', via: 'guess' };
  }

  function headSpeaker(h: number, focus: Focus): Speaker | null {
    const head = tokens[h];
    if (!head) return null;
    const m = mentionOf[h];
    if (m) {
      const type = entities[m.entity]?.type;
      // "Justice Savage of the New York Supreme Court declared", "the embassy in Oslo said", "a nurse from the
      // city hospital said": the head comes before the preposition.
      const describes = (k: number) => DESCRIBING_PREPOSITIONS.has(tokens[k]?.text ?? '') && isPlain(k);
      const ofAt = describes(m.first - 1)
        ? m.first - 1
        : describes(m.first - 2) && DETERMINERS.has(tokens[m.first - 1]?.lower ?? '')
          ? m.first - 2
          : -1;
      if (type !== 'person' && ofAt > 0) {
        const before = headSpeaker(ofAt - 1, focus);
        if (before || tokens[ofAt]?.text === 'of') return before;
      }
      // "Moscow said" speaks for a government; "motels from Tucson to New York boast" does not.
      // "China on Tuesday said": a date between the place and its verb.
      let next = m.last + 1;
      if (tokens[next]?.lower === 'on' && isDateWord(tokens[next + 1]?.lower ?? '')) next += 2;
      if (type === 'place' && !PLACE_SPEECH_VERBS.has(tokens[next]?.lower ?? '')) return null;
      return fromMention(h);
    }
    const w = head.lower;
    // "Anna Berg from the city hospital said": the place a subject comes from is not the subject.
    // But "a complaint from the crowds": after a speech noun, "from" names the source itself.
    const place = !head.capitalized ? prepositionBefore(h) : -1;
    const fromSource = tokens[place]?.text === 'from' && SPEECH_NOUNS.has(tokens[place - 1]?.lower ?? '');
    if (place > 0 && tokens[place]?.text !== 'of' && !fromSource) {
      const before = headSpeaker(place - 1, focus);
      if (before) return before;
    }
    if (w === 'he' || w === 'she') return pronoun(h, 'person', focus);
    if (w === 'it' || w === 'they') return pronoun(h, 'group', focus);
    const named = bodyBefore(h);
    if (named) return named;
    if (w === 'who' || w === 'which') return antecedent(h, focus);
    if (tokens[h - 1]?.text === 'of' && !head.capitalized) return headSpeaker(h - 2, focus);
    const lower = !head.capitalized;
    if (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w)) return role(h, focus) ?? (lower ? unnamed(h) : null);
    if (lower && MEDIA_NOUNS.has(w)) return outletNoun(h);
    if (MEMBER_NOUNS[w]) return groupNoun(h, focus);
    // "a senior official", "U.S. officials", "the taxi driver": sources the text does not name.
    if (lower && isUnnamedHead(w)) return unnamed(h);
    if (GROUP_NOUNS.has(w) || DOCUMENT_NOUNS.has(w)) return groupNoun(h, focus);
    if (lower && GROUP_NOUNS.has(singular(w))) return groupNoun(h, focus);
    if (lower && NOT_SOURCES.has(w)) return null;
    // "say the mothers": an unnamed plural source is a group.
    // "the librarians said": a plural of a noun for people the lexicon does not know, by its ending.
    const unknownPeople =
      lexiconTags(w).length === 0 && singular(w) !== w && isPersonNoun(singular(w), { unknown: 'narrow' });
    if (lower && (lexiconTags(w).includes('Plural') || unknownPeople))
      return { name: head.text, kind: 'group', via: 'group' };
    const clauseInitial = h === sentenceStart(h) || /["“(]/.test(head.pre);
    if (head.capitalized && !DETERMINERS.has(w) && !clauseInitial && !isCommonWord(w) && !isDemonym(w)) {
      const person = entities.find((e) => e.type === 'person' && e.name.split(/\s+/).at(-1) === head.text);
      return { name: person?.name ?? head.text, kind: 'person', via: 'guess' };
    }
    return agentNoun(h) ?? namedBody(h);
  }

  /**
   * "Each regional board filed a report. … reported this group": a demonstrative before a word for
   * any body stands for the last body the text named with a more specific noun, within two paragraphs
   * before; null when there is none.
   */
  function bodyBefore(h: number): Speaker | null {
    const head = tokens[h];
    if (!head || head.capitalized || !GENERIC_BODIES.has(head.lower)) return null;
    if (!['this', 'that'].includes(tokens[h - 1]?.lower ?? '')) return null;
    for (let k = h - 2; k >= 0 && (tokens[k]?.paragraph ?? -1) >= head.paragraph - 2; k--) {
      const t = tokens[k]!;
      // "70 educators … This group": people named since the last body are the group.
      const plural = /\p{Ll}s$/u.test(t.lower) && singular(t.lower) !== t.lower;
      if (!t.capitalized && plural && isPersonNoun(singular(t.lower), { sources: true, unknown: 'narrow' }))
        return null;
      const body = GROUP_NOUNS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower) && !GENERIC_BODIES.has(t.lower);
      if (t.capitalized || !body) continue;
      // "administration policies": a body's noun modifying another noun is not the body spoken of.
      const next = tokens[k + 1];
      const nextTags = next ? lexiconTags(next.lower) : [];
      const nounNext =
        nextTags.length === 0 || nextTags.some((tag) => ['Noun', 'Plural', 'Singular'].includes(tag));
      if (next && /^\p{Ll}+$/u.test(next.text) && t.post.trim() === '' && nounNext) continue;
      const phrase = nounPhraseAt(ctx, k);
      const name = phrase && /^[\p{Ll}\s-]+$/u.test(phrase.name) ? phrase.name : t.lower;
      return { name: name.replace(/^(?:each|every|the|a|an|its|their)\s+/, ''), kind: 'group', via: 'group' };
    }
    return null;
  }

  /**
   * "the Courier said", "the Evening Courier wrote": capitalised words after "the" that the entity rules
   * did not know, ending in a common word, name a body (a paper, a firm, a club) rather than a person.
   */
  function namedBody(h: number): Speaker | null {
    const head = tokens[h];
    if (!head?.capitalized || !isCommonWord(head.lower) || isDemonym(head.lower)) return null;
    let first = h;
    while (first > h - 3 && tokens[first - 1]?.capitalized && isPlain(first - 1) && !mentionOf[first - 1])
      first--;
    if (tokens[first]?.lower === 'the') first++;
    if (tokens[first - 1]?.lower !== 'the' || !isPlain(first - 1) || first > h) return null;
    return { name: ctx.text.slice(tokens[first]!.start, head.end), kind: 'group', via: 'guess' };
  }

  /** The describing preposition a short lower-case noun phrase ending at `h` follows ("from the city hospital"), or -1. */
  function prepositionBefore(h: number): number {
    for (let k = h - 1; k >= Math.max(0, h - 3); k--) {
      const t = tokens[k];
      if (!t || !isPlain(k) || t.sentence !== tokens[h]?.sentence || /[,;:]/.test(t.post)) return -1;
      if (DESCRIBING_PREPOSITIONS.has(t.text)) return k;
      if (t.capitalized) return -1;
    }
    return -1;
  }

  /**
   * "the usher said", "retorted the conductor", "the Canadian said": a person the text describes by what they
   * do or where they come from, with no name: a noun for an agent (compromise's Actor, or a word it does not
   * know ending like one) or a nationality, after an article.
   */
  function agentNoun(h: number): Speaker | null {
    const head = tokens[h];
    if (!head || !['the', 'a', 'an'].includes(tokens[h - 1]?.lower ?? '')) return null;
    const w = head.lower;
    if (head.capitalized) {
      if (!isDemonym(w)) return null;
      return introducedAs(h) ?? { name: head.text, kind: 'person', via: 'unnamed', source: 'unnamed' };
    }
    return isPersonNoun(w, { unknown: 'narrow' }) ? unnamed(h) : null;
  }

  /**
   * "a German tourist … the German said": a nationality standing for the person the text
   * introduced with it a few paragraphs before, named as introduced (`German tourist`).
   */
  function introducedAs(h: number): Speaker | null {
    const head = tokens[h]!;
    for (let k = h - 2; k >= 0 && head.paragraph - (tokens[k]?.paragraph ?? 0) <= 6; k--) {
      const noun = tokens[k + 1];
      if (tokens[k]?.text !== head.text || !noun || noun.capitalized || !outside(k) || !isPlain(k)) continue;
      // The nationality says a person is meant: a noun the tagger does not know ("anaesthetist") will do.
      const person = isPersonNoun(noun.lower, { sources: true }) || lexiconTags(noun.lower).length === 0;
      if (!['a', 'an'].includes(tokens[k - 1]?.lower ?? '') || !person) continue;
      return unnamed(k + 1);
    }
    return null;
  }

  // "the organized employers, who declared": what the relative pronoun stands for.
  function antecedent(h: number, focus: Focus): Speaker | null {
    const prev = tokens[h - 1];
    if (prev && /^,\s*$/.test(prev.post) && outside(h - 1)) {
      const s = headSpeaker(h - 1, focus);
      if (s) return s;
    }
    // "an editorial which said:", "the spokesman who told us": a source noun right before the relative, no comma.
    const noun = prev?.lower ?? '';
    const sourceNoun =
      DOCUMENT_NOUNS.has(noun) || GROUP_NOUNS.has(noun) || MEDIA_NOUNS.has(noun) || isUnnamedHead(noun);
    if (prev && !prev.capitalized && sourceNoun && isPlain(h - 1) && outside(h - 1)) {
      const s = headSpeaker(h - 1, focus);
      if (s) return s;
    }
    return tokens[h]?.lower === 'who' ? nearestNamed(h, focus) : pronoun(h, 'group', focus);
  }

  return { headSpeaker, agentNoun, isPersonNoun, oneOf, capitalisedRun };
}

export type Heads = ReturnType<typeof createHeads>;
