import { lexiconTags } from '../compromise.ts';
import {
  PERSON_ROLE_NOUNS,
  REPORTED_SPEECH_VERBS,
  AUDIENCE_SPEECH_VERBS,
  SPEECH_NOUNS,
  TITLES,
  isDateWord,
} from '../lexicon.ts';
import type { DocContext } from './context.ts';
import { speakerConfidence, UNRESOLVED_REPORTED, type How } from './confidence.ts';
import type { Focus, Speaker, Speakers } from './speakers.ts';

/**
 * Reported (indirect) speech: "Peskov told reporters that Russia's help does not imply ...". `start`/`end`
 * delimit the reported content only (text.slice(start, end)), without the attribution or the final stop.
 */
export type ReportedSpeech = {
  start: number;
  end: number;
  speaker: Speaker | null;
  cue: string;
  /** How sure the speaker is (0–1). */
  confidence: number;
};

/** Verbs that report an evaluation as "VERB something as …": "Peskov described the notion as absurd". */
const EVALUATIVE_VERBS = new Set(
  'described describes describing called branded labelled labeled termed dismissed characterised characterized'.split(
    ' ',
  ),
);
/** "This was stated …", "This statement was made …": passive verbs that point back to a statement. */
const PASSIVE_SPEECH = new Set(
  'stated said announced reported written noted declared told claimed emphasized emphasised made'.split(' '),
);
const CITING = new Set(['citing', 'quoting']);

// Words a reported clause cannot open with: "said nothing", "told him about it", "told them to leave".
const NOT_CLAUSE_START = new Set(
  (
    'nothing something anything everything little much so yes no goodbye hello sorry thanks to of about for ' +
    'with in on at by from into over after before during as than like and or but because if while when'
  ).split(' '),
);
const FINITE_TAGS = new Set(['Copula', 'PastTense', 'PresentTense', 'Modal', 'Verb', 'Auxiliary']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'late', 'earlier', 'last', 'this', 'later', 'via']);
const TIME_NOUNS = new Set(
  'week month year morning afternoon evening night weekend conference briefing twitter television radio'.split(
    ' ',
  ),
);
const ADVERBS = new Set(
  'also then later again earlier today yesterday tonight repeatedly publicly'.split(' '),
);
const OBJECT_PRONOUNS = new Set('me him her us them you'.split(' '));
const AUDIENCE_NOUNS = new Set(
  (
    'reporters journalists correspondents parliament lawmakers legislators senators members supporters voters ' +
    'audience crowd press media committee council'
  ).split(' '),
);
const PASSIVE = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'being']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my']);

/**
 * Finds reported speech sentence by sentence, reusing the speaker resolution of direct quotes.
 * `isVerbAt` is the direct-quote test for a reporting verb (outside quotes, not "call for");
 * `blocked(start, end)` is true when the range overlaps a direct quote that is someone's words.
 */
export function createReportedFinder(
  ctx: DocContext,
  speakers: Speakers,
  isVerbAt: (i: number) => boolean,
  blocked: (start: number, end: number) => boolean,
) {
  const { tokens, text } = ctx;
  const outside = (i: number) => ctx.quoteOf[i] === -1;
  const lower = (i: number) => tokens[i]?.lower ?? '';
  const hasComma = (i: number) => /^[^\s]*[,;:]/.test(tokens[i]?.post ?? '');

  const startOf = (i: number) => {
    const t = tokens[i];
    return t ? t.start - t.pre.trimStart().length : 0;
  };
  // The end of token `i` with its possessive ending and any closing mark, but not the stop or comma after it.
  const endOf = (i: number) => {
    const t = tokens[i];
    if (!t) return 0;
    const word = t.end + (t.possessive ? (/^['’]s?/.exec(text.slice(t.end, t.end + 2))?.[0].length ?? 0) : 0);
    return word + (/^[.,;:!?]*[)"”’\]]+/.exec(text.slice(word, word + 6))?.[0].length ?? 0);
  };

  const isFinite = (i: number) => {
    const t = tokens[i];
    if (!t || DETERMINERS.has(lower(i - 1))) return false;
    return lexiconTags(t.lower).some((tag) => FINITE_TAGS.has(tag)) || /^\p{Ll}+ed$/u.test(t.text);
  };

  /** A clause: at least two words outside quotes, not opening with a preposition or "nothing", with a verb. */
  function isClause(first: number, last: number): boolean {
    if (last <= first || NOT_CLAUSE_START.has(lower(first))) return false;
    for (let k = first + 1; k <= last; k++) if (outside(k) && isFinite(k)) return true;
    return false;
  }

  // "on Monday", "in a statement", "late on Sunday", "yesterday": where and when, not what was said.
  function skipAdverbials(i: number, last: number): number {
    for (let round = 0; round < 4 && i <= last; round++) {
      const w = lower(i);
      if (ADVERBS.has(w) || isDateWord(w)) {
        // "Thursday night"
        i += TIME_NOUNS.has(lower(i + 1)) && !hasComma(i) ? 2 : 1;
        continue;
      }
      if (!PREPOSITIONS.has(w)) break;
      let head = -1;
      for (let k = i + 1; k <= Math.min(last, i + 4); k++) {
        const v = lower(k);
        if (isDateWord(v) || TIME_NOUNS.has(v) || SPEECH_NOUNS.has(v)) {
          head = k;
          break;
        }
        if (hasComma(k)) break;
      }
      if (head < 0) break;
      i = head + 1;
    }
    return i;
  }

  // "told reporters", "assured him", "told Italian Prime Minister Giuseppe Conte": the audience of the verb.
  function skipAudience(i: number, last: number): number {
    const m = ctx.mentionOf[i];
    if (m) return m.last + 1;
    if (OBJECT_PRONOUNS.has(lower(i))) return i + 1;
    for (let k = i; k <= Math.min(last, i + 2); k++) {
      if (AUDIENCE_NOUNS.has(lower(k))) return k + 1;
      if (!DETERMINERS.has(lower(k)) && k > i) break;
    }
    return -1;
  }

  // Resolves the speaker of a clause that comes before its attribution as if the clause were in quote marks,
  // as for '"...," it said': "it" does not point back into what was said.
  const asQuoted = <T>(from: number, to: number, resolve: () => T): T => {
    const saved = ctx.quoteOf.slice(from, to + 1);
    ctx.quoteOf.fill(-2, from, to + 1);
    try {
      return resolve();
    } finally {
      ctx.quoteOf.set(saved, from);
    }
  };

  const make = (first: number, last: number, speaker: Speaker | null, cue: string, how: How) => {
    const start = startOf(first);
    const end = endOf(last);
    if (end <= start || blocked(start, end)) return null;
    const confidence = speaker ? speakerConfidence(how, speaker, 0) : UNRESOLVED_REPORTED;
    return { start, end, speaker, cue, confidence };
  };

  /** ", citing high-level sources," after the verb at `k`: the index after the phrase and the cited source. */
  function citing(k: number, last: number, focus: Focus): { next: number; source: Speaker | null } | null {
    if (!hasComma(k) || !CITING.has(lower(k + 1))) return null;
    for (let j = k + 2; j <= Math.min(last, k + 9); j++) {
      if (!outside(j)) return null;
      if (hasComma(j)) {
        const s = speakers.subjectAfter(k + 2, focus);
        const source =
          s && (s.kind === 'person' || s.source === 'unnamed' || s.source === 'media') ? s : null;
        return { next: j + 1, source: source && { ...source, via: 'cited' } };
      }
    }
    return null;
  }

  // "told the gathering that ...", "said in Rome on Monday that ...": the token after a "that" a few words after
  // the verb, when those words are its audience or a prepositional phrase; else -1. Not "said the planes that
  // left ...", where "that" opens a relative clause inside what was said.
  function thatAfter(k: number, last: number, audience: boolean): number {
    if (!audience && !PREPOSITIONS.has(lower(k + 1)) && !isDateWord(lower(k + 1))) return -1;
    for (let j = k + 1; j <= Math.min(last - 1, k + 10); j++) {
      if (!outside(j) || hasComma(j - 1) || (j > k + 1 && isFinite(j) && lower(j + 1) !== 'by')) return -1;
      if (lower(j) === 'that') return j + 1;
    }
    return -1;
  }

  /** "X said (on Monday) (that) CLAUSE." */
  function forward(k: number, first: number, last: number, focus: Focus): ReportedSpeech | null {
    const verb = lower(k);
    if (!REPORTED_SPEECH_VERBS.has(verb) || k === first) return null;
    const cited = citing(k, last, focus);
    if (hasComma(k) && !cited) return null;
    // "the said agreement", "it was said that": no one speaking. '"...", said Karns, who ...': inverted.
    const before = lower(k - 1);
    const inverted = hasComma(k - 1) && ctx.mentionOf[k + 1] !== undefined;
    if (DETERMINERS.has(before) || PASSIVE.has(before) || before === 'as' || !outside(k - 1) || inverted)
      return null;
    if (cited) {
      let i = cited.next;
      if (lower(i) === 'that' && outside(i)) i++;
      if (i > last || !outside(i) || !isClause(i, last)) return null;
      return make(i, last, cited.source ?? speakers.subjectBefore(k, first, focus), verb, 'reported');
    }
    const audience = AUDIENCE_SPEECH_VERBS.has(verb);
    let i = thatAfter(k, last, audience);
    if (i < 0) {
      i = audience ? skipAudience(k + 1, last) : k + 1;
      if (i < 0) return null;
      i = skipAdverbials(i, last);
      if (lower(i) === 'that' && outside(i)) i++;
    }
    if (i > last || !outside(i) || hasComma(i - 1) || !isClause(i, last)) return null;
    return make(i, last, speakers.subjectBefore(k, first, focus), verb, 'reported');
  }

  /** "CLAUSE, Dmitry Peskov told reporters on Monday." and "CLAUSE, said the ministry." */
  function postposed(k: number, first: number, last: number, focus: Focus): ReportedSpeech | null {
    const verb = lower(k);
    if (!REPORTED_SPEECH_VERBS.has(verb)) return null;
    // Nothing but an audience and adverbials may follow the verb.
    let i = k + 1;
    if (AUDIENCE_SPEECH_VERBS.has(verb) && i <= last) i = skipAudience(i, last);
    if (i < 0) return null;
    if (skipAdverbials(i, last) <= last) return null;
    const inverted = hasComma(k - 1);
    let comma = inverted ? k - 1 : -1;
    if (!inverted) {
      for (let c = k - 1; c >= Math.max(first, k - 7); c--) {
        if (!outside(c)) return null;
        if (hasComma(c)) {
          comma = c;
          break;
        }
      }
    }
    if (comma <= first) return null;
    // "..., presidential press secretary, Dmitry Peskov told": the title before the name belongs to it.
    for (let c = comma - 1; c >= Math.max(first, comma - 4); c--) {
      if (hasComma(c)) {
        const head = lower(comma);
        if (PERSON_ROLE_NOUNS.has(head) || TITLES.has(head)) comma = c;
        break;
      }
    }
    if (!isClause(first, comma)) return null;
    const speaker = asQuoted(first, comma, () =>
      inverted ? speakers.subjectAfter(k + 1, focus) : speakers.subjectBefore(k, comma + 1, focus),
    );
    return make(first, comma, speaker, verb, 'reported-after');
  }

  /** "According to the ministry, CLAUSE." and "CLAUSE, according to the ministry." */
  function accordingTo(k: number, first: number, last: number, focus: Focus): ReportedSpeech | null {
    const speaker = asQuoted(first, k - 1, () => speakers.subjectAfter(k + 2, focus));
    if (k === first) {
      for (let c = k + 2; c < last; c++) {
        if (!outside(c)) return null;
        if (hasComma(c))
          return isClause(c + 1, last)
            ? make(c + 1, last, speaker, 'according to', 'reported-according')
            : null;
      }
      return null;
    }
    if (!hasComma(k - 1) || !isClause(first, k - 1)) return null;
    return make(first, k - 1, speaker, 'according to', 'reported-according');
  }

  /** "Peskov described the notion as absurd": what was said of something, from the object to the end. */
  function described(k: number, first: number, last: number, focus: Focus): ReportedSpeech | null {
    if (!EVALUATIVE_VERBS.has(lower(k)) || k === first || hasComma(k) || PASSIVE.has(lower(k - 1)))
      return null;
    let as = -1;
    for (let j = k + 2; j <= Math.min(last - 1, k + 8); j++) {
      if (!outside(j) || hasComma(j - 1)) break;
      if (lower(j) === 'as') {
        as = j;
        break;
      }
    }
    if (as < 0) return null;
    const speaker = speakers.subjectBefore(k, first, focus);
    return speaker ? make(k + 1, last, speaker, lower(k), 'reported-described') : null;
  }

  /**
   * "The mayor criticised the plan, warning that it would cost jobs": a reporting participle after a comma
   * reports what the subject of the sentence's reporting verb said.
   */
  function participle(k: number, first: number, last: number, focus: Focus): ReportedSpeech | null {
    if (!/ing$/.test(lower(k)) || !hasComma(k - 1) || lower(k + 1) !== 'that' || !isVerbAt(k)) return null;
    if (!outside(k + 1) || !isClause(k + 2, last)) return null;
    for (let j = first + 1; j < k; j++) {
      if (!outside(j) || !isVerbAt(j) || /ing$/.test(lower(j))) continue;
      const speaker = speakers.subjectBefore(j, first, focus);
      return speaker ? make(k + 2, last, speaker, lower(k), 'reported') : null;
    }
    return null;
  }

  /** "As reported by El País, the minister resigned." and "…, as reported by the agency." */
  function asReportedBy(first: number, last: number, focus: Focus): ReportedSpeech | null {
    for (let k = first; k < last - 2; k++) {
      if (lower(k) !== 'as' || !PASSIVE_SPEECH.has(lower(k + 1)) || lower(k + 2) !== 'by' || !outside(k))
        continue;
      let from = first;
      let to = k - 1;
      if (k === first) {
        let c = k + 3;
        while (c < last && !hasComma(c)) c++;
        [from, to] = [c + 1, last];
      } else if (!hasComma(k - 1)) return null;
      if (to >= last + 1 || !isClause(from, to)) return null;
      const speaker = asQuoted(from, to, () => speakers.subjectAfter(k + 3, focus));
      return make(from, to, speaker, 'reported', 'reported-according');
    }
    return null;
  }

  /** The reported speech of the sentence of tokens first..last, if any: at most one per sentence. */
  function findReported(first: number, last: number, focus: Focus): ReportedSpeech | null {
    const reportedBy = asReportedBy(first, last, focus);
    if (reportedBy) return reportedBy;
    // "Virus knows no borders, but hard times reveal the best in people, he stressed.": an attribution that
    // closes the sentence governs it, whatever verbs the words before it hold.
    for (let k = last; k > first && k >= last - 8; k--) {
      if (!outside(k) || !isVerbAt(k) || /ing$/.test(lower(k))) continue;
      const closing = postposed(k, first, last, focus);
      if (closing) return closing;
      break;
    }
    for (let k = first; k <= last; k++) {
      if (!outside(k)) continue;
      if (lower(k) === 'according' && lower(k + 1) === 'to' && outside(k + 1))
        return accordingTo(k, first, last, focus);
      const evaluation = described(k, first, last, focus);
      if (evaluation) return evaluation;
      const trailing = participle(k, first, last, focus);
      if (trailing) return trailing;
      if (!isVerbAt(k) || /ing$/.test(lower(k))) continue;
      const found = forward(k, first, last, focus) ?? postposed(k, first, last, focus);
      if (found) return found;
    }
    return null;
  }

  /** The whole sentence first..last as what `speaker` said (for "This was stated by X." after it). */
  const clause = (first: number, last: number, speaker: Speaker): ReportedSpeech | null =>
    isClause(first, last) ? make(first, last, speaker, 'stated', 'reported-passive') : null;

  return Object.assign(findReported, { clause });
}

/**
 * "This was stated in an interview by Foreign Minister X." / "This statement was made by X.": the speaker
 * a passive sentence gives to the statement before it, or null.
 */
export function passiveSource(
  ctx: DocContext,
  speakers: Speakers,
  first: number,
  last: number,
  focus: Focus,
): Speaker | null {
  const { tokens } = ctx;
  const w = (i: number) => tokens[i]?.lower ?? '';
  let k = first;
  if (!['this', 'that', 'it'].includes(w(k))) return null;
  k++;
  if (['statement', 'announcement', 'remark'].includes(w(k))) k++;
  if (!['was', 'has', 'is'].includes(w(k))) return null;
  k += w(k + 1) === 'been' ? 2 : 1;
  if (!PASSIVE_SPEECH.has(w(k))) return null;
  for (let j = k + 1; j < last; j++) {
    if (w(j) !== 'by' || ctx.quoteOf[j] !== -1) continue;
    // "by the Minister of Foreign Affairs of India Subramanyam Jaishankar": the name ends the phrase.
    for (let n = j + 1; n <= Math.min(last, j + 12); n++) {
      const s = speakers.fromMention(n);
      if (s && (s.kind === 'person' || s.source === 'media')) return s;
      if (/[,.;]/.test(tokens[n]?.post ?? '')) break;
    }
    return speakers.subjectAfter(j + 1, focus);
  }
  return null;
}
