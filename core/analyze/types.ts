import type { Analysis } from '../../nlp/index.ts';
import type { FrameHit } from '../../nlp/frames/index.ts';

/** One frame's hits in one article, as frame detection reports them. */
export interface FrameFinding {
  /** `codebookKey/frameKey`. */
  code: string;
  score: number;
  hits: FrameHit[];
}

/** Everything analysis finds in one article: what a worker sends back to be stored. */
export interface ArticleAnalysis extends Analysis {
  frames: FrameFinding[];
}
