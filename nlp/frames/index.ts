// The frame detector's public face: detection, codebook checking, and the codebooks shipped with the app.
import { validateCodebook } from './validate.ts';
import policyFrames from './codebooks/policy-frames.json' with { type: 'json' };
import russiaItalyAid from './codebooks/russia-italy-aid.json' with { type: 'json' };
import type { Codebook } from './types.ts';

export { detectFrames } from './detect.ts';
export { cueHits } from './cue-sentences.ts';
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
