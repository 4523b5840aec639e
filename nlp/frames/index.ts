// The frame detector's public face: detection, codebook checking, and the codebooks shipped with the app.
import { validateCodebook } from './validate.ts';
import policyFrames from './codebooks/policy-frames.json' with { type: 'json' };
import russiaItalyAid from './codebooks/russia-italy-aid.json' with { type: 'json' };
import shippedCueHistory from './codebooks/shipped-cue-history.json' with { type: 'json' };
import type { Codebook } from './types.ts';

export { detectFrames, longestHits } from './detect.ts';
export { cueHits, cueHitsByFrame } from './cue-sentences.ts';
export { cuesOf, oneFramePerCue, packedCueHits, PACKED_HIT } from './cue-record.ts';
export { sentenceMatcher } from './patterns.ts';
export { decideFrames, THRESHOLDS, PLACE_WEIGHT } from './decide.ts';
export type { DecideOptions, DecisionThresholds } from './decide.ts';
export { compileCodebook } from './compile.ts';
export { validateCodebook };
export type {
  Codebook,
  CodebookFrame,
  EvidenceCue,
  FrameDecision,
  FrameEvidence,
  FrameHit,
  FrameResult,
  QuoteSpan,
  SentencePlace,
  SentenceSpan,
} from './types.ts';

/** Boydstun et al.'s 15 Policy Frames, for any issue. */
export const POLICY_FRAMES: Codebook = validateCodebook(policyFrames);
/** Issue-specific frames of the seed story, an example of a codebook written for one event. */
export const RUSSIA_ITALY_AID: Codebook = validateCodebook(russiaItalyAid);
export const BUILT_IN_CODEBOOKS: readonly Codebook[] = [POLICY_FRAMES, RUSSIA_ITALY_AID];

/**
 * Fingerprints of every cue list a release shipped, by codebook and frame, oldest first (written by
 * bin/shipped-cue-history.ts from the git history): a project's frame whose cues match one was never
 * edited, so it may be offered the newer cues.
 */
export const SHIPPED_CUE_HISTORY: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  shippedCueHistory;
