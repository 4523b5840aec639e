// The cues that tie a quote to its speaker inside its own sentence: a reporting verb after the quote
// ('"…," X said', '"…" – said X'), before it ('X said: "…"'), "according to", a speech noun ("in the
// words of X"), a colon.
import { DOCUMENT_NOUNS, REPORTED_SPEECH_VERBS, SPEECH_NOUNS, TITLES } from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { How } from './confidence.ts';
import type { DocContext } from './context.ts';
import { tokenAt } from './context.ts';
import type { Focus, Speaker, Speakers } from './speakers.ts';
import { NP_BREAKS } from './heads.ts';

/** Tags of a finite verb: the verb of the clause before a colon or a dash. */
const FINITE = ['PastTense', 'PresentTense', 'Copula'];

export type Cued = { speaker: Speaker; cue: string | null; how: How };
/** A reporting verb whose subject names nobody ("the mother of three told AP"): someone spoke, unknown who. */
export const UNRESOLVED = Symbol('unresolved');
export type CueResult = Cued | typeof UNRESOLVED | null;

const CITING = new Set(['citing', 'quoting']);
/** "was hailed by X as": verbs of judging whose agent, after "by", gives the judgment's words. */
const PASSIVE_JUDGING = new Set(
  'hailed praised lauded welcomed criticized criticised condemned denounced dismissed attacked'.split(' '),
);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/** "That was the verdict of X": nouns for a judgment someone gave, beside the speech nouns. */
const VERDICT_NOUNS = new Set(['verdict', 'reaction', 'assessment', 'advice', 'word', 'conclusion']);
/** Words that end a source line's opening phrase: "Radio Ostend, in English", "Text of the statement". */
const PHRASE_BREAKS = new Set(['in', 'to', 'of', 'from', 'on', 'at', 'for', 'with', 'by']);
/** "Text of the statement:": nouns for the words of a document or speech that follow. */
const TRANSCRIPT_NOUNS = new Set(['text', 'excerpt', 'excerpts', 'extract', 'extracts', 'transcript']);
/** Pieces of a paper or a broadcast whose source a line names ("an article in the Daily Clarion:"). */
const ARTICLE_NOUNS = new Set([
  'article',
  'story',
  'item',
  'dispatch',
  'editorial',
  'column',
  'report',
  'bulletin',
]);
/** Broadcasters named by their place or owner in a monitoring report ("Ostend radio", "State television"). */
const BROADCAST_NOUNS = new Set(['radio', 'television', 'broadcast', 'tv']);
/** How far before a short quote (three words or fewer) its reporting verb may stand. */
const SHORT_QUOTE_REACH = 8;
/**
 * "accused the port authority of showing a "…"", "praised the crews for their "…"": verbs of charging and
 * judging whose object comes first; the words judged follow "of" or "for", further from the verb.
 */
const CHARGING = new Set(
  'accused accuses accusing charged charges blamed blames criticized criticizes criticised criticises praised praises faulted faults condemned condemns'.split(
    ' ',
  ),
);
const CHARGE_REACH = 14;
/** Lower-case particles that open a surname ("van der Berg", "de Souza"). */
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'du',
  'le',
  'la',
  'ter',
  'ten',
]);
/** Verbs of judging whose verdict on their object follows "as" or "for" ("dismissed the plan as "…""). */
const JUDGING = new Set(
  [
    'chide',
    'scold',
    'rebuke',
    'reproach',
    'berate',
    'castigate',
    'upbraid',
    'dismiss',
    'consider',
    'brand',
    'label',
    'denounce',
    'condemn',
    'deride',
    'fault',
    'blast',
  ]
    .flatMap((v) => [`${v}s`, `${v}es`, `${v}d`, `${v}ed`])
    .concat('labelled'),
);
const JUDGE_REACH = 16;

export function createCues(
  ctx: DocContext,
  speakers: Speakers,
  isVerbAt: (i: number) => boolean,
  focusNow: () => Focus,
) {
  const { tokens, spans, text, quoteOf } = ctx;
  const outside = (i: number) => quoteOf[i] === -1;
  // "a remark by Hughes", "in the words of Coach Benington"
  const nounSource = (k: number) => ['by', 'of'].includes(tokens[k + 1]?.lower ?? '');

  /**
   * "Kommersant reported, citing high-level sources, that …": the sources a report cites speak, not the
   * report. Only a source counts (a person, an unnamed source, an outlet), not "citing the ban".
   */
  function cited(verb: number): Speaker | null {
    for (let j = verb + 1; j <= verb + 5 && j < tokens.length; j++) {
      const t = tokens[j];
      if (!t || !outside(j) || t.sentence !== tokens[verb]?.sentence) return null;
      if (!CITING.has(t.lower)) continue;
      if (!/,\s*$/.test(tokens[j - 1]?.post ?? '')) return null;
      const s = speakers.subjectAfter(j + 1, focusNow());
      if (s && (s.kind === 'person' || s.source === 'unnamed' || s.source === 'media'))
        return { ...s, via: 'cited' };
      return null;
    }
    return null;
  }

  // "said …", "charged that …": a verb whose object is what was said, so a quote far into it is still said.
  const takesClause = (k: number) =>
    REPORTED_SPEECH_VERBS.has(tokens[k]?.lower ?? '') ||
    [1, 2, 3].some((d) => tokens[k + d]?.lower === 'that' && outside(k + d));

  // "called out the board for being "…"": the phrasal verb charges as "accused" does.
  const calledOut = (verb: number) =>
    /^call(?:s|ed|ing)?$/.test(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'out';
  // The quote is what a verb of charging charges or judges: after its "of" or "for", in its clause.
  const charge = (verb: number, open: number) =>
    (CHARGING.has(tokens[verb]?.lower ?? '') || calledOut(verb)) &&
    open - verb <= CHARGE_REACH &&
    tokens.slice(verb + 2, open).some((t) => t.lower === 'of' || t.lower === 'for') &&
    tokens.slice(verb, open - 1).every((t) => !/[,;:]/.test(t.post));

  const fromVerb = (verb: number, s: Speaker | null, how: How): CueResult =>
    s ? { speaker: cited(verb) ?? s, cue: tokens[verb]?.lower ?? null, how } : UNRESOLVED;

  function afterCue(q: number, closeEnd: number): CueResult {
    const focus = focusNow();
    const span = spans[q];
    if (!span || span.close === null) return null;
    const quoted = text.slice(span.start, span.end).trimEnd();
    const tail = text.slice(closeEnd, closeEnd + 3);
    // Without a comma or question mark the quote may be part of the sentence ("a "wrongful act" for Wexler"):
    // then only a short subject and verb right after it count ("... at my best" he said). A dash after the
    // closing mark ('"…" – said Di Maio') attributes as a comma does.
    const endsOpen = /[,?!—–-]$/.test(quoted) || /^[,?!—–]|^\s+[—–-]\s/.test(tail);
    const first = tokenAt(tokens, closeEnd);
    const crossing = /[?!]$/.test(quoted) || /^[?!]/.test(tail) || /^\s+[—–-]\s/.test(tail);
    const t0 = tokens[first];
    if (!t0 || t0.paragraph !== span.paragraph || !outside(first)) return null;
    const lastInside = tokens[first - 1];
    if (!crossing && lastInside && lastInside.sentence !== t0.sentence) return null;
    if (isVerbAt(first) && endsOpen) return fromVerb(first, speakers.subjectAfter(first + 1, focus), 'after');
    // '"No comment," was the reply of Sheriff Gaile': a speech noun and its source after the quote.
    const noun = first + 2;
    if (
      endsOpen &&
      (t0.lower === 'was' || t0.lower === 'came') &&
      tokens[first + 1]?.lower === 'the' &&
      SPEECH_NOUNS.has(tokens[noun]?.lower ?? '') &&
      nounSource(noun)
    ) {
      const s = speakers.subjectAfter(noun + 2, focus);
      if (s) return { speaker: s, cue: tokens[noun]?.lower ?? null, how: 'noun' };
    }
    if (t0.lower === 'according' && tokens[first + 1]?.lower === 'to' && endsOpen) {
      const s = speakers.subjectAfter(first + 2, focus);
      return s ? { speaker: s, cue: 'according to', how: 'according' } : null;
    }
    // "...", Beryl W. Sprinkel, economist of Harris Trust, Chicago, predicted ...
    const named = speakers.fromMention(first);
    const mention = ctx.mentionOf[first];
    if (endsOpen && named?.kind === 'person' && mention && /^,/.test(tokens[mention.last]?.post ?? '')) {
      for (let k = mention.last + 1; k < Math.min(tokens.length, mention.last + 25); k++) {
        if (!outside(k) || tokens[k]?.sentence !== t0.sentence) break;
        if (isVerbAt(k) && /,\s*$/.test(tokens[k - 1]?.post ?? ''))
          return { speaker: named, cue: tokens[k]?.lower ?? null, how: 'after-name' };
      }
    }
    // '"… the start" van der Berg admitted': lower-case particles the name rules leave out of the name.
    let p = first;
    while (p < first + 3 && NAME_PARTICLES.has(tokens[p]?.text ?? '') && tokens[p]?.post === ' ') p++;
    const particleName = p > first && ctx.mentionOf[p]?.first === p ? speakers.fromMention(p) : null;
    const pronounFirst =
      ['he', 'she', 'they', 'it'].includes(t0.lower) || named !== null || particleName?.kind === 'person';
    // '"… the start" Anna van der Berg admitted': with no comma, the verb right after a name of any length.
    const subjectEnd =
      named && mention?.first === first
        ? mention.last
        : particleName?.kind === 'person'
          ? ctx.mentionOf[p]!.last
          : first;
    // '"…," representative of the government in the Verkhovna Rada Taras Melnychuk wrote': a long subject.
    const reach = endsOpen ? 14 : Math.max(3, subjectEnd - first + 2);
    for (let k = first + 1; k < Math.min(tokens.length, first + reach); k++) {
      const t = tokens[k];
      const prevT = tokens[k - 1];
      if (!t || !prevT || !outside(k) || t.sentence !== t0.sentence) return null;
      // '"…," the mayor, Paolo Neri, said': an appositive may stand between the subject and its verb.
      if (!/^[.-]?\s*$/.test(prevT.post) && !(endsOpen && /^,\s*$/.test(prevT.post))) return null;
      if (isVerbAt(k) && (endsOpen || /^[.,;]/.test(t.post) || (pronounFirst && k === subjectEnd + 1)))
        return fromVerb(k, speakers.subjectBefore(k, first, focus), endsOpen ? 'after' : 'after-late');
    }
    return null;
  }

  /**
   * The last token of a person's name right after the verb at `k`, past a title and an owner that places
   * them ("says Harbour Town's Dr. Ana Lind"); -1 when no person is named there.
   */
  function personAfter(k: number): number {
    let j = k + 1;
    const owner = ctx.mentionOf[j];
    if (
      owner &&
      owner.first === j &&
      tokens[owner.last]?.possessive &&
      speakers.fromMention(j)?.kind !== 'person'
    )
      j = owner.last + 1;
    if (TITLES.has(tokens[j]?.lower ?? '')) j++;
    const m = ctx.mentionOf[j];
    return m && m.first === j && speakers.fromMention(j)?.kind === 'person' ? m.last : -1;
  }

  function beforeCue(from: number, open: number, short: boolean): CueResult {
    const focus = focusNow();
    let nounCue = -1;
    for (let k = open - 1; k >= from; k--) {
      const t = tokens[k];
      if (!t || !outside(k)) continue;
      // "The plan was hailed by the union leader, Ana Ruiz, as having saved "…"": the agent of a passive verb of
      // judging, when "as" brings in the words judged.
      if (
        t.lower === 'by' &&
        PASSIVE_JUDGING.has(tokens[k - 1]?.lower ?? '') &&
        BE.has(tokens[k - 2]?.lower ?? '') &&
        tokens.slice(k + 1, open).some((u) => u.lower === 'as')
      ) {
        const s = speakers.subjectAfter(k + 1, focus);
        if (s) return { speaker: s, cue: tokens[k - 1]?.lower ?? null, how: 'before' };
      }
      if (t.lower === 'to' && tokens[k - 1]?.lower === 'according') {
        const s = speakers.subjectAfter(k + 1, focus);
        if (s) return { speaker: s, cue: 'according to', how: 'according' };
      }
      if (isVerbAt(k)) {
        // "proposed a law reducing the time spent learning "educational methods"": a short quote far from
        // the verb is a term of the sentence, not what was said.
        if (short && open - k > SHORT_QUOTE_REACH && !takesClause(k) && !charge(k, open)) return null;
        // "Said he: ..." puts the subject after its verb.
        // ", says Mr. Tanaka, because …": an attribution set off by commas names its subject after the verb.
        const afterComma = /,\s*$/.test(tokens[k - 1]?.post ?? '') && personAfter(k) >= 0;
        // "The upshot, says Dr. Hale: "…"": a name between the verb and a colon is the verb's subject.
        const nameThenColon = /^:/.test(tokens[personAfter(k)]?.post.trim() ?? '');
        const inverted =
          k === from ||
          !outside(k - 1) ||
          afterComma ||
          nameThenColon ||
          /[:;(]|--|[—–-]\s*$/.test(tokens[k - 1]?.post ?? '');
        // "Writing to his cousin Ed Marsh -- "dear old Ed"": a participle opening the sentence, then a
        // preposition, is no inverted verb; the one written to is not the writer.
        if (k === from && /ing$/.test(t.lower) && NP_BREAKS.has(tokens[k + 1]?.lower ?? '')) continue;
        const s = inverted ? speakers.subjectAfter(k + 1, focus) : speakers.subjectBefore(k, from, focus);
        return fromVerb(k, s, 'before');
      }
      // "a remark by X that ...", "with a pledge "...": a speech noun counts when it names its source or
      // introduces the quote directly, and only if no reporting verb governs the quote.
      // "in Senator Gore's words, it was "not a very encouraging" situation": a possessive owner names it too.
      const owner = tokens[k - 1];
      // "Secretary Holt's claim that the high estate of farming is the "…"": a "that" clause carries the claim
      // further.
      const reach = tokens[k + 1]?.lower === 'that' ? 25 : 10;
      const owned =
        (owner?.possessive === true || owner?.lower === 'his' || owner?.lower === 'her') && open - k <= reach;
      if (nounCue === -1 && SPEECH_NOUNS.has(t.lower) && (nounSource(k) || open - k <= 2 || owned))
        nounCue = k;
    }
    // "Mrs. Geraghty "will beat the bushes"": a name followed by the quoted predicate it says.
    const last = tokens[open - 1];
    const subject =
      last && open - 1 >= from && last.post.trim() === '' ? speakers.fromMention(open - 1) : null;
    if (subject?.kind === 'person' && /^\p{Ll}/u.test(tokens[open]?.text ?? ''))
      return { speaker: subject, cue: null, how: 'subject' };
    if (nounCue >= 0) {
      const by = nounSource(nounCue);
      const s = by ? speakers.subjectAfter(nounCue + 2, focus) : speakers.nounOwner(nounCue, from, focus);
      if (s) return { speaker: s, cue: tokens[nounCue]?.lower ?? null, how: 'noun' };
    }
    const colonBefore = /:\s*["“«„‘']?\s*$/.test(
      text.slice(tokens[open - 1]?.start ?? 0, tokens[open]?.start ?? 0),
    );
    if (open > from && colonBefore) {
      // "Conte: "…"": the name before the colon, even one the entity rules did not know.
      const line = sourceLine(from, open);
      if (line === UNRESOLVED) return UNRESOLVED;
      const s =
        speakers.nearestNamed(open, focus) ??
        line ??
        articleSource(from, open) ??
        speakers.nameBefore(from, open - 1);
      if (s) return { speaker: s, cue: 'colon', how: 'colon' };
    }
    const dashBefore = /(?:--|[—–])\s*["“«„‘']?\s*$/.test(
      text.slice(tokens[open - 1]?.start ?? 0, tokens[open]?.start ?? 0),
    );
    if (open > from && (colonBefore || dashBefore)) {
      const s = clauseSubject(from, open);
      if (s) return { speaker: s, cue: colonBefore ? 'colon' : 'dash', how: 'colon' };
    }
    return null;
  }

  /**
   * A source line with no verb before a colon gives the quote to the source it opens with: "Radio Ostend, in
   * English to Europe:", "Ostend radio, heard abroad:", "Text of the statement:" (the statement's author),
   * a transcript label "A:" (the person being asked) or "Q:" (someone asking: no one named). Null when the
   * line has a finite verb (the verb cues the quote) or opens with no source.
   */
  function sourceLine(from: number, open: number): Speaker | null | typeof UNRESOLVED {
    const focus = focusNow();
    for (let k = from; k < open; k++) {
      const t = tokens[k]!;
      if (!outside(k)) return null;
      if (!t.capitalized && FINITE.some((tag) => lexiconTags(t.lower).includes(tag))) return null;
    }
    let first = from;
    while (first + 1 < open && ['the', 'a', 'an'].includes(tokens[first]?.lower ?? '')) first++;
    // The source's phrase: up to a comma, the colon or a preposition; an aside in parentheses is passed over
    // ("East Ruritania (state) radio").
    let h = first;
    const goesOn = (k: number) =>
      /^\s*$/.test(tokens[k]!.post) || (tokens[k]!.aside && /^\)\s*$/.test(tokens[k]!.post));
    while (h + 1 < open && goesOn(h) && !PHRASE_BREAKS.has(tokens[h + 1]!.lower)) h++;
    const phrase = (to: number) =>
      tokens
        .slice(first, to + 1)
        .filter((t) => !t.aside)
        .map((t) => t.text)
        .join(' ');
    const head = tokens[h];
    if (!head) return null;
    if (h === first && open - from === 1 && /^(q|question)$/i.test(head.text)) return UNRESOLVED;
    if (h === first && open - from === 1 && /^(a|answer)$/i.test(head.text))
      return focus.people[0]?.speaker ?? UNRESOLVED;
    // "Text of the statement:", "Excerpts from his speech:": the document's author speaks.
    if (TRANSCRIPT_NOUNS.has(head.lower) && ['of', 'from'].includes(tokens[h + 1]?.lower ?? '')) {
      let d = h + 2;
      while (d + 1 < open && /^\s*$/.test(tokens[d]!.post) && !PHRASE_BREAKS.has(tokens[d + 1]!.lower)) d++;
      const owner = tokens[d - 1];
      if (owner?.lower === 'his' || owner?.lower === 'her') return speakers.pronoun(d - 1, 'person', focus);
      if (SPEECH_NOUNS.has(tokens[d]?.lower ?? '') || DOCUMENT_NOUNS.has(tokens[d]?.lower ?? ''))
        return speakers.headSpeaker(d, focus);
      return null;
    }
    for (let k = first; k <= h; k++) {
      const m = ctx.mentionOf[k];
      const type = m ? ctx.entities[m.entity]?.type : undefined;
      if (m && type !== 'place' && m.last <= h) return speakers.fromMention(k);
    }
    // "Ostend radio", "State television": a broadcaster named by its place or owner.
    if (BROADCAST_NOUNS.has(head.lower) && h > first)
      return { name: phrase(h), kind: 'group', via: 'media', source: 'media' };
    // "Lisbon Trombeta article in Portuguese:": the paper's name, in capitals before a word for a piece of it.
    const named = tokens.slice(first, h).every((t) => t.aside || t.capitalized);
    if (ARTICLE_NOUNS.has(head.lower) && h > first && named && !head.capitalized)
      return { name: phrase(h - 1), kind: 'group', via: 'media', source: 'media' };
    return null;
  }

  /**
   * "I found a short article in the Daily Clarion:", "Here is an item from Tass:": a line that shows a piece
   * of a paper, with no reporting verb, gives the quoted piece to the named paper or agency it is from.
   */
  function articleSource(from: number, open: number): Speaker | null {
    for (let k = from; k < open; k++) if (!outside(k) || isVerbAt(k)) return null;
    for (let k = from; k < open - 2; k++) {
      if (!ARTICLE_NOUNS.has(tokens[k]!.lower) || !['in', 'from', 'by'].includes(tokens[k + 1]!.lower))
        continue;
      let j = k + 2;
      while (['the', 'a', 'an'].includes(tokens[j]?.lower ?? '') && j < open - 1) j++;
      const m = ctx.mentionOf[j];
      const type = m ? ctx.entities[m.entity]?.type : undefined;
      if (m && type !== 'place' && type !== 'person' && m.last < open) return speakers.fromMention(j);
      return null;
    }
    return null;
  }

  /**
   * "The mayor was blunt: "…"", "The union's answer came within the hour -- "…"": a clause that ends in a
   * colon or a dash hands the quote to its subject, when that subject is a person or a body (not "The plan
   * was simple:"). The subject is the one of the clause's first finite verb, a few words before the mark.
   */
  function clauseSubject(from: number, open: number): Speaker | null {
    for (let k = from + 1; k < open && k <= from + 8; k++) {
      if (!outside(k)) return null;
      const t = tokens[k]!;
      if (t.capitalized || !FINITE.some((tag) => lexiconTags(t.lower).includes(tag))) continue;
      if (open - k > 8) return null;
      const s = speakers.subjectBefore(k, from, focusNow());
      // "The plan was simple:" – a document whose author is unknown speaks for no one here.
      const thing = s && s.kind === 'group' && DOCUMENT_NOUNS.has(s.name.toLowerCase());
      return s && !thing && s.via !== 'nearest' && s.via !== 'guess' ? s : null;
    }
    return null;
  }

  /**
   * 'China's help was "of essential importance" in the fight, said President X on Friday': a quote inside a
   * clause whose attribution closes the sentence after a comma.
   */
  function closingCue(closeEnd: number): CueResult {
    const focus = focusNow();
    const first = tokenAt(tokens, closeEnd);
    const sentence = tokens[first]?.sentence;
    for (let c = first; c < tokens.length && tokens[c]?.sentence === sentence; c++) {
      if (!outside(c) && c > first) return null;
      if (!/,\s*$/.test(tokens[c]?.post ?? '')) continue;
      for (let k = c + 1; k <= c + 8 && tokens[k]?.sentence === sentence; k++) {
        if (!outside(k)) return null;
        if (!isVerbAt(k) || !REPORTED_SPEECH_VERBS.has(tokens[k]?.lower ?? '')) continue;
        const s = k === c + 1 ? speakers.subjectAfter(k + 1, focus) : speakers.subjectBefore(k, c + 1, focus);
        // Only an attribution ends the sentence: after its verb come a subject and when or where, no clause.
        let end = k + 1;
        while (tokens[end]?.sentence === sentence && !/[,;]/.test(tokens[end - 1]?.post ?? '')) end++;
        if (tokens[end]?.sentence === sentence) return null;
        return s ? { speaker: s, cue: tokens[k]?.lower ?? null, how: 'after-late' } : null;
      }
    }
    return null;
  }

  /**
   * '"The plan is dead." That was the verdict of Mayor Ivo Marin.', '"We will not pay." So said Anna Berg.':
   * a quote that ends its sentence, whose speaker the next sentence of the paragraph names.
   */
  function nextSentenceCue(q: number, closeEnd: number): CueResult {
    const span = spans[q];
    const first = tokenAt(tokens, closeEnd);
    const t0 = tokens[first];
    // The quote closes a sentence: a stop inside its closing mark and a capital after it.
    if (!span || !t0 || t0.paragraph !== span.paragraph || !outside(first) || !t0.capitalized) return null;
    if (!/[.!?]$/.test(text.slice(span.start, span.end).trimEnd())) return null;
    const w = (k: number) => tokens[first + k]?.lower ?? '';
    const focus = focusNow();
    // "So replies the minister, …", "Thus writes Anna Berg": any reporting verb the lexicon knows.
    if ((w(0) === 'so' || w(0) === 'thus') && isVerbAt(first + 1)) {
      const s = speakers.subjectAfter(first + 2, focus);
      return s ? { speaker: s, cue: w(1), how: 'after-late' } : null;
    }
    const noun = first + 3;
    if (
      ['that', 'this', 'such'].includes(w(0)) &&
      ['was', 'is'].includes(w(1)) &&
      w(2) === 'the' &&
      (SPEECH_NOUNS.has(w(3)) || VERDICT_NOUNS.has(w(3))) &&
      ['of', 'from'].includes(w(4))
    ) {
      const s = speakers.subjectAfter(noun + 2, focus);
      return s ? { speaker: s, cue: tokens[noun]?.lower ?? null, how: 'noun' } : null;
    }
    return null;
  }

  /**
   * 'The mayor flatly dismissed the plan as a "fool's errand"', 'she chided the council for its "slow
   * reply"': a quote that is the verdict a verb of judging gives on its object, after "as" or "for", is the
   * judge's words. The judge is the verb's subject: a person or a named body, never a guess.
   */
  function judgedCue(from: number, open: number): Cued | null {
    // 'branded the plan as a "fable"': a single word stays a label.
    const q = quoteOf[open];
    const quoted = q === undefined || q < 0 ? '' : text.slice(spans[q]!.start, spans[q]!.end);
    if (quoted.trim().split(/\s+/).length < 2) return null;
    // "as" or "for", then at most three words, right before the quote.
    let link = -1;
    for (let k = open - 1; k >= Math.max(from, open - 4); k--) {
      if (!outside(k) || /[,;:]/.test(tokens[k]!.post)) return null;
      if (tokens[k]!.lower === 'as' || tokens[k]!.lower === 'for') {
        link = k;
        break;
      }
    }
    if (link < 0) return null;
    for (let k = link - 1; k >= Math.max(from, link - JUDGE_REACH); k--) {
      const t = tokens[k]!;
      if (!outside(k) || (/[;:]/.test(t.post) && !t.aside) || (/,/.test(t.post) && !t.aside)) return null;
      if (!JUDGING.has(t.lower)) continue;
      // "was dismissed as": a passive names no judge here.
      if (BE.has(tokens[k - 1]?.lower ?? '')) return null;
      const s = speakers.subjectBefore(k, from, focusNow());
      if (!s || s.via === 'nearest' || s.via === 'guess' || s.source === 'unnamed') return null;
      if (s.kind === 'group' && s.via !== 'name') return null;
      return { speaker: s, cue: t.lower, how: 'before' };
    }
    return null;
  }

  /**
   * 'Calling the vote a "dark day" for the town, Ana Lind left the hall': a reporting participle opening the
   * sentence, with the quote in its phrase, says what the main clause's subject said, the person named
   * right after the phrase's comma.
   */
  function openingParticiple(from: number, open: number, closeEnd: number): Cued | null {
    const verb = tokens[from];
    if (!verb || !verb.capitalized || !/ing$/.test(verb.lower) || !isVerbAt(from)) return null;
    if (ctx.sentenceFirst.get(verb.sentence) !== from) return null;
    for (let k = from; k < open - 1; k++) if (!outside(k) || /[,;:]/.test(tokens[k]!.post)) return null;
    for (let k = tokenAt(tokens, closeEnd), n = 0; n < 8 && tokens[k]?.sentence === verb.sentence; k++, n++) {
      if (!outside(k)) return null;
      if (!/^,\s*$/.test(tokens[k]!.post)) continue;
      const subject = k + 1;
      const m = ctx.mentionOf[subject];
      const s = m?.first === subject ? speakers.fromMention(subject) : null;
      const after = tokens[(m?.last ?? subject) + 1];
      if (s?.kind !== 'person' || !after || !/^\p{Ll}/u.test(after.text)) return null;
      return { speaker: s, cue: verb.lower, how: 'before' };
    }
    return null;
  }

  /**
   * 'Despite her dislike of crowds ("exhausting"), Ana Lind still tours': a quote that fills a parenthesis by
   * itself, with no cue, is an aside in the words of the person the sentence is about, its main clause's
   * subject: named right after the parenthesis (past a few words describing them) and followed by a verb.
   * Not a title: a quote in Title Case stays a name.
   */
  function asideCue(q: number, closeEnd: number): Cued | null {
    const span = spans[q];
    if (!span || span.close === null) return null;
    if (!/\(\s*$/.test(text.slice(Math.max(0, span.open - 2), span.open))) return null;
    if (!/^\s*\)/.test(text.slice(closeEnd, closeEnd + 2))) return null;
    const words = text
      .slice(span.start, span.end)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w));
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length === 0 || (words.length > 1 && capitals * 2 > words.length)) return null;
    const first = tokenAt(tokens, closeEnd);
    const sentence = tokens[first]?.sentence;
    for (let k = first; k < first + 6 && tokens[k]?.sentence === sentence; k++) {
      if (!outside(k)) return null;
      const t = tokens[k]!;
      const m = ctx.mentionOf[k];
      if (m && m.first === k) {
        const s = speakers.fromMention(k);
        const verb = tokens[m.last + 1];
        if (!verb || verb.sentence !== sentence || !/^\p{Ll}/u.test(verb.text)) return null;
        const finite = [...FINITE, 'Verb', 'Modal'].some((tag) => lexiconTags(verb.lower).includes(tag));
        return s?.kind === 'person' && finite ? { speaker: s, cue: null, how: 'aside' } : null;
      }
      // Only words describing the subject before it: "tall, grey-bearded", a title.
      if (isVerbAt(k) || (!TITLES.has(t.lower) && (t.capitalized || !/^[\p{Ll}-]+$/u.test(t.text))))
        return null;
    }
    return null;
  }

  return { afterCue, beforeCue, closingCue, nextSentenceCue, judgedCue, openingParticiple, asideCue };
}
