// Article-level frame decisions (issue 9): a frame is present when sentences treat the issue in its terms,
// not when one word of its list appears. Cue hits are grouped into evidence sentences; a sentence counts
// when its cues weigh at least one full cue (a weak "?" cue weighs half, so a weak word needs company);
// the article's evidence is weighed by place (headline and lead most, as the Media Frames Corpus codes),
// and a frame is present when that weight reaches `present`; the primary frame is the one the headline
// and lead carry most, the whole article deciding between close ones. Thresholds are calibrated on the
// dev gold's tune documents by `npm run eval`, which prints the sweep (paragraph F1 per sentence and
// nearby threshold, article F1 per present threshold, the seed's primary per headline-and-lead weight);
// the check half and the README's own-dev figures are read after, never tuned on.
import { cueBody, isWeakCue } from './compile.ts';
import { detectFrames } from './detect.ts';
import { isSubheading, type SentenceMatcher } from './patterns.ts';
import { placeSentences } from './places.ts';
import { splitSentences } from './sentences.ts';
import type {
  Codebook,
  EvidenceCue,
  FrameDecision,
  FrameEvidence,
  FrameHit,
  FrameResult,
  QuoteSpan,
  SentencePlace,
  SentenceSpan,
} from './types.ts';

export type DecisionThresholds = {
  /** Weight of cues a sentence needs to be evidence (a full cue 1, a weak cue ½). */
  sentence: number;
  /** Place-weighted evidence an article needs for the frame to be present. */
  present: number;
  /**
   * A sentence with only weak cues still counts within this many sentences of a full piece of evidence
   * for the frame: a story told in legal terms goes on in them ("the jury said"). 0 turns this off.
   */
  nearby: number;
  /** How many times the headline and lead's share of the evidence counts beside the whole article's when the primary frame is chosen. */
  top: number;
};

export const THRESHOLDS: DecisionThresholds = { sentence: 1, present: 1, nearby: 1, top: 2 };

export const PLACE_WEIGHT: Record<SentencePlace, number> = { headline: 2, lead: 1.5, body: 1 };

export type DecideOptions = {
  /** Sentence spans, if the caller already split the text. */
  sentences?: readonly SentenceSpan[];
  /** Quotations and reported speech with their speakers: evidence inside one is the speaker's frame. */
  quotes?: readonly QuoteSpan[];
  thresholds?: DecisionThresholds;
  /** `sentenceMatcher(text)` shared with other detections of the same text, so each window is tagged once. */
  matcher?: SentenceMatcher;
};

/** One decision per frame of the codebook, in codebook order. */
export function decideFrames(text: string, codebook: Codebook, options: DecideOptions = {}): FrameDecision[] {
  const thresholds = options.thresholds ?? THRESHOLDS;
  const spans = [...(options.sentences ?? splitSentences(text))].sort((a, b) => a.start - b.start);
  const places = placeSentences(text, spans);
  const found = new Map(
    withoutNamedWords(detectFrames(text, codebook, spans, options.matcher)).map((result) => [
      result.frame,
      result,
    ]),
  );
  const quotes = [...(options.quotes ?? [])].sort((a, b) => a.start - b.start);
  // Outside the headline, a subheading ("Danger of invasion.") is never evidence: it is not a full sentence.
  const subheads = new Map<number, boolean>();
  const subheading = (index: number) => {
    const span = spans[index];
    if (!span || places[index] === 'headline') return false;
    let known = subheads.get(index);
    if (known === undefined) subheads.set(index, (known = isSubheading(text.slice(span.start, span.end))));
    return known;
  };

  const weighed = codebook.frames.map((frame) => {
    const evidence = evidenceSentences(
      found.get(frame.id)?.hits ?? [],
      spans,
      places,
      quotes,
      thresholds,
      subheading,
    );
    let asserted = 0;
    let denied = 0;
    for (const item of evidence) {
      const weight = weightOf(item);
      if (item.denied) denied += weight;
      else asserted += weight;
    }
    return { frame, evidence, asserted, denied, present: asserted + denied >= thresholds.present };
  });

  const total = weighed.reduce((sum, w) => sum + (w.present ? w.asserted + w.denied : 0), 0);
  const primary = primaryOf(weighed, thresholds.top, spans.length);
  return weighed.map((w, i) => ({
    frame: w.frame.id,
    name: w.frame.name,
    present: w.present,
    primary: i === primary,
    denied: w.present && w.denied > w.asserted,
    salience: w.present && total > 0 ? Math.round((1000 * (w.asserted + w.denied)) / total) / 1000 : 0,
    evidence: w.present ? w.evidence : [],
  }));
}

/**
 * Full cues that are phrases of two words or more ("foreign policy", "law enforcement", "fallout shelter")
 * name one thing, so the frame they belong to is the sentence's: a word of another frame inside one
 * ("policy", "law", "fallout") is part of that name, not the other frame's terms. Within one frame the
 * detector keeps the longest hit anyway. The detector itself keeps every cue's hits (the cue preview
 * counts them so); only the decision reads a name as one.
 */
function withoutNamedWords(results: readonly FrameResult[]): FrameResult[] {
  const names = results.flatMap(({ frame, hits }) =>
    hits.filter(({ cue }) => !isWeakCue(cue) && /^[^~@]\S*\s+\S/.test(cue)).map((hit) => ({ frame, hit })),
  );
  if (names.length === 0) return [...results];
  const inside = (hit: FrameHit, name: FrameHit) =>
    name.start <= hit.start && hit.end <= name.end && hit.end - hit.start < name.end - name.start;
  return results.map((result) => ({
    ...result,
    hits: result.hits.filter((hit) => !names.some((n) => n.frame !== result.frame && inside(hit, n.hit))),
  }));
}

const weightOf = (item: FrameEvidence) => item.strength * PLACE_WEIGHT[item.place];

type Weighed = { evidence: FrameEvidence[]; asserted: number; denied: number; present: boolean };

/**
 * The frame that best sums up the article: its share of the asserted evidence sentences in the headline
 * and lead, counted `top` times (THRESHOLDS), plus its share in the whole article, each sentence weighed by its
 * place. The top of a news story states what it is about, so a frame the headline and lead carry beats one
 * that merely fills more of the body (a story about one country's aid to another stays about that, however
 * many paragraphs describe the hospitals). A sentence counts once however many cue words it stacks: the
 * story's topic named three ways ("virus", "outbreak", "patients") does not outvote a sentence that frames
 * it; and a cue that names the topic in sentence after sentence (topicalCues) counts for nothing here, so
 * a headline that mentions the epidemic in passing is read for what else it says. Presence and salience
 * still count every cue. -1 when no frame is asserted.
 */
function primaryOf(weighed: readonly Weighed[], topWeight: number, sentences: number): number {
  const candidates = weighed.map((w) => w.present && w.asserted > w.denied);
  const topical = topicalCues(weighed, sentences);
  const framing = (e: FrameEvidence) =>
    Math.min(1, cueWeight(e.cues.filter((c) => !topical.has(c.cue)))) * PLACE_WEIGHT[e.place];
  const share = (inPlace: (item: FrameEvidence) => boolean) => {
    const weights = weighed.map((w) =>
      w.evidence.filter((e) => !e.denied && inPlace(e)).reduce((sum, e) => sum + framing(e), 0),
    );
    const total = weights.reduce((sum, v, i) => sum + (candidates[i] ? v : 0), 0);
    return weights.map((v) => (total > 0 ? v / total : 0));
  };
  const top = share((e) => e.place !== 'body');
  const all = share(() => true);
  let primary = -1;
  let best = -1;
  candidates.forEach((candidate, i) => {
    const score = topWeight * (top[i] ?? 0) + (all[i] ?? 0);
    if (candidate && score > best) {
      best = score;
      primary = i;
    }
  });
  return primary;
}

/**
 * Cue words that name the story's topic rather than frame it: a plain cue found in at least a third of the
 * article's sentences (and in three at least). A story that happens during an epidemic names the disease
 * in sentence after sentence ("coronavirus", "COVID"), whatever it is about: the sentences that tell what
 * it is about are the ones with other cues. Patterns and built-in cues (`@two-nations`) say how things
 * relate, not what the story is on, so they never count as topic.
 */
function topicalCues(weighed: readonly Weighed[], sentences: number): Set<string> {
  const where = new Map<string, Set<number>>();
  for (const w of weighed)
    for (const e of w.evidence)
      for (const { cue } of e.cues) {
        if (/^\??\s*[~@]/.test(cue)) continue;
        where.set(cue, (where.get(cue) ?? new Set()).add(e.start));
      }
  const least = Math.max(TOPIC_MIN_SENTENCES, sentences * TOPIC_SHARE);
  return new Set([...where].filter(([, at]) => at.size >= least).map(([cue]) => cue));
}

const TOPIC_MIN_SENTENCES = 3;
const TOPIC_SHARE = 1 / 3;

/** The frame's hits grouped by sentence; sentences whose cues weigh less than the threshold are dropped. */
function evidenceSentences(
  hits: readonly FrameHit[],
  spans: readonly SentenceSpan[],
  places: readonly SentencePlace[],
  quotes: readonly QuoteSpan[],
  thresholds: DecisionThresholds,
  subheading: (index: number) => boolean,
): FrameEvidence[] {
  const bySentence = new Map<number, EvidenceCue[]>();
  for (const hit of hits) {
    const cues = bySentence.get(hit.sentenceStart) ?? [];
    cues.push({ start: hit.start, end: hit.end, cue: hit.cue, negated: hit.negated });
    bySentence.set(hit.sentenceStart, cues);
  }
  const evidence: (FrameEvidence & { index: number })[] = [];
  for (const [start, cues] of bySentence) {
    const strength = cueWeight(cues);
    if (strength < WEAK) continue;
    const index = spans.findIndex((span) => span.start === start);
    const span = spans[index];
    if (!span || subheading(index)) continue;
    const owner = quoteOwner(cues, quotes);
    evidence.push({
      index,
      start: span.start,
      end: span.end,
      cues,
      strength,
      place: places[index] ?? 'body',
      denied: cues.every((cue) => cue.negated),
      inQuote: owner !== null,
      speaker: owner?.speaker ?? null,
    });
  }
  const full = evidence.filter((item) => item.strength >= thresholds.sentence).map((item) => item.index);
  return evidence
    .filter(
      (item) =>
        item.strength >= thresholds.sentence ||
        full.some((index) => Math.abs(index - item.index) <= thresholds.nearby),
    )
    .sort((a, b) => a.start - b.start)
    .map(({ index: _, ...item }) => item);
}

const WEAK = 0.5;

/**
 * Each distinct cue counts once: a word repeated in one sentence is not two pieces of evidence. A figure
 * (`@figure`) counts only beside another cue of its frame ("sales fell 5%"): a sum or a share alone
 * quantifies anything (a vote, a crowd).
 */
function cueWeight(cues: readonly EvidenceCue[]): number {
  const seen = new Set<string>();
  const company = cues.some(({ cue }) => cueBody(cue) !== '@figure');
  let weight = 0;
  for (const { cue } of cues) {
    if (seen.has(cue) || (!company && cueBody(cue) === '@figure')) continue;
    seen.add(cue);
    weight += isWeakCue(cue) ? WEAK : 1;
  }
  return weight;
}

/** The quotation that holds most of the sentence's cues, if it holds at least half of them. */
function quoteOwner(cues: readonly EvidenceCue[], quotes: readonly QuoteSpan[]): QuoteSpan | null {
  const counts = new Map<QuoteSpan, number>();
  for (const cue of cues) {
    const quote = quotes.find((q) => q.start <= cue.start && cue.end <= q.end);
    if (quote) counts.set(quote, (counts.get(quote) ?? 0) + 1);
  }
  let best: QuoteSpan | null = null;
  let most = 0;
  for (const [quote, n] of counts)
    if (n > most) {
      best = quote;
      most = n;
    }
  return best && most * 2 >= cues.length ? best : null;
}
