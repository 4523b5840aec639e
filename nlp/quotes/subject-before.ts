// Finding the subject of a reporting verb that follows it ("the union said", "Berg, who chairs the board,
// told"): stepping back over adverbs, parentheticals, appositives and coordinated verbs to the noun phrase
// that names the speaker, which the head rules then resolve.
import {
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  PERSON_ROLE_NOUNS,
  PLAIN_PERSON_NOUNS,
  SPEECH_VERBS,
  TITLES,
  isDateWord,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';
import { DETERMINERS } from './referents.ts';
import type { Focus, Referents, Speaker } from './referents.ts';
import { MEDIA_NOUNS } from './media.ts';
import { ENVOYS, NOT_SOURCES } from './unnamed.ts';
import { LEADING, NP_BREAKS, POSTMODIFIERS } from './heads.ts';
import type { Heads } from './heads.ts';

const SKIPPABLE = new Set(
  (
    'had has have was is were did does do will would could also further then later today yesterday tonight ' +
    'earlier now however again still previously repeatedly not never once first last night morning afternoon ' +
    'reportedly simply only quickly flatly angrily ever'
  ).split(' '),
);
/** Offices a lead may name without their holder ("A top official thinks …"), beside the titles. */
const TEASER_OFFICES = new Set(['official', 'officer', 'executive', 'diplomat', 'policymaker']);
/** "for the second time", "for the last time": an adverbial of how often, between a subject and its verb. */
const ORDINAL_TIMES = new Set('first second third last only'.split(' '));
const CONJUNCTIONS = new Set(['and', 'but', 'then']);
/** "kept shouting", "began chanting": verbs of going on or starting before a reporting participle. */
const ASPECTUAL = new Set(
  'kept keep keeps began begin begins started start starts continued continue continues went'.split(' '),
);
/** "those who said", "anyone who says": pronouns for people no one names. */
const ANYONE = new Set(
  'those anyone anybody everyone everybody someone somebody others some many few all'.split(' '),
);
/** Relative pronouns that open a clause describing the noun before them ("the crowds that lined …"). */
const RELATIVES = new Set(['that', 'which', 'who']);
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
const RELATIONS = new Set(['for', 'at', 'of']);
/** Words that end a subject when reading back from its head: what comes before them is another clause. */
const PHRASE_OPENERS = new Set(['that', 'who', 'which', 'when', 'as', 'because', 'if', 'while']);
const DESCRIBING = new Set(['from', 'with', 'in', 'at', 'on', 'who', 'whose']);

/** Finds who the subject before a reporting verb at `verb` (no further back than `limit`) refers to. */
export function createSubjectBefore(ctx: DocContext, referents: Referents, heads: Heads) {
  const { tokens, mentionOf } = ctx;
  const {
    outside,
    fromMention,
    sentenceStart,
    pronoun,
    describedPerson,
    nearestNamed,
    isPlain,
    isIndefinite,
    unnamed,
    isUnnamedHead,
    relational,
  } = referents;
  const { headSpeaker, agentNoun, isPersonNoun, oneOf, capitalisedRun } = heads;

  // The nearest name stands in when the subject itself names no one: less sure than a subject.
  const nearest = (i: number, focus: Focus): Speaker | null => {
    const s = nearestNamed(i, focus);
    return s && (s.via === 'pronoun' ? s : { ...s, via: 'nearest' });
  };

  function subjectBefore(verb: number, limit: number, focus: Focus): Speaker | null {
    let h = verb - 1;
    const skipAdverbs = () => {
      while (h >= limit && SKIPPABLE.has(tokens[h]?.lower ?? '') && isPlain(h)) h--;
      // "the council, for the second time ever, described": the adverbial, not its noun, stands before the verb.
      const [f, the, nth, time] = [h - 3, h - 2, h - 1, h].map((k) => tokens[k]?.lower);
      if (f === 'for' && the === 'the' && ORDINAL_TIMES.has(nth ?? '') && time === 'time' && h - 3 >= limit) {
        h -= 4;
        while (h >= limit && SKIPPABLE.has(tokens[h]?.lower ?? '') && isPlain(h)) h--;
      }
      const dated = h;
      while (h >= limit && isDateWord(tokens[h]?.lower ?? '') && isPlain(h)) h--;
      // "China on Tuesday said": the preposition of a date between the subject and its verb.
      if (h < dated && h > limit && tokens[h]?.lower === 'on' && isPlain(h)) h--;
      // "who in March advised", "who in May said": a month the tagger reads as a verb, after its preposition.
      if (h > limit && AMBIGUOUS_MONTHS.has(tokens[h]!.text) && TIME_PREPOSITIONS.has(tokens[h - 1]!.lower))
        h -= 2;
    };
    skipAdverbs();
    if (/\p{L}ing$/u.test(tokens[verb]?.lower ?? '') && ASPECTUAL.has(tokens[h]?.lower ?? '') && isPlain(h)) {
      h--;
      skipAdverbs();
    }
    // "the government decided today to ask": the subject of the verb the infinitive completes.
    if (tokens[h]?.lower === 'to' && isPlain(h)) {
      const to = h--;
      // "they will never have to say": "have to" is a modal; its subject is the speaker's.
      const mustSay = ['have', 'has', 'had'].includes(tokens[h]?.lower ?? '') && isPlain(h);
      skipAdverbs();
      if (mustSay && h < to - 1) {
        // The modal and the adverbs before it are skipped: the subject stands next.
      } else if (isPlain(h) && isFiniteVerb(h)) {
        h--;
        skipAdverbs();
      } else h = to;
    }
    if (h < limit || !outside(h) || !tokens[h]) return nearest(verb, focus);
    // "The union accused the company of breaking the deal, calling the cuts "…"": a participle set off by a
    // comma shares the subject of the clause it follows, not the nearest name.
    // ... and so does one after a date the subject's clause ends with ("spoke to the Council on Monday saying").
    const setOff =
      /^,\s*$/.test(tokens[verb - 1]!.post) || (h < verb - 1 && isDateWord(tokens[verb - 1]!.lower));
    if (/\p{L}ing$/u.test(tokens[verb]?.lower ?? '') && setOff) {
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
    // "The crowds that lined the harbour shouted": the noun a relative clause describes, not the clause's object.
    const relHead = relativeHead(h, limit);
    if (relHead >= 0) {
      const s = headSpeaker(relHead, focus);
      if (s) return s;
    }
    // "He corrected those who said …": people the text does not name or count, not the nearest name.
    if (tokens[h]?.lower === 'who' && ANYONE.has(tokens[h - 1]?.lower ?? '') && isPlain(h - 1)) return null;
    // "a spokesman for the department said", "one of the judges said": the source, not the body named after it.
    const related = relatedSubject(h, limit, focus);
    if (related) return related;
    // "Merkel's spokesman, Steffen Seibert, said": the appositive name itself. But in "Zakharova, a
    // spokeswoman for Sergei Lavrov, said" the name belongs to the appositive: the speaker is before it.
    const named = fromMention(h);
    // "A panel headed by Judge Lee Moss said": the body speaks, not the one who heads it.
    let first = mentionOf[h]?.first ?? h;
    if (TITLES.has(tokens[first - 1]?.lower ?? '')) first--;
    if (
      named?.kind === 'person' &&
      tokens[first - 1]?.lower === 'by' &&
      LEADING.has(tokens[first - 2]?.lower ?? '')
    ) {
      const body = first - 3 >= limit ? headSpeaker(first - 3, focus) : null;
      if (body?.kind === 'group') return body;
    }
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
        const s = teaserHolder(k) ?? headSpeaker(k, focus);
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
    const plain = describedPlain(h, limit, focus);
    if (plain) return plain;
    // "as a teammate explained": someone the text does not name, not the nearest name.
    const w = tokens[h]?.lower ?? '';
    const roleNoun = !mentionOf[h] && (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w));
    const teaser = teaserHolder(h);
    if (teaser) return teaser;
    if ((!tokens[h]?.capitalized && isIndefinite(h) && !mentionOf[h]) || roleNoun)
      return headSpeaker(h, focus);
    return headSpeaker(h, focus) ?? describedWithModifiers(h, limit, focus) ?? nearest(verb, focus);
  }

  /**
   * "the elderly woman added", "the old fellow's wife said": a plain person noun with adjectives after "the"
   * describes someone met before: the unnamed person who spoke last (unnamedSpeakerBefore), if any.
   */
  function describedPlain(h: number, limit: number, focus: Focus): Speaker | null {
    if (!PLAIN_PERSON_NOUNS.has(tokens[h]?.lower ?? '') || tokens[h]?.capitalized) return null;
    for (let k = h - 1; k >= Math.max(limit, h - 3); k--) {
      if (!isPlain(k) || !outside(k) || mentionOf[k]) return null;
      if (tokens[k]!.lower === 'the') return k < h - 1 ? unnamedSpeakerBefore(h, focus) : null;
      // "the shop owner": a noun before the head names someone by what they are, someone new.
      if (!lexiconTags(tokens[k]!.lower).includes('Adjective')) return null;
    }
    return null;
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
      // "The Board President": capitalised words that modify the head belong to its phrase.
      if (!mentionOf[k - 1])
        while (first > start && tokens[first - 1]!.capitalized && isPlain(first - 1) && !mentionOf[first - 1])
          first--;
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
   * "A senior state official believes the town is in a "…"." as a paragraph of its own, then a paragraph that
   * opens by naming "Trade Minister Ann Berg": a lead that withholds the name names it next. Only an
   * office ("official", a title) with "a", opening a one-sentence paragraph, and a person the text names
   * there before no other mention of them.
   */
  function teaserHolder(h: number): Speaker | null {
    const head = tokens[h];
    if (!head || head.capitalized || !isIndefinite(h)) return null;
    if (!(TEASER_OFFICES.has(head.lower) || TITLES.has(head.lower))) return null;
    let first = h;
    while (first > 0 && tokens[first - 1]?.paragraph === head.paragraph && h - first < 5) first--;
    if (tokens[first - 1]?.paragraph === head.paragraph || !['a', 'an'].includes(tokens[first]!.lower))
      return null;
    let next = h;
    while (tokens[next]?.paragraph === head.paragraph) {
      if (tokens[next]!.sentence !== head.sentence) return null;
      next++;
    }
    for (let k = next; k < next + 4 && tokens[k]?.paragraph === head.paragraph + 1; k++) {
      const m = mentionOf[k];
      if (!m) continue;
      // "Trade Minister Ann Berg": the office's words before the name may be an entity of their own.
      if (ctx.entities[m.entity]?.type !== 'person') continue;
      for (let j = 0; j < first; j++) if (mentionOf[j]?.entity === m.entity) return null;
      const s = fromMention(k);
      return s && { ...s, via: 'next' };
    }
    return null;
  }

  /**
   * '… the student wrote, "…". … "…", the young woman added': a described person with no one named to stand for
   * is the unnamed person met last, as a speaker or a subject, in this paragraph or the one before.
   */
  function unnamedSpeakerBefore(h: number, focus: Focus): Speaker | null {
    const para = tokens[h]?.paragraph ?? 0;
    const last = focus.people.find(
      (p) => p.speaker.source === 'unnamed' && p.speaker.kind === 'person' && para - p.para <= 1,
    );
    return last?.speaker ?? null;
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

  /**
   * The source of a subject that ends at `h` and opens its clause with a source noun tied to a body by a
   * preposition ("a spokesman for the department", "an official at the ministry", "one of the judges").
   */
  function relatedSubject(h: number, limit: number, focus: Focus): Speaker | null {
    // "Vella, a spokeswoman for the minister, said": an appositive describes the subject before it.
    if (!isPlain(h)) return null;
    for (let p = h - 1; p >= Math.max(limit + 1, h - 7); p--) {
      if (!isPlain(p) || !outside(p)) return null;
      const envoy = tokens[p]!.lower === 'to' && ENVOYS.has(tokens[p - 1]?.lower ?? '');
      if (!RELATIONS.has(tokens[p]!.lower) && !envoy) continue;
      // "the envoy to the Storting Karen Holm said": the envoy named after the body speaks.
      if (envoy && fromMention(h)?.kind === 'person') return null;
      const head = p - 1;
      const member = oneOf(head);
      if (member >= 0) return member === h && opensClause(head, limit) ? unnamed(member) : null;
      if (!opensClause(head, limit)) return null;
      // "the veteran of three epidemics said" describes the person just discussed (below).
      if (tokens[p]!.lower === 'of' && headBeforeOf(h, limit) === head) return null;
      return relational(head, focus, h);
    }
    return null;
  }

  /** The noun phrase whose head is `h` opens its clause: at the sentence's start, or after a comma or a quote. */
  function opensClause(h: number, limit: number): boolean {
    let first = h;
    while (first - 1 >= limit && isPlain(first - 1) && outside(first - 1) && first > h - 4) {
      const w = tokens[first - 1]!.lower;
      if (CONJUNCTIONS.has(w) || SPEECH_VERBS.has(w) || PHRASE_OPENERS.has(w)) break;
      first--;
      if (DETERMINERS.has(w)) break;
    }
    const before = tokens[first - 1];
    return (
      first <= limit ||
      first === sentenceStart(h) ||
      !before ||
      !outside(first - 1) ||
      CONJUNCTIONS.has(before.lower) ||
      /[,;:—–]\s*$|\s-\s*$/.test(before.post)
    );
  }

  /**
   * "The crowds that lined the harbour shouted", "the man who ran the shop said": the head noun before a
   * relative clause with no commas that ends at `h`, opening with its own finite verb; -1 when there is none.
   */
  function relativeHead(h: number, limit: number): number {
    if (!isPlain(h)) return -1;
    for (let k = h - 1; k >= Math.max(limit + 1, h - 7); k--) {
      if (!isPlain(k) || !outside(k) || SPEECH_VERBS.has(tokens[k]?.lower ?? '')) return -1;
      if (!RELATIVES.has(tokens[k]?.lower ?? '')) continue;
      const head = tokens[k - 1];
      if (!head || !isPlain(k - 1) || !outside(k - 1) || !isFiniteVerb(k + 1)) return -1;
      return k - 1;
    }
    return -1;
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

  return subjectBefore;
}
