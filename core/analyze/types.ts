import type { Analysis } from '../../nlp/index.ts';
import type { FrameDecision } from '../../nlp/frames/index.ts';

/** The machine's decision on one frame of one article, as frame detection makes it (issue 9). */
export interface FrameFinding extends FrameDecision {
  /** `codebookKey/frameKey`. */
  code: string;
  codebook: string;
}

/** Everything analysis finds in one article: what a worker sends back to be stored. */
export interface ArticleAnalysis extends Analysis {
  /** Every frame of every codebook, present or not (absent ones have no evidence). */
  frames: FrameFinding[];
  /**
   * Each cue's hits as the cue preview counts them, five numbers a hit (the cue's index in the cues the
   * analysis ran, start, end, sentence start and end): `packedCueHits`. Only when analysis records them.
   */
  cueHits?: Int32Array;
}
