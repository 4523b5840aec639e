import {
  GROUP_NOUNS,
  NOT_SPEECH_PHRASES,
  PERSON_ROLE_NOUNS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
} from '../lexicon.ts';
import type { DocContext } from './context.ts';
import { tokenAt } from './context.ts';
import { createSpeakers } from './speakers.ts';
import type { Focus, Speaker } from './speakers.ts';
import { classifySpan } from './terms.ts';
import { createReportedFinder } from './reported.ts';
import type { ReportedSpeech } from './reported.ts';

export type Attribution = { speaker: Speaker | null; cue: string | null };
export type { ReportedSpeech };

const UNRESOLVED = Symbol('unresolved');
const NOBODY: Attribution = { speaker: null, cue: null };

/**
 * Attributes every quote span in document order, tracking who "he" and "it" refer to as it reads, and finds
 * the reported speech of sentences ("The Kremlin said Putin had ...") along the way, with the same speakers.
 */
export function attributeSpeech(ctx: DocContext): { direct: Attribution[]; reported: ReportedSpeech[] } {
  const { tokens, spans, text, quoteOf } = ctx;
  const speakers = createSpeakers(ctx);
  const focus: Focus = { people: [], group: null, groupPara: -99, lastSpeech: null };
  const results: Attribution[] = spans.map(() => ({ speaker: null, cue: null }));
  const done = new Set<number>();
  const outside = (i: number) => quoteOf[i] === -1;

  const isVerbAt = (i: number) => {
    const t = tokens[i];
    if (!t || !outside(i) || !SPEECH_VERBS.has(t.lower)) return false;
    const next = tokens[i + 1];
    // "as a policeman put it" reports speech; "put the Twins in front" does not.
    if ((t.lower === 'put' || t.lower === 'puts') && next?.lower !== 'it') return false;
    return !(next && t.post.trim() === '' && NOT_SPEECH_PHRASES.has(`${t.lower} ${next.lower}`));
  };

  function attribute(q: number): Attribution {
    const span = spans[q];
    if (!span) return { speaker: null, cue: null };
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
      terms.add(q);
      return { speaker: null, cue: null };
    }
    if (span.continuation) {
      const prev = results[q - 1];
      if (prev?.speaker) return { speaker: prev.speaker, cue: 'continuation' };
    }
    const after = afterCue(q, closeEnd);
    // A reporting verb whose subject names nobody ("the mother of three told AP"): the speaker is unknown.
    if (after === UNRESOLVED || kind === 'cued-only') return after && after !== UNRESOLVED ? after : NOBODY;
    if (after) return after;
    const before = beforeCue(firstBefore, open);
    if (before === UNRESOLVED) return NOBODY;
    if (before) return before;
    const prevQ = spans[q - 1];
    const prev = results[q - 1];
    if (prev?.speaker && prevQ && prevQ.paragraph === span.paragraph)
      return { speaker: prev.speaker, cue: 'continuation' };
    // A paragraph that is all quote, introduced by "X said in a statement:" at the end of the previous one.
    if (
      firstBefore === open &&
      tokens[open - 1] &&
      /:\s*$/.test(text.slice(tokens[open - 1]?.start ?? 0, span.open))
    ) {
      const prevStart = ctx.sentenceFirst.get(tokens[open - 1]?.sentence ?? -1) ?? open - 1;
      const colon = beforeCue(prevStart, open);
      if (colon === UNRESOLVED) return NOBODY;
      if (colon) return colon;
    }
    // A paragraph that opens with a quote and names nobody continues the speaker of the paragraph before.
    const opensParagraph = firstBefore === open && tokens[open - 1]?.paragraph !== span.paragraph;
    if (opensParagraph && focus.lastSpeech && focus.lastSpeech.para === span.paragraph - 1)
      return { speaker: focus.lastSpeech.speaker, cue: 'continuation' };
    return { speaker: null, cue: null };
  }

  // "a remark by Hughes", "in the words of Coach Benington"
  const nounSource = (k: number) => ['by', 'of'].includes(tokens[k + 1]?.lower ?? '');

  function afterCue(q: number, closeEnd: number): Attribution | typeof UNRESOLVED | null {
    const span = spans[q];
    if (!span || span.close === null) return null;
    const quoted = text.slice(span.start, span.end).trimEnd();
    const tail = text.slice(closeEnd, closeEnd + 3);
    // Without a comma or question mark the quote may be part of the sentence ("a "wrongful act" for Wexler"):
    // then only a short subject and verb right after it count ("... at my best" he said).
    const endsOpen = /[,?!—–-]$/.test(quoted) || /^[,?!—–]/.test(tail);
    const first = tokenAt(tokens, closeEnd);
    const crossing = /[?!]$/.test(quoted) || /^[?!]/.test(tail);
    const t0 = tokens[first];
    if (!t0 || t0.paragraph !== span.paragraph || !outside(first)) return null;
    const lastInside = tokens[first - 1];
    if (!crossing && lastInside && lastInside.sentence !== t0.sentence) return null;
    if (isVerbAt(first) && endsOpen) {
      const s = speakers.subjectAfter(first + 1, focus);
      return s ? { speaker: s, cue: t0.lower } : UNRESOLVED;
    }
    if (t0.lower === 'according' && tokens[first + 1]?.lower === 'to' && endsOpen) {
      const s = speakers.subjectAfter(first + 2, focus);
      return s ? { speaker: s, cue: 'according to' } : null;
    }
    // "...", Beryl W. Sprinkel, economist of Harris Trust, Chicago, predicted ...
    const named = speakers.fromMention(first);
    const mention = ctx.mentionOf[first];
    if (endsOpen && named?.kind === 'person' && mention && /^,/.test(tokens[mention.last]?.post ?? '')) {
      for (let k = mention.last + 1; k < Math.min(tokens.length, mention.last + 25); k++) {
        if (!outside(k) || tokens[k]?.sentence !== t0.sentence) break;
        if (isVerbAt(k) && /,\s*$/.test(tokens[k - 1]?.post ?? ''))
          return { speaker: named, cue: tokens[k]?.lower ?? null };
      }
    }
    const pronounFirst = ['he', 'she', 'they', 'it'].includes(t0.lower) || named !== null;
    for (let k = first + 1; k < Math.min(tokens.length, first + (endsOpen ? 10 : 3)); k++) {
      const t = tokens[k];
      const prevT = tokens[k - 1];
      if (!t || !prevT || !outside(k) || t.sentence !== t0.sentence) return null;
      if (!/^[.-]?\s*$/.test(prevT.post)) return null;
      if (isVerbAt(k) && (endsOpen || /^[.,;]/.test(t.post) || (pronounFirst && k === first + 1))) {
        const s = speakers.subjectBefore(k, first, focus);
        return s ? { speaker: s, cue: t.lower } : UNRESOLVED;
      }
    }
    return null;
  }

  function beforeCue(from: number, open: number): Attribution | typeof UNRESOLVED | null {
    let nounCue = -1;
    for (let k = open - 1; k >= from; k--) {
      const t = tokens[k];
      if (!t || !outside(k)) continue;
      if (t.lower === 'to' && tokens[k - 1]?.lower === 'according') {
        const s = speakers.subjectAfter(k + 1, focus);
        if (s) return { speaker: s, cue: 'according to' };
      }
      if (isVerbAt(k)) {
        // "Said he: ..." puts the subject after its verb.
        const afterComma =
          /,\s*$/.test(tokens[k - 1]?.post ?? '') && speakers.fromMention(k + 1)?.kind === 'person';
        const inverted =
          k === from || !outside(k - 1) || afterComma || /[:;(]|--/.test(tokens[k - 1]?.post ?? '');
        const s = inverted ? speakers.subjectAfter(k + 1, focus) : speakers.subjectBefore(k, from, focus);
        return s ? { speaker: s, cue: t.lower } : UNRESOLVED;
      }
      // "a remark by X that ...", "with a pledge "...": a speech noun counts when it names its source or
      // introduces the quote directly, and only if no reporting verb governs the quote.
      if (nounCue === -1 && SPEECH_NOUNS.has(t.lower) && (nounSource(k) || open - k <= 2)) nounCue = k;
    }
    // "Mrs. Geraghty "will beat the bushes"": a name followed by the quoted predicate it says.
    const last = tokens[open - 1];
    const subject =
      last && open - 1 >= from && last.post.trim() === '' ? speakers.fromMention(open - 1) : null;
    if (subject?.kind === 'person' && /^\p{Ll}/u.test(tokens[open]?.text ?? ''))
      return { speaker: subject, cue: null };
    if (nounCue >= 0) {
      const by = nounSource(nounCue);
      const s = by ? speakers.subjectAfter(nounCue + 2, focus) : speakers.nounOwner(nounCue, from, focus);
      if (s) return { speaker: s, cue: tokens[nounCue]?.lower ?? null };
    }
    if (open > from && /:\s*$/.test(text.slice(tokens[open - 1]?.start ?? 0, tokens[open]?.start ?? 0))) {
      const s = speakers.nearestNamed(open, focus);
      if (s) return { speaker: s, cue: 'colon' };
    }
    return null;
  }

  // The subject of a sentence with no quote of its own, so later pronouns can find it.
  function updateFocus(sentenceFirst: number, sentenceLast: number) {
    const para = tokens[sentenceFirst]?.paragraph ?? 0;
    for (let k = sentenceFirst; k <= sentenceLast; k++) {
      if (isVerbAt(k) && k > sentenceFirst) {
        const s = speakers.subjectBefore(k, sentenceFirst, focus);
        if (s) {
          focus.lastSpeech = { speaker: s, para };
          return setFocus(s, para);
        }
        break;
      }
    }
    let personSet = false;
    let groupSet = false;
    for (let k = sentenceFirst; k <= sentenceLast && !(personSet && groupSet); k++) {
      if (!outside(k) || tokens[k]?.aside) continue;
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
      } else if (!groupSet && GROUP_NOUNS.has(w) && tokens[k - 1]?.lower === 'the') {
        const g = speakers.headSpeaker(k, focus);
        if (g) setFocus(g, para, 'group');
        groupSet = true;
      }
    }
  }

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
  const blocked = (start: number, end: number) =>
    spans.some((s, j) => s.open < end && start < (s.close ?? s.end) + 1 && !terms.has(j));
  const findReported = createReportedFinder(ctx, speakers, isVerbAt, blocked);
  const reported: ReportedSpeech[] = [];

  let i = 0;
  let q = 0;
  while (i < tokens.length) {
    const sentence = tokens[i]?.sentence;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]?.sentence === sentence) last++;
    const sentenceEnd = (tokens[last]?.end ?? 0) + 1;
    let attributed: Speaker | null = null;
    while (q < spans.length && (spans[q]?.start ?? Infinity) < sentenceEnd) {
      if (!done.has(q)) {
        results[q] = attribute(q);
        done.add(q);
        const said = results[q]?.speaker;
        if (said) focus.lastSpeech = { speaker: said, para: spans[q]?.paragraph ?? 0 };
        if (results[q]?.speaker && results[q]?.cue !== 'continuation')
          attributed = results[q]?.speaker ?? null;
      }
      q++;
    }
    const speech = findReported(i, last, focus);
    if (speech) reported.push(speech);
    if (attributed) setFocus(attributed, tokens[i]?.paragraph ?? 0);
    // An aside in parentheses ("(Meyer sent him to Reading.)") does not change who "he" is.
    else if (!tokens[i]?.aside) updateFocus(i, last);
    i = last + 1;
  }
  while (q < spans.length) results[q] = attribute(q++);
  return { direct: results, reported };
}
