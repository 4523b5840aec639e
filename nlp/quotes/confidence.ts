// How sure an attribution is, from its evidence (issue #8): the device that ties the words to the speaker
// (a reporting verb right beside the quote is surer than a quote-only paragraph carrying on the one
// before), how the speaker was resolved (a name in the text is surer than a pronoun, a pronoun surer
// than the nearest name), and how many other people the sentence names. The numbers were set from the
// tune half of shared/eval and the development sets, then checked on the check half (`npm run eval`
// prints how many attributions in each band are right).
import type { Speaker, Via } from './referents.ts';

/** The device that ties a quote (or reported clause) to its speaker. */
export type How =
  /** `"…," X said`: the verb right after the quote. */
  | 'after'
  /** `"…", Beryl Sprinkel, economist of Harris Trust, predicted`: a name, its appositive, then the verb. */
  | 'after-name'
  /** `"…" he said`, the verb a few words after a quote that does not end in a comma. */
  | 'after-late'
  /** `X said: "…"`, `X said the laws "are outmoded"`: the verb before the quote. */
  | 'before'
  | 'according'
  /** `in the words of X`, `a remark by X`. */
  | 'noun'
  /** `Mrs. Geraghty "will beat the bushes"`: a name followed by the quoted predicate. */
  | 'subject'
  /** `X: "…"` without a verb. */
  | 'colon'
  /** The same speaker's next quote in the paragraph, or a quote that runs on into the next paragraph. */
  | 'continuation'
  /** A quote-only paragraph carrying on the speaker of the paragraph before. */
  | 'paragraph'
  /** A quote-only paragraph after a paragraph that introduced someone new. */
  | 'introduced'
  /** A headline's `– Outlet` signature. */
  | 'dash'
  /** `Despite his dislike of crowds ("exhausting"), Lind tours`: an aside, no cue; the sentence's subject. */
  | 'aside'
  /** A headline quote whose words the body quotes again. */
  | 'headline'
  /** Reported speech: `X said (that) …`. */
  | 'reported'
  /** `…, X said.` */
  | 'reported-after'
  | 'reported-according'
  /** `This was stated by X.` after the statement. */
  | 'reported-passive'
  /** `X described the notion as absurd`. */
  | 'reported-described'
  /** `X said the builder took "shortcuts"`: a word or two quoted inside X's reported speech. */
  | 'reported-word';

const CUE: Record<How, number> = {
  after: 0.97,
  'after-name': 0.93,
  'after-late': 0.9,
  before: 0.95,
  according: 0.93,
  noun: 0.8,
  subject: 0.8,
  colon: 0.8,
  continuation: 0.95,
  paragraph: 0.78,
  introduced: 0.7,
  dash: 0.85,
  aside: 0.6,
  headline: 0.85,
  reported: 0.9,
  'reported-after': 0.88,
  'reported-according': 0.9,
  'reported-passive': 0.8,
  'reported-described': 0.8,
  'reported-word': 0.65,
};

const VIA: Record<Via, number> = {
  name: 1,
  pronoun: 0.92,
  role: 0.9,
  unnamed: 0.95,
  group: 0.92,
  media: 0.93,
  document: 0.85,
  cited: 0.9,
  next: 0.7,
  nearest: 0.72,
  guess: 0.7,
};

const clamp = (x: number) => Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;

/**
 * Confidence (0–1) that `speaker` said the words: the device's base, times how the speaker was resolved,
 * less a little for each other person the sentence names when the speaker was inferred (a pronoun, a
 * role, the nearest name), since each is another candidate.
 */
export function speakerConfidence(how: How, speaker: Speaker, competitors: number): number {
  let c = CUE[how] * VIA[speaker.via ?? 'name'];
  const inferred = speaker.via !== undefined && speaker.via !== 'name' && speaker.via !== 'unnamed';
  if (inferred) c -= Math.min(0.15, 0.05 * competitors);
  // A person known by one word only ("Leyen", "Xiong") is often a name the text gives in full elsewhere.
  if (speaker.kind === 'person' && speaker.source !== 'unnamed' && !/\s/.test(speaker.name)) c *= 0.9;
  return clamp(c);
}

/** A continuation is no surer than the attribution it continues. */
export const continuedConfidence = (how: How, previous: number): number =>
  clamp(Math.min(previous, CUE[how]));

/**
 * Confidence that a quoted span has no speaker: a title, name or scare quote (`term`) is usually right,
 * less so a word that a comma ties to what follows (`cued-only`);
 * words with a reporting verb whose subject could not be resolved (`unresolved`) are someone's words,
 * so "no speaker" is probably wrong; a longer span with no cue at all may be either.
 */
export function noSpeakerConfidence(
  kind: 'term' | 'cued-only' | 'unresolved' | 'uncued',
  words: number,
): number {
  if (kind === 'term') return words <= 3 ? 0.9 : 0.75;
  // A single word or a title directly before a comma: a name unless a reporting verb had followed.
  if (kind === 'cued-only') return 0.7;
  if (kind === 'unresolved') return 0.3;
  return words <= 3 ? 0.5 : 0.4;
}

/** Reported speech whose speaker could not be resolved. */
export const UNRESOLVED_REPORTED = 0.3;
