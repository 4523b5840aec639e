import {
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  NOT_SPEECH_PHRASES,
  PERSON_ROLE_NOUNS,
  SPEECH_VERBS,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';
import { tokenAt } from './context.ts';
import { continuedConfidence, noSpeakerConfidence, speakerConfidence, type How } from './confidence.ts';
import { createCues, UNRESOLVED, type CueResult } from './cues.ts';
import { headlineSpeaker, isHeadlineSpan } from './headline.ts';
import { createSpeakers } from './speakers.ts';
import type { Focus, Speaker } from './speakers.ts';
import { classifySpan, isLabelled, isQuotedModifier } from './terms.ts';
import { createReportedFinder, passiveSource } from './reported.ts';
import type { ReportedSpeech } from './reported.ts';
import { nounPhraseAt } from './unnamed.ts';

/** A quote's speaker (or none), the cue that ties them, and how sure that is (0–1). */
export type Attribution = {
  speaker: Speaker | null;
  cue: string | null;
  confidence: number;
  how: How | null;
};
export type { ReportedSpeech };

/** Words that open a clause before the main one ("When the senator called, …"). */
const SUBORDINATORS = new Set(
  'when while after although though because if since before until once whereas unless'.split(' '),
);
/** Words that may stand before such a clause ("Thus when …", "But if …"). */
const OPENING_ADVERBS = new Set('thus so but and yet then still even only just'.split(' '));

/** Words after which a bare noun opens a noun phrase, never a clause's subject ("to member states"). */
const COMPOUND_OPENERS = new Set(
  'and or of to for by with from among between against on in into upon about'.split(' '),
);
const NOUN_MARKERS = new Set('the a an his her its their our my your this these those'.split(' '));
const isJudgingWord = (quoted: string) => {
  const w = quoted.trim().toLowerCase();
  return /^\p{Ll}+$/u.test(w) && lexiconTags(w).includes('Adjective');
};
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Attributes every quote span in document order, tracking who "he" and "it" refer to as it reads, and finds
 * the reported speech of sentences ("The Kremlin said Putin had ...") along the way, with the same speakers.
 */
export function attributeSpeech(ctx: DocContext): { direct: Attribution[]; reported: ReportedSpeech[] } {
  const { tokens, spans, text, quoteOf } = ctx;
  const speakers = createSpeakers(ctx);
  const mainFocus: Focus = { people: [], group: null, groupPara: -99, lastSpeech: null };
  // An aside in parentheses keeps a focus of its own: "(… Judge Smith threatened reprisal. Said he: …)".
  let focus = mainFocus;
  const results: Attribution[] = spans.map(() => ({ speaker: null, cue: null, confidence: 0, how: null }));
  const done = new Set<number>();
  const outside = (i: number) => quoteOf[i] === -1;

  const isVerbAt = (i: number) => {
    const t = tokens[i];
    if (!t || !outside(i)) return false;
    // "the statement reads": a document gives its words; a person who reads does not speak.
    if (t.lower === 'reads' || t.lower === 'read')
      return DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.post.trim() === '';
    if (!SPEECH_VERBS.has(t.lower)) return false;
    // "the United States": a word inside a name, after its first word, is the name's, not a verb.
    const mention = ctx.mentionOf[i];
    if (mention && mention.first < i && t.capitalized) return false;
    // "his remarks", "the comments": nouns spelled like reporting verbs.
    if (NOUN_MARKERS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.post.trim() === '') return false;
    if (compoundPlural(i)) return false;
    // "the minister's comments", "Hale's remarks": after a possessive, a noun.
    if (tokens[i - 1]?.possessive && tokens[i - 1]?.post.trim() === '') return false;
    const next = tokens[i + 1];
    // "as a policeman put it" reports speech; "put the Twins in front" does not.
    if ((t.lower === 'put' || t.lower === 'puts') && next?.lower !== 'it') return false;
    return !(next && t.post.trim() === '' && NOT_SPEECH_PHRASES.has(`${t.lower} ${next.lower}`));
  };
  /**
   * "urged member states to act", "by unions and party branches": a word in -s after a bare lower-case noun
   * that itself follows a preposition, a conjunction or a verb in the past is the plural of a compound noun,
   * not a verb whose subject that noun is.
   */
  function compoundPlural(i: number): boolean {
    const t = tokens[i]!;
    const noun = tokens[i - 1];
    const before = tokens[i - 2];
    if (!/s$/.test(t.lower) || !noun || !before || noun.capitalized || !/^[a-z]{3,}$/.test(noun.text))
      return false;
    if (noun.post !== ' ' || before.post !== ' ' || !outside(i - 1) || !outside(i - 2)) return false;
    if (lexiconTags(noun.lower).some((tag) => tag === 'Plural' || tag === 'Adverb' || tag === 'Pronoun'))
      return false;
    const tags = lexiconTags(before.lower);
    return (
      COMPOUND_OPENERS.has(before.lower) ||
      ((tags.includes('PastTense') || (tags.length === 0 && /^[a-z]{3,}ed$/.test(before.text))) &&
        !SPEECH_VERBS.has(before.lower))
    );
  }
  const cues = createCues(ctx, speakers, isVerbAt, () => focus);

  // Other people the quote's sentence names: each is one more candidate for an inferred speaker.
  function competitors(q: number, speaker: Speaker): number {
    const sentence = tokens[tokenAt(tokens, spans[q]!.start)]?.sentence;
    const names = new Set<string>();
    const from = ctx.sentenceFirst.get(sentence ?? -1) ?? 0;
    for (let k = from; k < tokens.length && tokens[k]?.sentence === sentence; k++) {
      const s = outside(k) ? speakers.fromMention(k) : null;
      if (s?.kind === 'person' && s.name !== speaker.name) names.add(s.name);
    }
    return names.size;
  }

  const found = (q: number, r: { speaker: Speaker; cue: string | null; how: How }): Attribution => ({
    ...r,
    confidence: speakerConfidence(r.how, r.speaker, competitors(q, r.speaker)),
  });
  const continued = (prev: Attribution, how: How, cue = 'continuation'): Attribution => ({
    speaker: prev.speaker,
    cue,
    how,
    confidence: continuedConfidence(how, prev.confidence),
  });
  const none = (kind: 'term' | 'cued-only' | 'unresolved' | 'uncued', quoted: string): Attribution => ({
    speaker: null,
    cue: null,
    how: null,
    confidence: noSpeakerConfidence(kind, wordCount(quoted)),
  });
  const fromCue = (q: number, r: CueResult, quoted: string): Attribution | null =>
    r === UNRESOLVED ? none('unresolved', quoted) : r ? found(q, r) : null;

  function attribute(q: number): Attribution {
    const span = spans[q]!;
    const open = tokenAt(tokens, span.start);
    const sentence = tokens[open]?.sentence ?? -1;
    const sentenceStart = ctx.sentenceFirst.get(sentence) ?? open;
    const firstBefore = (() => {
      let k = open - 1;
      while (k >= sentenceStart && tokens[k]?.paragraph === span.paragraph) k--;
      return k + 1;
    })();
    const beforeText = text.slice(tokens[firstBefore]?.start ?? span.open, span.open);
    const closeEnd = span.close === null ? span.end : span.close + 1;
    const afterText = text.slice(closeEnd, closeEnd + 40);
    const quoted = text.slice(span.start, span.end);
    const kind = classifySpan(quoted, beforeText, afterText);
    if (kind === 'term') {
      const judged =
        cues.judgedCue(firstBefore, open) ??
        cues.openingParticiple(firstBefore, open, closeEnd) ??
        cues.asideCue(q, closeEnd);
      if (judged) return found(q, judged);
      terms.add(q);
      // A word or two in lower case, not named as a label: someone's words if reported speech holds them.
      const partial = wordCount(quoted) <= 3 && /^\p{Ll}/u.test(quoted.trim());
      // 'the treaty, "lifeline" of the island': a word set off by a comma is an appositive label.
      const appositive = /,\s*$/.test(beforeText);
      const modifier = isQuotedModifier(afterText, quoted) && !isJudgingWord(quoted);
      if (partial && !appositive && !isLabelled(beforeText) && !modifier) partials.add(q);
      return none('term', quoted);
    }
    const prev = results[q - 1];
    if (span.continuation && prev?.speaker) return continued(prev, 'continuation');
    const after = cues.afterCue(q, closeEnd);
    // 'the crowds kept shouting, "Long Live Kings"': a reporting verb right before, set off by a comma or a
    // colon, cues a short span as surely as one right after it.
    const verbRightBefore = isVerbAt(open - 1) && /[,:]\s*$/.test(beforeText);
    if (kind === 'cued-only' && after === null && verbRightBefore)
      return fromCue(q, cues.beforeCue(firstBefore, open, false), quoted) ?? none('term', quoted);
    if (kind === 'cued-only' && !verbRightAfter(closeEnd)) return none('term', quoted);
    if (after === UNRESOLVED || kind === 'cued-only')
      return fromCue(q, after, quoted) ?? none('term', quoted);
    if (after) return found(q, after);
    const participle = cues.openingParticiple(firstBefore, open, closeEnd);
    if (participle) return found(q, participle);
    const before = fromCue(q, cues.beforeCue(firstBefore, open, wordCount(quoted) <= 3), quoted);
    if (before) return before;
    const judged = cues.judgedCue(firstBefore, open) ?? cues.asideCue(q, closeEnd);
    if (judged) return found(q, judged);
    const prevQ = spans[q - 1];
    if (prev?.speaker && prevQ && prevQ.paragraph === span.paragraph) {
      const between = firstBefore === open ? speakerBetween(open, prev.speaker) : null;
      if (between) return found(q, { speaker: between, cue: 'introduced', how: 'introduced' });
      return continued(prev, 'continuation');
    }
    const closing = cues.closingCue(closeEnd);
    if (closing && closing !== UNRESOLVED) return found(q, closing);
    const next = cues.nextSentenceCue(q, closeEnd);
    if (next && next !== UNRESOLVED) return found(q, next);
    // A paragraph that is all quote, introduced by "X said in a statement:" or "X cabled as follows --" at
    // the end of the previous one.
    if (
      firstBefore === open &&
      tokens[open - 1] &&
      /(?::|--|[—–])\s*$/.test(text.slice(tokens[open - 1]?.start ?? 0, span.open))
    ) {
      const prevStart = ctx.sentenceFirst.get(tokens[open - 1]?.sentence ?? -1) ?? open - 1;
      const colon = fromCue(q, cues.beforeCue(prevStart, open, false), quoted);
      if (colon) return colon;
    }
    const heading = runInHeading(firstBefore, open, span.paragraph);
    return carriedOn(q, firstBefore === open || heading, quoted, heading ? firstBefore : open);
  }

  /**
   * '"Blue Harbour," said Aunt Vera', '"Blue Harbour," Vera said': a name or title said on its own has its reporting
   * verb right after it, or after the speaker's name; '"Blue Harbour", the new show, fills …' has none.
   */
  function verbRightAfter(closeEnd: number): boolean {
    const first = tokenAt(tokens, closeEnd);
    const m = ctx.mentionOf[first];
    const pronoun = ['he', 'she', 'they', 'it'].includes(tokens[first]?.lower ?? '');
    const subjectEnd = m && m.first === first ? m.last : pronoun ? first : -1;
    return isVerbAt(first) || (subjectEnd >= 0 && isVerbAt(subjectEnd + 1));
  }

  /**
   * 'Costs covered "The state will recover every dollar."': older wire copy runs a two- or three-word
   * subheading into the paragraph it heads. Words like that before a quote that opens like a sentence leave it
   * opening its paragraph: no name, verb or punctuation among them.
   */
  function runInHeading(from: number, open: number, paragraph: number): boolean {
    if (open - from < 1 || open - from > 4 || tokens[from - 1]?.paragraph === paragraph) return false;
    if (!tokens[from]?.capitalized || !/^\p{Lu}/u.test(tokens[open]?.text ?? '')) return false;
    // "Showing of "The Long Road Home" …": words ending in a preposition or article lead into the quote, which
    // is their object (a title), not a new sentence under a heading.
    const lead = tokens[open - 1]?.lower ?? '';
    if (COMPOUND_OPENERS.has(lead) || NOUN_MARKERS.has(lead)) return false;
    for (let k = from; k < open; k++) {
      const t = tokens[k]!;
      if (/[^\s"“]/.test(t.post) || ctx.mentionOf[k] || isVerbAt(k)) return false;
      if (['he', 'she', 'they', 'it', 'i', 'we'].includes(t.lower)) return false;
    }
    return true;
  }

  /**
   * A quote that names no speaker in its own sentence. Opening a paragraph, it carries on the speaker of
   * the paragraph before, unless that paragraph introduced someone else ("Opposition leader Carl Moor
   * disagreed."), who then speaks; opening a sentence, it carries on a statement earlier in its paragraph.
   */
  function carriedOn(q: number, opensSentence: boolean, quoted: string, open: number): Attribution {
    const span = spans[q]!;
    const para = span.paragraph;
    const last = focus.lastSpeech;
    const lastResult: Attribution = {
      speaker: last?.speaker ?? null,
      cue: null,
      how: null,
      confidence: last?.confidence ?? 0.9,
    };
    const opensParagraph = opensSentence && tokens[open - 1]?.paragraph !== para;
    const previous = results[q - 1];
    const between = opensSentence && previous?.speaker ? speakerBetween(open, previous.speaker) : null;
    if (between && last && last.para >= para - 1)
      return found(q, { speaker: between, cue: 'introduced', how: 'introduced' });
    if (opensParagraph && last) {
      if (last.para === para - 1) return continued(lastResult, 'paragraph');
      const introduced = focus.people[0];
      const quoteIn = (p: number) => spans.some((s) => s.paragraph === p);
      if (introduced && introduced.para === para - 1 && !quoteIn(para - 1))
        return found(q, { speaker: introduced.speaker, cue: 'introduced', how: 'introduced' });
      if (last.para === para - 2 && !quoteIn(para - 1) && !(introduced && introduced.para === para - 1))
        return continued({ ...lastResult, confidence: Math.min(lastResult.confidence, 0.75) }, 'paragraph');
    } else if (opensSentence && last && last.para === para) {
      return continued(lastResult, 'paragraph');
    }
    if (isHeadlineSpan(ctx, q)) headlines.push(q);
    return none('uncued', quoted);
  }

  /**
   * '"…," Berg said. Carl Moor disagreed. "…"': the sentence right before a quote, with no quote of its
   * own, that opens with someone else as the subject of its verb gives the quote to that person, not to
   * the speaker before.
   */
  function speakerBetween(open: number, lastSpeaker: Speaker): Speaker | null {
    const sentence = tokens[open - 1]?.sentence;
    if (sentence === undefined) return null;
    const first = ctx.sentenceFirst.get(sentence) ?? open - 1;
    for (let k = first; k < open; k++) if (!outside(k)) return null;
    // The name opens the sentence, or follows a few words of title ("Opposition leader Carl Moor").
    let m = ctx.mentionOf[first];
    for (let k = first; !m && k < Math.min(open, first + 3); k++) {
      if (/[,;:]/.test(tokens[k]!.post) || isVerbAt(k)) return null;
      m = ctx.mentionOf[k + 1];
    }
    const s = m ? speakers.fromMention(m.first) : null;
    if (!m || !s || s.kind !== 'person' || s.name === lastSpeaker.name) return null;
    const verb = tokens[m.last + 1];
    if (!verb || verb.sentence !== sentence || tokens[m.last]!.post.trim() !== '') return null;
    // A finite verb: one the lexicon knows, or an unknown word in -ed ("disagreed").
    const tags = lexiconTags(verb.lower);
    const finite =
      tags.includes('PastTense') ||
      tags.includes('PresentTense') ||
      SPEECH_VERBS.has(verb.lower) ||
      (tags.length === 0 && /^\p{Ll}{3,}ed$/u.test(verb.text));
    return finite ? s : null;
  }

  // The subject of a sentence with no quote of its own, so later pronouns can find it.
  function updateFocus(sentenceFirst: number, sentenceLast: number) {
    // A Title Case headline's capitals make names of anything ("Labels European Solidarity"): no subject.
    if (tokens[sentenceFirst]?.titleCase && tokens[sentenceFirst]?.blockKind === 'headline') return;
    // "When the senator called, Mayor Hill was out": the subject is the main clause's, not the one of the
    // clause that opens the sentence, when the main clause names one.
    const main = mainClauseStart(sentenceFirst, sentenceLast);
    if (main > sentenceFirst && subjectFrom(main, sentenceLast)) return;
    subjectFrom(sentenceFirst, sentenceLast);
  }

  /** The first token of the main clause after an opening "when …," / "if …," clause, else `first`. */
  function mainClauseStart(first: number, last: number): number {
    let k = first;
    // "Early doubts Thus when …": a run-in subheading of two or three words before a capitalised opener.
    if (tokens[first - 1]?.paragraph !== tokens[first]?.paragraph) {
      for (let j = first + 2; j <= first + 3 && j < last; j++) {
        const w = tokens[j]!;
        if (!/^\s*$/.test(tokens[j - 1]!.post) || ctx.mentionOf[j - 1]) break;
        if (w.capitalized && (OPENING_ADVERBS.has(w.lower) || SUBORDINATORS.has(w.lower))) k = j;
      }
    }
    if (OPENING_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
    if (!SUBORDINATORS.has(tokens[k]?.lower ?? '')) return first;
    let verb = false;
    for (let j = k + 1; j < last; j++) {
      if (!outside(j)) return first;
      const tags = lexiconTags(tokens[j]!.lower);
      if (isVerbAt(j) || tags.includes('PastTense') || tags.includes('PresentTense')) verb = true;
      if (/^,\s*$/.test(tokens[j]!.post)) return verb ? j + 1 : first;
    }
    return first;
  }

  /** Takes the subject of the clause from `sentenceFirst` as the focus; false when it sets no person. */
  function subjectFrom(sentenceFirst: number, sentenceLast: number): boolean {
    const para = tokens[sentenceFirst]?.paragraph ?? 0;
    for (let k = sentenceFirst; k <= sentenceLast; k++) {
      if (isVerbAt(k) && k > sentenceFirst) {
        const s = speakers.subjectBefore(k, sentenceFirst, focus);
        if (s) {
          focus.lastSpeech = { speaker: s, para, confidence: speakerConfidence('reported', s, 0) };
          setFocus(s, para);
          return s.kind === 'person';
        }
        break;
      }
    }
    let personSet = false;
    let groupSet = false;
    focus.unnamedPerson = unnamedSubject(sentenceFirst, sentenceLast, para) ?? focus.unnamedPerson;
    for (let k = sentenceFirst; k <= sentenceLast && !(personSet && groupSet); k++) {
      if (!outside(k) || (tokens[k]?.aside && focus === mainFocus)) continue;
      const s = speakers.fromMention(k);
      const w = tokens[k]?.lower ?? '';
      const type = ctx.entities[ctx.mentionOf[k]?.entity ?? -1]?.type;
      if (!personSet && s?.kind === 'person') {
        setFocus(s, para);
        personSet = true;
      } else if (!groupSet && s && type === 'organization') {
        setFocus(s, para, 'group');
        groupSet = true;
      } else if (!personSet && (w === 'he' || w === 'she')) {
        personSet = true;
      } else if (
        !personSet &&
        PERSON_ROLE_NOUNS.has(w) &&
        ['the', 'a'].includes(tokens[k - 1]?.lower ?? '')
      ) {
        const r = speakers.headSpeaker(k, focus);
        if (r) setFocus(r, para);
        personSet = true;
      } else if (!groupSet && GROUP_NOUNS.has(w) && definite(k)) {
        // "The health ministry issued a statement. … it said."
        const g = speakers.headSpeaker(k, focus);
        if (g) setFocus(g, para, 'group');
        groupSet = true;
      }
    }
    return personSet;
  }

  /**
   * The unnamed person a sentence opens with as subject ("The bus driver was still shaking", "An elderly
   * farmer stood by the road"), for a later "he" or "she" with no one named to point at; else null.
   */
  function unnamedSubject(first: number, last: number, para: number) {
    const article = ['the', 'a', 'an'].includes(tokens[first]?.lower ?? '') ? 1 : 0;
    for (let k = first + article; k <= Math.min(last, first + 4); k++) {
      const t = tokens[k]!;
      if (!outside(k) || (t.capitalized && k > first) || ctx.mentionOf[k]) return null;
      const s = speakers.describedSource(k);
      if (s && nounPhraseAt(ctx, k)?.first === first + article) return { speaker: s, para };
      if (!/^\s*$/.test(t.post)) return null;
    }
    return null;
  }

  const definite = (k: number) => {
    const phrase = nounPhraseAt(ctx, k);
    return tokens[(phrase?.first ?? k) - 1]?.lower === 'the';
  };

  // `slot` is what a later pronoun will look for: "it" may stand for a document whose author speaks.
  function setFocus(s: Speaker, para: number, slot: 'person' | 'group' = s.kind) {
    if (slot === 'person') {
      focus.people = [{ speaker: s, para }, ...focus.people.filter((p) => p.speaker.name !== s.name)].slice(
        0,
        6,
      );
    } else Object.assign(focus, { group: s, groupPara: para });
  }

  // A reported clause may hold a title or scare quote, but never someone's quoted words: a partial quote
  // inside reported speech ("the jury said the laws "are outmoded"") stays a direct quote, counted once.
  const terms = new Set<number>();
  const partials = new Set<number>();
  const headlines: number[] = [];
  const blocked = (start: number, end: number) =>
    spans.some((s, j) => s.open < end && start < (s.close ?? s.end) + 1 && !terms.has(j));
  const findReported = createReportedFinder(ctx, speakers, isVerbAt, blocked);
  const reported: ReportedSpeech[] = [];

  let i = 0;
  let q = 0;
  let previous: { first: number; last: number; spoken: boolean } | null = null;
  while (i < tokens.length) {
    const sentence = tokens[i]?.sentence;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]?.sentence === sentence) last++;
    if (tokens[i]?.aside) {
      if (focus === mainFocus) focus = { ...mainFocus, people: [...mainFocus.people] };
    } else focus = mainFocus;
    const sentenceEnd = (tokens[last]?.end ?? 0) + 1;
    let attributed: Speaker | null = null;
    let spoken = false;
    while (q < spans.length && (spans[q]?.start ?? Infinity) < sentenceEnd) {
      if (!done.has(q)) {
        const r = attribute(q);
        results[q] = r;
        done.add(q);
        if (r.speaker) {
          spoken = true;
          focus.lastSpeech = { speaker: r.speaker, para: spans[q]?.paragraph ?? 0, confidence: r.confidence };
          if (r.how !== 'continuation' && r.how !== 'paragraph') attributed = r.speaker;
        }
      }
      q++;
    }
    const speech = findReported(i, last, focus);
    if (speech) {
      reported.push(speech);
      spoken = true;
    }
    // "India will keep working with Russia. This was stated by the foreign minister." The statement is
    // the sentence before; its speaker goes on speaking in the quotes that follow.
    const passive = passiveSource(ctx, speakers, i, last, focus);
    if (passive && previous && !previous.spoken) {
      const clause = findReported.clause(previous.first, previous.last, passive);
      if (clause) reported.push(clause);
      focus.lastSpeech = { speaker: passive, para: tokens[i]?.paragraph ?? 0, confidence: 0.8 };
      attributed = passive;
    }
    if (attributed) setFocus(attributed, tokens[i]?.paragraph ?? 0);
    else updateFocus(i, last);
    previous = { first: i, last, spoken };
    i = last + 1;
  }
  while (q < spans.length) results[q] = attribute(q++);
  // 'the builder took "shortcuts", the auditor said', 'complained that there were "loopholes"': a word or two
  // quoted inside someone's reported speech are that speaker's words, a partial quote (SCORING: speech).
  for (const p of partials) {
    const span = spans[p]!;
    const holder = reported.find(
      (r) => r.speaker && r.start <= span.open && (span.close ?? span.end) < r.end,
    );
    if (holder?.speaker)
      results[p] = {
        speaker: holder.speaker,
        cue: holder.cue,
        how: 'reported-word',
        confidence: speakerConfidence('reported-word', holder.speaker, 0),
      };
  }
  for (const h of headlines) {
    const found = headlineSpeaker(ctx, speakers, h, (j) => results[j]?.speaker ?? null);
    if (found) results[h] = { ...found, confidence: speakerConfidence(found.how, found.speaker, 0) };
  }
  return { direct: results, reported };
}
