import { analyzeText, type ProjectLexicon } from '../../nlp/index.ts';
import { detectFrames, type Codebook, type SentenceSpan } from '../../nlp/frames/index.ts';
import type { ArticleAnalysis, FrameFinding } from './types.ts';

/** The whole analysis of one article's text: entities, quotes with speakers, and each codebook's frames. */
export function analyseText(
  text: string,
  codebooks: readonly Codebook[],
  lexicon?: ProjectLexicon,
): ArticleAnalysis {
  const analysis = analyzeText(text, { lexicon });
  return { ...analysis, frames: findFrames(text, codebooks, analysis.sentences) };
}

/** Each codebook's frames in a text, keyed `codebookKey/frameKey` as the project's codes are. */
export function findFrames(
  text: string,
  codebooks: readonly Codebook[],
  sentences?: readonly SentenceSpan[],
): FrameFinding[] {
  return codebooks.flatMap((codebook) =>
    detectFrames(text, codebook, sentences ? [...sentences] : undefined).map((found) => ({
      code: `${codebook.id}/${found.frame}`,
      score: found.score,
      hits: found.hits,
    })),
  );
}
