import {
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  MEMBER_NOUNS,
  PERSON_ROLE_NOUNS,
  TITLES,
  isCommonWord,
  isDateWord,
  isDemonym,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';
import { DETERMINERS, createReferents } from './referents.ts';
import type { Focus, Speaker } from './referents.ts';

export type { Focus, Speaker };

const SKIPPABLE = new Set(
  (
    'had has have was is were did does do will would could also further then later today yesterday tonight ' +
    'earlier now however again still previously repeatedly not never once first last night morning afternoon ' +
    'reportedly simply only quickly flatly angrily'
  ).split(' '),
);
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
const NP_BREAKS = new Set(['who', 'which', 'that', 'of', 'in', 'at', 'on', 'for', 'to', 'with']);

/** Finds who a reporting verb's subject (before it, or after it when inverted) refers to. */
export function createSpeakers(ctx: DocContext) {
  const { tokens, entities, mentionOf } = ctx;
  const referents = createReferents(ctx);
  const {
    outside,
    fromMention,
    sentenceStart,
    pronoun,
    groupNoun,
    role,
    nearestNamed,
    isPlain,
    isIndefinite,
  } = referents;

  function subjectBefore(verb: number, limit: number, focus: Focus): Speaker | null {
    let h = verb - 1;
    while (h >= limit && SKIPPABLE.has(tokens[h]?.lower ?? '') && isPlain(h)) h--;
    while (h >= limit && isDateWord(tokens[h]?.lower ?? '') && isPlain(h)) h--;
    if (h < limit || !outside(h) || !tokens[h]) return nearestNamed(verb, focus);
    // "Merkel's spokesman, Steffen Seibert, said": the appositive name itself.
    const named = fromMention(h);
    if (named?.kind === 'person') return named;
    // "The company, which is based in London, said": skip one parenthetical back to the subject's head.
    if (!isPlain(h) && /^[,)]/.test(tokens[h]?.post ?? '')) {
      let k = h - 1;
      while (k >= limit && !/^\s*[,(]/.test(tokens[k]?.post ?? '') && !/\(/.test(tokens[k + 1]?.pre ?? ''))
        k--;
      if (k >= limit && outside(k)) {
        const s = headSpeaker(k, focus);
        if (s) return s;
      }
      return nearestNamed(verb, focus);
    }
    if (!isPlain(h)) return nearestNamed(verb, focus);
    // "as a teammate explained": someone the text does not name, not the nearest name.
    const w = tokens[h]?.lower ?? '';
    const roleNoun = !mentionOf[h] && (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w));
    if ((!tokens[h]?.capitalized && isIndefinite(h) && !mentionOf[h]) || roleNoun)
      return headSpeaker(h, focus);
    return headSpeaker(h, focus) ?? nearestNamed(verb, focus);
  }

  /** The speaker named by the noun phrase starting at `first` (after an inverted verb or "according to"). */
  function subjectAfter(first: number, focus: Focus): Speaker | null {
    let end = first - 1;
    for (let k = first; k < Math.min(tokens.length, first + 6) && outside(k); k++) {
      end = k;
      const t = tokens[k];
      const continues =
        t && (t.post.trim() === '' || (t.abbrev && t.post.trim() === '.')) && !t.post.includes('\n');
      if (!continues || NP_BREAKS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.sentence !== t?.sentence)
        break;
    }
    if (end < first) return null;
    const head = tokens[end];
    const w = head?.lower ?? '';
    const headMention = fromMention(end);
    if (headMention) return headMention;
    if (w === 'he' || w === 'she') return pronoun(end, 'person', focus);
    // "said the magistrate, K. J. P. Baraclough"
    if (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w)) {
      const appositive = /^,\s*$/.test(head?.post ?? '') ? fromMention(end + 1) : null;
      if (appositive?.kind === 'person') return appositive;
      return role(end, focus);
    }
    if (GROUP_NOUNS.has(w) || MEMBER_NOUNS[w] || DOCUMENT_NOUNS.has(w) || lexiconTags(w).includes('Plural'))
      return isIndefinite(end) && !GROUP_NOUNS.has(w) ? null : headSpeaker(end, focus);
    for (let k = first; k <= end; k++) {
      const s = fromMention(k);
      if (s) return s;
    }
    return null;
  }

  // "a teammate", "one military man": the noun phrase ending at `i` opens with an indefinite determiner.

  function headSpeaker(h: number, focus: Focus): Speaker | null {
    const head = tokens[h];
    if (!head) return null;
    const m = mentionOf[h];
    if (m) {
      const type = entities[m.entity]?.type;
      // "Justice Savage of the New York Supreme Court declared": the head comes before "of".
      const ofAt =
        tokens[m.first - 1]?.text === 'of'
          ? m.first - 1
          : tokens[m.first - 2]?.text === 'of' && DETERMINERS.has(tokens[m.first - 1]?.lower ?? '')
            ? m.first - 2
            : -1;
      if (type !== 'person' && ofAt > 0) return headSpeaker(ofAt - 1, focus);
      // "Moscow said" speaks for a government; "motels from Tucson to New York boast" does not.
      if (type === 'place' && !PLACE_SPEECH_VERBS.has(tokens[m.last + 1]?.lower ?? '')) return null;
      return fromMention(h);
    }
    const w = head.lower;
    if (w === 'he' || w === 'she') return pronoun(h, 'person', focus);
    if (w === 'it' || w === 'they') return pronoun(h, 'group', focus);
    if (w === 'who' || w === 'which') return antecedent(h, focus);
    if (tokens[h - 1]?.text === 'of' && !head.capitalized) return headSpeaker(h - 2, focus);
    if (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w)) return role(h, focus);
    if (MEMBER_NOUNS[w] || GROUP_NOUNS.has(w) || DOCUMENT_NOUNS.has(w)) return groupNoun(h, focus);
    // "say the mothers", "residents said": an unnamed plural source is a group.
    if (!head.capitalized && lexiconTags(w).includes('Plural')) return { name: head.text, kind: 'group' };
    const clauseInitial = h === sentenceStart(h) || /["“(]/.test(head.pre);
    if (head.capitalized && !DETERMINERS.has(w) && !clauseInitial && !isCommonWord(w) && !isDemonym(w)) {
      const person = entities.find((e) => e.type === 'person' && e.name.split(/\s+/).at(-1) === head.text);
      return { name: person?.name ?? head.text, kind: 'person' };
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
    return tokens[h]?.lower === 'who' ? nearestNamed(h, focus) : pronoun(h, 'group', focus);
  }

  return {
    subjectBefore,
    subjectAfter,
    nearestNamed,
    nounOwner: referents.nounOwner,
    pronoun,
    headSpeaker,
    fromMention,
  };
}

export type Speakers = ReturnType<typeof createSpeakers>;
