import type { Analysis } from '../../nlp/index.ts';

/** One frame's hits in one article, as frame detection reports them. */
export interface FrameFinding {
  /** `codebookKey/frameKey`. */
  code: string;
  score: number;
  hits: {
    start: number;
    end: number;
    cue: string;
    sentenceStart: number;
    sentenceEnd: number;
    negated: boolean;
  }[];
}

/** Everything analysis finds in one article: what a worker sends back to be stored. */
export interface ArticleAnalysis extends Analysis {
  frames: FrameFinding[];
}
