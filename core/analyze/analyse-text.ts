import { analyzeText, type ProjectLexicon } from '../../nlp/index.ts';
import { decideFrames, type Codebook, type QuoteSpan, type SentenceSpan } from '../../nlp/frames/index.ts';
import type { ArticleAnalysis, FrameFinding } from './types.ts';

/** The whole analysis of one article's text: entities, quotes with speakers, and each codebook's frames. */
export function analyseText(
  text: string,
  codebooks: readonly Codebook[],
  lexicon?: ProjectLexicon,
): ArticleAnalysis {
  const analysis = analyzeText(text, { lexicon });
  return { ...analysis, frames: findFrames(text, codebooks, analysis.sentences, analysis.quotes) };
}

/**
 * Each codebook's frame decisions for a text, keyed `codebookKey/frameKey` as the project's codes are.
 * Quotes (direct and reported) tell whose frame a piece of evidence is.
 */
export function findFrames(
  text: string,
  codebooks: readonly Codebook[],
  sentences?: readonly SentenceSpan[],
  quotes: readonly QuoteSpan[] = [],
): FrameFinding[] {
  return codebooks.flatMap((codebook) =>
    decideFrames(text, codebook, { sentences, quotes }).map((decision) => ({
      ...decision,
      code: `${codebook.id}/${decision.frame}`,
      codebook: codebook.id,
    })),
  );
}
