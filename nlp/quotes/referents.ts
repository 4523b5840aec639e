import {
  DOCUMENT_NOUNS,
  GENERIC_PERSON_NOUNS,
  GROUP_NOUNS,
  MEMBER_NOUNS,
  PLAIN_PERSON_NOUNS,
  ROLE_SYNONYMS,
  TITLES,
  UNISEX_FIRST_NAMES,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';

export type Speaker = { name: string; kind: 'person' | 'group' };

/** Who "he" and "it" point to: the subjects of the sentences read so far. */
export type Focus = {
  /** People in subject position, most recent first. */
  people: { speaker: Speaker; para: number }[];
  group: Speaker | null;
  groupPara: number;
  /** The last speech event (quote or reported speech) and its paragraph. */
  lastSpeech: { speaker: Speaker; para: number } | null;
};

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'his',
  'her',
  'their',
  'another',
  'one',
]);

/** What the words pointing at a speaker stand for: names, pronouns, role nouns, group and document nouns. */
export function createReferents(ctx: DocContext) {
  const { tokens, entities, roles, quoteOf, mentionOf } = ctx;
  const outside = (i: number) => quoteOf[i] === -1;

  const fromMention = (i: number): Speaker | null => {
    const m = mentionOf[i];
    const e = m && entities[m.entity];
    if (!m || !e) return null;
    if (e.type === 'person') return { name: e.name, kind: 'person' };
    const surface = ctx.text.slice(tokens[m.first]?.start ?? 0, tokens[m.last]?.end ?? 0);
    return { name: surface.replace(/^the\s+/i, ''), kind: 'group' };
  };

  const sameSentenceOutside = (from: number, to: number, sentence: number, pick: (i: number) => boolean) => {
    for (let i = from; i < to; i++)
      if (tokens[i]?.sentence === sentence && outside(i) && !tokens[i]?.aside && pick(i)) return i;
    return -1;
  };

  const sentenceStart = (i: number) => ctx.sentenceFirst.get(tokens[i]?.sentence ?? -1) ?? i;

  function pronoun(i: number, kind: 'person' | 'group', focus: Focus): Speaker | null {
    const t = tokens[i];
    if (!t) return null;
    const start = sentenceStart(i);
    const isKind = (k: number) => {
      const s = fromMention(k);
      if (s) return s.kind === kind && entities[mentionOf[k]?.entity ?? -1]?.type !== 'place';
      return kind === 'group' && GROUP_NOUNS.has(tokens[k]?.lower ?? '');
    };
    const wanted = t.lower === 'she' ? 'f' : t.lower === 'he' ? 'm' : null;
    // First names mislead too often for "he" (Beryl Sprinkel is a man): only a title rules a woman out there.
    const fits = (s: Speaker | null) =>
      !!s && (wanted === 'f' ? genderOf(s.name) !== 'm' : wanted === 'm' ? !titledWoman(s.name) : true);
    const k = sameSentenceOutside(
      start,
      i,
      t.sentence,
      (j) => isKind(j) && (kind === 'group' || fits(fromMention(j))),
    );
    if (k >= 0) return fromMention(k) ?? groupNoun(k, focus);
    if (kind !== 'person') return focus.group && t.paragraph - focus.groupPara <= 6 ? focus.group : null;
    const subject = recentPerson(focus, t.paragraph, 4, fits);
    // "... where his wife, Zoe Ann Olsen, awaited. She said": a woman named just before is a likelier
    // referent than a subject of unknown gender.
    if (wanted === 'f' && (!subject || genderOf(subject.name) !== 'f')) {
      for (let j = i - 1; j >= 0 && t.paragraph - (tokens[j]?.paragraph ?? 0) <= 1; j--) {
        const s = outside(j) ? fromMention(j) : null;
        if (s?.kind === 'person' && genderOf(s.name) === 'f') return s;
      }
    }
    return subject;
  }

  // Who wrote each document the text has tied to an author, so that "the resolution" later still speaks for it.
  const authors = new Map<string, Speaker>();

  function groupNoun(i: number, focus: Focus): Speaker {
    const word = tokens[i]?.lower ?? '';
    if (DOCUMENT_NOUNS.has(word)) {
      const author = documentAuthor(i, word, focus);
      if (author) {
        authors.set(word, author);
        return author;
      }
      const known = authors.get(word);
      if (known) return known;
    }
    const body = MEMBER_NOUNS[word];
    if (body && focus.group && focus.group.name.toLowerCase().split(/\s+/).at(-1) === body)
      return focus.group;
    return { name: tokens[i]?.text ?? word, kind: 'group' };
  }

  // "the spokesperson", "the sheriff", "a White House spokesman": the person given that role nearby.
  function role(i: number, focus: Focus): Speaker | null {
    const t = tokens[i];
    // "the elder man told Rickards": a plain noun names no office to look up.
    if (!t || PLAIN_PERSON_NOUNS.has(t.lower)) return null;
    const synonyms = ROLE_SYNONYMS.find((g) => g.includes(t.lower)) ?? [t.lower];
    const fits = (k: number) => {
      const m = mentionOf[k];
      if (!m || entities[m.entity]?.type !== 'person') return false;
      const rs = (roles[m.entity] ?? []).map((r) => r.toLowerCase());
      return rs.some((r) => synonyms.some((s) => new RegExp(`\\b${s}\\b`).test(r)));
    };
    for (let k = i - 1; k >= 0 && t.paragraph - (tokens[k]?.paragraph ?? 0) <= 8; k--) {
      if (fits(k) && outside(k)) return fromMention(k);
    }
    for (let k = i + 1; k < tokens.length && (tokens[k]?.paragraph ?? 0) - t.paragraph <= 3; k++) {
      if (fits(k)) return fromMention(k);
    }
    // "the former Superior Court judge said": an office holder just discussed. "A political scientist", "the
    // hotel owner": someone new, whom the text does not name.
    const indefinite = ['a', 'an', 'one', 'another'].includes(nounPhraseStart(i));
    if (indefinite || GENERIC_PERSON_NOUNS.has(t.lower)) return null;
    if (!TITLES.has(t.lower)) return null;
    return recentPerson(focus, t.paragraph, 2, () => true);
  }

  function recentPerson(
    focus: Focus,
    para: number,
    gap: number,
    fits: (s: Speaker) => boolean,
  ): Speaker | null {
    const hit = focus.people.find((p) => para - p.para <= gap && fits(p.speaker));
    return hit?.speaker ?? null;
  }

  const titledWoman = (name: string) => {
    const index = entities.findIndex((e) => e.type === 'person' && e.name === name);
    return /\b(mrs|miss|ms)\b/.test((roles[index] ?? []).join(' ').toLowerCase());
  };

  // 'f' or 'm' when the text says so through a first name or a title ("Mrs."), else null.
  const genders = new Map<string, 'f' | 'm' | null>();
  function genderOf(name: string): 'f' | 'm' | null {
    const known = genders.get(name);
    if (known !== undefined) return known;
    const index = entities.findIndex((e) => e.type === 'person' && e.name === name);
    const firstName = name.split(/\s+/)[0] ?? '';
    const first = UNISEX_FIRST_NAMES.has(firstName.toLowerCase()) ? [] : lexiconTags(firstName);
    const titles = (roles[index] ?? []).join(' ').toLowerCase();
    let g: 'f' | 'm' | null = null;
    if (first.includes('FemaleName') && !first.includes('MaleName')) g = 'f';
    else if (first.includes('MaleName') && !first.includes('FemaleName')) g = 'm';
    else if (/\b(mrs|miss|ms)\b/.test(titles)) g = 'f';
    else if (/\bmr\b/.test(titles)) g = 'm';
    genders.set(name, g);
    return g;
  }

  // The determiner that opens the noun phrase ending at `i` ("a", "the", ...), or ''.
  function nounPhraseStart(i: number): string {
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const w = tokens[k]?.lower ?? '';
      if (DETERMINERS.has(w) || w === 'one') return w;
      if (!isPlain(k)) return '';
    }
    return '';
  }

  // "the trustees' statement said": the owner of the document speaks. "The resolution, which Barber tossed into
  // the hopper ... It says": a document speaks for the person named with it.
  function documentAuthor(i: number, word: string, focus: Focus): Speaker | null {
    const owner = tokens[i - 1];
    if (owner?.possessive && isPlainAt(i - 1)) {
      const s = fromMention(i - 1);
      if (s) return s;
      if (GROUP_NOUNS.has(owner.lower) || MEMBER_NOUNS[owner.lower]) return groupNoun(i - 1, focus);
    }
    const sentence = tokens[i]?.sentence;
    for (let k = sentenceStart(i); k < tokens.length && tokens[k]?.sentence === sentence; k++) {
      const s = outside(k) ? fromMention(k) : null;
      if (s?.kind === 'person') return s;
    }
    return authors.get(word) ?? null;
  }

  /** Whose words a speech noun reports: "in Mr. Kennedy's own words", else the clause's first person. */
  function nounOwner(noun: number, from: number, focus: Focus): Speaker | null {
    let k = noun - 1;
    if (tokens[k]?.lower === 'own') k--;
    if (tokens[k]?.possessive) {
      const owner = fromMention(k);
      if (owner) return owner;
    }
    for (let j = from; j < noun; j++) {
      const s = outside(j) ? fromMention(j) : null;
      if (s?.kind === 'person') return s;
    }
    return nearestNamed(noun, focus);
  }

  /** The nearest person (else institution) named before token `i` in its sentence, outside quotes. */
  function nearestNamed(i: number, focus: Focus): Speaker | null {
    const start = sentenceStart(i);
    let group: Speaker | null = null;
    for (let k = i - 1; k >= start; k--) {
      if (!outside(k)) continue;
      const s = fromMention(k);
      if (s?.kind === 'person') return s;
      if (s && !group && entities[mentionOf[k]?.entity ?? -1]?.type === 'organization') group = s;
      const w = tokens[k]?.lower ?? '';
      if (w === 'he' || w === 'she') return pronoun(k, 'person', focus);
    }
    return group;
  }

  /** The speaker named by the noun phrase ending just before the verb at `verb`. */

  const isPlainAt = (k: number) => isPlain(k);
  const isPlain = (k: number) => {
    const t = tokens[k];
    return !!t && /^[.-]?\s*$/.test(t.post) && !/\n/.test(t.post);
  };

  // "a teammate", "one military man": the noun phrase ending at `i` opens with an indefinite determiner.
  const isIndefinite = (i: number) => ['a', 'an', 'one', 'another', 'some'].includes(nounPhraseStart(i));

  return {
    outside,
    fromMention,
    sentenceStart,
    pronoun,
    groupNoun,
    role,
    nounOwner,
    nearestNamed,
    isPlain,
    isIndefinite,
  };
}
