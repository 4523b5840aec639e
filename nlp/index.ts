import { extractEntities } from './entities/index.ts';
import type { Entity } from './entities/index.ts';
import { attributeQuotes } from './quotes/attribution.ts';
import { buildContext } from './quotes/context.ts';
import { findQuoteSpans } from './quotes/spans.ts';
import { buildTokens, paragraphStarts, type Token } from './tokens.ts';
import { withProjectLexicon, type ProjectLexicon } from './lexicon.ts';
import type { SentenceSpan } from './frames/index.ts';

export type { Entity };

export type Quote = {
  /** The quoted words without the quote marks: exactly text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerType: 'person' | 'group' | null;
  /** The reporting verb ("said", "told"), "according to", "colon", "continuation", or null. */
  cue: string | null;
};

export type Analysis = {
  entities: Entity[];
  quotes: Quote[];
  /** Sentence boundaries, for frame detection to reuse (the end includes closing punctuation). */
  sentences: SentenceSpan[];
};

export type AnalyzeOptions = { lexicon?: ProjectLexicon };
export type { ProjectLexicon };

/**
 * Entities and attributed quotes of one normalised text (paragraphs separated by blank lines),
 * with a project's own organization and place names added to the built-in lexicon.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  return withProjectLexicon(options.lexicon, () => analyze(text));
}

function analyze(text: string): Analysis {
  const paraStarts = paragraphStarts(text);
  const tokens = buildTokens(text, paraStarts);
  const { entities, resolved, roles } = extractEntities(text, tokens);
  const spans = findQuoteSpans(text, paraStarts);
  const ctx = buildContext(text, tokens, entities, roles, resolved, spans);
  const attributions = attributeQuotes(ctx);
  const quotes = spans.map((span, i): Quote => {
    const a = attributions[i];
    return {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: a?.speaker?.name ?? null,
      speakerType: a?.speaker?.kind ?? null,
      cue: a?.speaker ? (a.cue ?? null) : null,
    };
  });
  return { entities, quotes, sentences: sentenceSpans(tokens) };
}

function sentenceSpans(tokens: readonly Token[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let current = -1;
  for (const token of tokens) {
    const end = token.end + token.post.trimEnd().length;
    if (token.sentence !== current) {
      current = token.sentence;
      spans.push({ start: token.start - token.pre.trimStart().length, end });
    } else {
      spans[spans.length - 1]!.end = end;
    }
  }
  return spans;
}
