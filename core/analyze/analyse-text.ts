import { analyzeText, type ProjectLexicon } from '../../nlp/index.ts';
// From the frame detector's modules, not its index: the index checks the shipped codebooks when it is
// loaded, which an analysis worker, given its codebooks checked already, need not do again (issue 8).
import { oneFramePerCue, packedCueHits } from '../../nlp/frames/cue-record.ts';
import { decideFrames } from '../../nlp/frames/decide.ts';
import { sentenceMatcher } from '../../nlp/frames/patterns.ts';
import type { Codebook, QuoteSpan, SentenceSpan } from '../../nlp/frames/types.ts';
import type { ArticleAnalysis, FrameFinding } from './types.ts';

const books = new WeakMap<readonly string[], Codebook>();

/**
 * The whole analysis of one article's text: entities, quotes with speakers, and each codebook's frames.
 * With `cues` (every cue of the codebooks, `cuesOf`), also each cue's hits as the cue preview counts
 * them (`cueHits`, packed), which the preview then reads instead of counting (issue 12).
 */
export function analyseText(
  text: string,
  codebooks: readonly Codebook[],
  lexicon?: ProjectLexicon,
  cues?: readonly string[],
): ArticleAnalysis {
  const analysis = analyzeText(text, { lexicon });
  // One matcher for the text: a window both detections tag is tagged once.
  const matcher = sentenceMatcher(text);
  const frames = findFrames(text, codebooks, analysis.sentences, analysis.quotes, matcher);
  if (!cues) return { ...analysis, frames };
  let book = books.get(cues);
  if (!book) books.set(cues, (book = oneFramePerCue(cues)));
  return { ...analysis, frames, cueHits: packedCueHits(text, book, matcher) };
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
  matcher = sentenceMatcher(text),
): FrameFinding[] {
  return codebooks.flatMap((codebook) =>
    decideFrames(text, codebook, { sentences, quotes, matcher }).map((decision) => ({
      ...decision,
      code: `${codebook.id}/${decision.frame}`,
      codebook: codebook.id,
    })),
  );
}
