import { analyzeText, type ProjectLexicon } from '../../nlp/index.ts';
import { detectFrames, type Codebook } from '../../nlp/frames/index.ts';
import type { ArticleAnalysis } from './types.ts';

/** The whole analysis of one article's text: entities, quotes with speakers, and each codebook's frames. */
export function analyseText(
  text: string,
  codebooks: readonly Codebook[],
  lexicon?: ProjectLexicon,
): ArticleAnalysis {
  const { entities, quotes, sentences } = analyzeText(text, { lexicon });
  const frames = codebooks.flatMap((codebook) =>
    detectFrames(text, codebook, sentences).map((found) => ({
      code: `${codebook.id}/${found.frame}`,
      score: found.score,
      hits: found.hits,
    })),
  );
  return { entities, quotes, sentences, frames };
}
