import {
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  MEMBER_NOUNS,
  PERSON_ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  isCommonWord,
  isDateWord,
  isDemonym,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';
import { DETERMINERS, createReferents } from './referents.ts';
import { MEDIA_NOUNS } from './media.ts';
import { NOT_SOURCES, singular } from './unnamed.ts';
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
const CONJUNCTIONS = new Set(['and', 'but', 'then']);
/** Month names the tagger takes for other words ("march", "may"); written capitalised, they are months. */
const AMBIGUOUS_MONTHS = new Set(['March', 'May']);
const TIME_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
]);
/** Words before a plural head in "one of the … rookies": they modify it, they are not it. */
const MODIFIER_TAGS = new Set(['Adjective', 'Adverb', 'Determiner', 'Comparative', 'Superlative']);
const DESCRIBING = new Set(['from', 'with', 'in', 'at', 'on', 'who', 'whose']);
const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed']);
const NP_BREAKS = new Set(['who', 'which', 'that', 'of', 'in', 'at', 'on', 'for', 'to', 'with', 'from']);
/** Endings of agent nouns ("right-hander", "violinist"), for words compromise's lexicon does not know. */
const BROAD_AGENT_ENDING = /\p{L}{2}(?:er|or|ist|ian|man|woman)$/u;
const NARROW_AGENT_ENDING = /\p{L}{3}(?:or|ist|ian)$/u;
/** Prepositions after which a name says where or whose the subject is, not who it is. */
const DESCRIBING_PREPOSITIONS = new Set(['of', 'in', 'at', 'from']);

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
    describedPerson,
    nearestNamed,
    isPlain,
    isIndefinite,
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

  // The nearest name stands in when the subject itself names no one: less sure than a subject.
  const nearest = (i: number, focus: Focus): Speaker | null => {
    const s = nearestNamed(i, focus);
    return s && (s.via === 'pronoun' ? s : { ...s, via: 'nearest' });
  };

  function subjectBefore(verb: number, limit: number, focus: Focus): Speaker | null {
    let h = verb - 1;
    const skipAdverbs = () => {
      while (h >= limit && SKIPPABLE.has(tokens[h]?.lower ?? '') && isPlain(h)) h--;
      while (h >= limit && isDateWord(tokens[h]?.lower ?? '') && isPlain(h)) h--;
      // "who in March advised", "who in May said": a month the tagger reads as a verb, after its preposition.
      if (h > limit && AMBIGUOUS_MONTHS.has(tokens[h]!.text) && TIME_PREPOSITIONS.has(tokens[h - 1]!.lower))
        h -= 2;
    };
    skipAdverbs();
    // "the government decided today to ask": the subject of the verb the infinitive completes.
    if (tokens[h]?.lower === 'to' && isPlain(h)) {
      const to = h--;
      skipAdverbs();
      if (isPlain(h) && isFiniteVerb(h)) {
        h--;
        skipAdverbs();
      } else h = to;
    }
    if (h < limit || !outside(h) || !tokens[h]) return nearest(verb, focus);
    // "The union accused the company of breaking the deal, calling the cuts "…"": a participle set off by a
    // comma shares the subject of the clause it follows, not the nearest name.
    if (h === verb - 1 && /\p{L}ing$/u.test(tokens[verb]?.lower ?? '') && /^,\s*$/.test(tokens[h]!.post)) {
      const s = mainSubject(Math.max(limit, sentenceStart(verb)), verb, focus);
      if (s) return s;
    }
    // "Kowalski leans back in his chair and tells of the fire:": a second verb shares the clause's subject.
    if (CONJUNCTIONS.has(tokens[h]!.lower) && isPlain(h)) return clauseSubject(limit, h, focus);
    // "a parliamentary source familiar with the matter said": back to the noun the phrase describes.
    for (let j = h; j >= Math.max(limit + 1, h - 4) && isPlain(j); j--) {
      if (POSTMODIFIERS.has(tokens[j]?.lower ?? '') && isUnnamedHead(tokens[j - 1]?.lower ?? '')) {
        h = j - 1;
        break;
      }
    }
    // "Merkel's spokesman, Steffen Seibert, said": the appositive name itself. But in "Zakharova, a
    // spokeswoman for Sergei Lavrov, said" the name belongs to the appositive: the speaker is before it.
    const named = fromMention(h);
    if (named?.kind === 'person') {
      const related = relationAppositive(mentionOf[h]?.first ?? h, limit);
      const head = related >= 0 ? headSpeaker(related, focus) : null;
      return head ?? named;
    }
    // "The company, which is based in London, said": skip one parenthetical back to the subject's head.
    if (!isPlain(h) && /^[,)]/.test(tokens[h]?.post ?? '')) {
      let k = h - 1;
      while (k >= limit && !/^\s*[,(]/.test(tokens[k]?.post ?? '') && !/\(/.test(tokens[k + 1]?.pre ?? ''))
        k--;
      if (k >= limit && outside(k)) {
        const s = headSpeaker(k, focus);
        if (s) return s;
      }
      // "China's ambassador to Belgrade, Chen Bo, said": an appositive that is only a name is the speaker,
      // even when it is a name the entity rules did not know.
      const appositive = capitalisedRun(k + 1, h);
      if (appositive) return appositive;
      return nearest(verb, focus);
    }
    if (!isPlain(h)) return nearest(verb, focus);
    // "the veteran of three epidemics said": the person the paragraph is about, described by what they did.
    const ofHead = headBeforeOf(h, limit);
    if (ofHead >= 0 && isPersonNoun(tokens[ofHead]!.lower, { sources: true })) {
      const s = describedPerson(ofHead, focus) ?? agentNoun(ofHead);
      if (s) return s;
    }
    // "the 54-year-old said": an age alone describes the person the paragraph is about.
    const age = ageArticle(h);
    if (age >= limit) {
      const s = describedPerson(h, focus, age);
      if (s) return s;
    }
    const described = describedSubject(limit, h);
    if (described) return described;
    // "as a teammate explained": someone the text does not name, not the nearest name.
    const w = tokens[h]?.lower ?? '';
    const roleNoun = !mentionOf[h] && (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w));
    if ((!tokens[h]?.capitalized && isIndefinite(h) && !mentionOf[h]) || roleNoun)
      return headSpeaker(h, focus);
    return headSpeaker(h, focus) ?? describedWithModifiers(h, limit, focus) ?? nearest(verb, focus);
  }

  /**
   * The subject of the sentence's first finite verb before `end`, when the words before that verb are one
   * noun phrase naming someone ("Norway", "The union", "Mayor Anna Berg"); else null.
   */
  function mainSubject(start: number, end: number, focus: Focus): Speaker | null {
    for (let k = start + 1; k < end; k++) {
      if (!outside(k)) return null;
      const w = tokens[k]!.lower;
      const finite = isFiniteVerb(k) || (SPEECH_VERBS.has(w) && !w.endsWith('ing'));
      if (!finite || mentionOf[k]) continue;
      if (!isPlain(k - 1)) return null;
      const before = tokens[k - 1]!.lower;
      if (before === 'he' || before === 'she') return pronoun(k - 1, 'person', focus);
      const s = fromMention(k - 1) ?? (mentionOf[k - 1] ? null : headSpeaker(k - 1, focus));
      // Only a subject that opens its clause or follows a dateline (after "The"): in "After talks with Berg,
      // the union accused …" the union does, Berg does not.
      let first = mentionOf[k - 1]?.first ?? k - 1;
      if (first > start && DETERMINERS.has(tokens[first - 1]!.lower)) first--;
      const opens = first === start || /^\s*(?:,|[—–]|\s-)\s*$/.test(tokens[first - 1]?.post ?? '');
      return opens ? s : null;
    }
    return null;
  }

  /**
   * "the 29-year-old right-hander said", "the former Yale star said": a definite noun phrase whose noun has
   * modifiers describes someone; news prose uses it for the person just discussed. A bare "the conductor"
   * is as often someone new, and is left to the rules for unnamed sources.
   */
  function describedWithModifiers(h: number, limit: number, focus: Focus): Speaker | null {
    const head = tokens[h];
    if (!head || head.capitalized || !/^\p{Ll}[\p{Ll}-]*$/u.test(head.lower) || NOT_SOURCES.has(head.lower))
      return null;
    if (GROUP_NOUNS.has(head.lower) || MEDIA_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower))
      return null;
    if (!isPersonNoun(head.lower, { unknown: 'broad' })) return null;
    for (let k = h - 1; k >= Math.max(limit, h - 4); k--) {
      if (!isPlain(k) || !outside(k)) return null;
      if (tokens[k]!.lower === 'the') return k < h - 1 ? describedPerson(h, focus, k) : null;
      if (NP_BREAKS.has(tokens[k]!.lower) || CONJUNCTIONS.has(tokens[k]!.lower)) return null;
    }
    return null;
  }

  /**
   * The first person named before `end` in its clause (its subject, in news prose): from the last comma
   * before it ("At a dinner for the President, Smith stood and said"), else from the sentence's start.
   */
  function clauseSubject(limit: number, end: number, focus: Focus): Speaker | null {
    const start = Math.max(limit, sentenceStart(end));
    let comma = start;
    for (let k = end - 1; k > start; k--)
      if (/,\s*$/.test(tokens[k - 1]?.post ?? '')) {
        comma = k;
        break;
      }
    // "The nurse nodded and said", "One of the nurses smiled and said": an unnamed person or a body opening
    // the clause is its subject.
    for (const clause of comma > start ? [comma, start] : [start]) {
      const from = CONJUNCTIONS.has(tokens[clause]?.lower ?? '') ? clause + 1 : clause;
      const opener = tokens[from]?.lower ?? '';
      if (!DETERMINERS.has(opener) && opener !== 'one') continue;
      for (let k = from + 1; k < Math.min(end, from + 5) && isPlain(k); k++) {
        const w = tokens[k]!.lower;
        if (tokens[k]!.capitalized) continue;
        if (isUnnamedHead(w) || PERSON_ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w)) return headSpeaker(k, focus);
      }
      const member = oneOf(from);
      if (member >= 0 && member < end) return unnamed(member);
    }
    for (const from of comma > start ? [comma, start] : [start]) {
      for (let k = from; k < end; k++) {
        if (!outside(k) || tokens[k]?.aside) continue;
        const s = fromMention(k);
        if (s?.kind === 'person') return s;
        const w = tokens[k]?.lower ?? '';
        if (w === 'he' || w === 'she') return pronoun(k, 'person', focus);
      }
    }
    return nearest(end, focus);
  }

  /**
   * "The taxi driver taking me from the airport says": a sentence that opens with an unnamed person, whose
   * noun phrase a participle or a prepositional phrase stretches up to the verb, has that person as subject.
   */
  function describedSubject(limit: number, h: number): Speaker | null {
    const start = Math.max(limit, sentenceStart(h));
    if (!DETERMINERS.has(tokens[start]?.lower ?? '') || h - start < 3) return null;
    for (let k = start + 1; k <= start + 3 && k < h; k++) {
      const t = tokens[k];
      if (!t || !isPlain(k) || t.capitalized || mentionOf[k]) return null;
      const next = tokens[k + 1]?.lower ?? '';
      const stretched = /^\p{Ll}+ing$/u.test(next) || DESCRIBING.has(next);
      if (isPersonNoun(t.lower, { sources: true }) && stretched) return unnamed(k);
    }
    return null;
  }

  /** The "the" of "the 54-year-old" (or "the 9-years-old") ending at `h`, or -1. */
  function ageArticle(h: number): number {
    const [the, n, year, old] = [h - 3, h - 2, h - 1, h].map((k) => tokens[k]);
    if (old?.lower !== 'old' || !/^years?$/.test(year?.lower ?? '') || !/^\d+$/.test(n?.text ?? ''))
      return -1;
    if (n?.post !== '-' || year?.post !== '-' || the?.lower !== 'the' || !isPlain(h - 3)) return -1;
    return h - 3;
  }

  const isFiniteVerb = (k: number) => {
    const tags = lexiconTags(tokens[k]?.lower ?? '');
    return tags.includes('PastTense') || tags.includes('PresentTense');
  };

  /**
   * "the veteran of the Harbin outbreak said": the noun before "of" heads a subject that opens with "the" and
   * runs unbroken to the verb; -1 when the subject is not such a phrase.
   */
  function headBeforeOf(h: number, limit: number): number {
    for (let k = h - 1; k >= Math.max(limit + 1, h - 5); k--) {
      if (!isPlain(k) || !outside(k)) return -1;
      if (tokens[k]?.text === 'of') return tokens[k - 2]?.lower === 'the' && isPlain(k - 1) ? k - 1 : -1;
    }
    return -1;
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

  /**
   * When the name at `first` closes an appositive that relates someone else to it (", a spokeswoman for
   * NAME,"), the token before that appositive's comma; else -1.
   */
  function relationAppositive(first: number, limit: number): number {
    let related = false;
    for (let k = first - 1; k >= Math.max(limit, first - 7); k--) {
      const t = tokens[k];
      if (!t || !outside(k)) return -1;
      if (/,\s*$/.test(t.post)) return related ? k : -1;
      if (['for', 'of', 'to', 'with'].includes(t.lower)) related = true;
    }
    return -1;
  }

  /** The speaker named by the noun phrase starting at `first` (after an inverted verb or "according to"). */
  function subjectAfter(first: number, focus: Focus): Speaker | null {
    let end = first - 1;
    for (let k = first; k < Math.min(tokens.length, first + 6) && outside(k); k++) {
      end = k;
      const t = tokens[k];
      const continues =
        t &&
        (t.post.trim() === '' || t.post === '-' || (t.abbrev && t.post.trim() === '.')) &&
        !t.post.includes('\n');
      if (!continues || NP_BREAKS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.sentence !== t?.sentence)
        break;
    }
    if (end < first) return null;
    // "according to a person familiar with the matter": the head is the noun before "familiar".
    if (POSTMODIFIERS.has(tokens[end]?.lower ?? '') && end > first) end--;
    const head = tokens[end];
    const w = head?.lower ?? '';
    const headMention = fromMention(end);
    if (headMention) return headMention;
    // "said one of the firemen, Bert Nolan": the name after the group it was one of.
    if (w === 'one' && tokens[end + 1]?.lower === 'of') {
      for (let k = end + 2; k < Math.min(tokens.length, end + 8) && outside(k); k++) {
        if (tokens[k]?.sentence !== head?.sentence) break;
        if (!/^,\s*$/.test(tokens[k]?.post ?? '')) continue;
        const named = fromMention(k + 1);
        if (named?.kind === 'person') return named;
        break;
      }
      const member = oneOf(end);
      if (member >= 0) return unnamed(member);
    }
    if (w === 'he' || w === 'she') return pronoun(end, 'person', focus);
    if (head && !head.capitalized && NOT_SOURCES.has(w)) return null;
    if (MEDIA_NOUNS.has(w) && !head?.capitalized) return outletNoun(end);
    // "said the magistrate, K. J. P. Baraclough"
    const unnamedHead = !!head && !head.capitalized && isUnnamedHead(w) && !MEMBER_NOUNS[w];
    if (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w) || unnamedHead) {
      const appositive = /^,\s*$/.test(head?.post ?? '') ? fromMention(end + 1) : null;
      if (appositive?.kind === 'person') return appositive;
      return role(end, focus) ?? (unnamedHead ? unnamed(end) : null);
    }
    if (GROUP_NOUNS.has(w) || MEMBER_NOUNS[w] || DOCUMENT_NOUNS.has(w) || lexiconTags(w).includes('Plural'))
      return isIndefinite(end) && !GROUP_NOUNS.has(w) ? null : headSpeaker(end, focus);
    for (let k = first; k <= end; k++) {
      const s = fromMention(k);
      if (s) return s;
    }
    return agentNoun(end);
  }

  // "a teammate", "one military man": the noun phrase ending at `i` opens with an indefinite determiner.

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
      if (type === 'place' && !PLACE_SPEECH_VERBS.has(tokens[m.last + 1]?.lower ?? '')) return null;
      return fromMention(h);
    }
    const w = head.lower;
    // "Anna Berg from the city hospital said": the place a subject comes from is not the subject.
    const place = !head.capitalized ? prepositionBefore(h) : -1;
    if (place > 0 && tokens[place]?.text !== 'of') {
      const before = headSpeaker(place - 1, focus);
      if (before) return before;
    }
    if (w === 'he' || w === 'she') return pronoun(h, 'person', focus);
    if (w === 'it' || w === 'they') return pronoun(h, 'group', focus);
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
    if (lower && lexiconTags(w).includes('Plural')) return { name: head.text, kind: 'group', via: 'group' };
    const clauseInitial = h === sentenceStart(h) || /["“(]/.test(head.pre);
    if (head.capitalized && !DETERMINERS.has(w) && !clauseInitial && !isCommonWord(w) && !isDemonym(w)) {
      const person = entities.find((e) => e.type === 'person' && e.name.split(/\s+/).at(-1) === head.text);
      return { name: person?.name ?? head.text, kind: 'person', via: 'guess' };
    }
    return agentNoun(h);
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
    if (head.capitalized)
      return isDemonym(w) ? { name: head.text, kind: 'person', via: 'unnamed', source: 'unnamed' } : null;
    return isPersonNoun(w, { unknown: 'narrow' }) ? unnamed(h) : null;
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
    media: referents.media,
    unnamed,
    /** "Conte:" opening a sentence: the capitalised words from..to taken as a name. */
    nameBefore: (from: number, to: number) => capitalisedRun(from, to, true),
  };
}

export type Speakers = ReturnType<typeof createSpeakers>;
