import { extractEntities } from './entities/index.ts';
import type { Entity } from './entities/index.ts';
import { attributeSpeech } from './quotes/attribution.ts';
import { buildContext } from './quotes/context.ts';
import { findQuoteSpans } from './quotes/spans.ts';
import { buildTokens, paragraphStarts, type Token } from './tokens.ts';
import { withProjectLexicon, type ProjectLexicon } from './lexicon.ts';
import { analysedText, textBlocks, type TextBlock } from './structure.ts';
import type { SentenceSpan } from './frames/index.ts';

export type { Entity, TextBlock };
export { entityMatchKey } from './entities/keys.ts';

export type Quote = {
  /**
   * 'direct': words in quote marks. 'reported': indirect speech ("Peskov told reporters that ..."), the
   * reported clause without its attribution; it never overlaps a direct quote that is someone's words.
   */
  kind: 'direct' | 'reported';
  /** The quoted (or reported) words without the quote marks: exactly text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerType: 'person' | 'group' | null;
  /**
   * The reporting verb ("said", "told"), "according to", "colon", "continuation", or null. A reported quote
   * always has its cue, even when its speaker is unknown.
   */
  cue: string | null;
  /**
   * How sure the analysis is of the speaker it gives (or, with no speaker, that the span has none), from
   * 0 to 1: the cue, how the speaker was resolved, how many other people the sentence names.
   */
  confidence: number;
  /**
   * Whether the text names the speaker (`named`), describes a source without naming it ("a senior
   * official", "U.S. officials": `unnamed`), or the speaker is a news outlet (`media`); null without a speaker.
   */
  speakerSource: SpeakerSource | null;
};

export type SpeakerSource = 'named' | 'unnamed' | 'media';

export type Analysis = {
  entities: Entity[];
  quotes: Quote[];
  /**
   * Sentence boundaries, for frame detection to reuse (the end includes closing punctuation). Lines left
   * out of analysis (furniture, bylines, bare dates, repeated paragraphs) have none.
   */
  sentences: SentenceSpan[];
  /** The text's lines: headline, standfirst, lead, body, and what was left out of analysis. */
  blocks: TextBlock[];
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

function analyze(original: string): Analysis {
  const blocks = textBlocks(original);
  // Same length and offsets as the stored text, with furniture and repeats blanked out.
  const text = analysedText(original, blocks);
  const paraStarts = paragraphStarts(original);
  const tokens = buildTokens(text, paraStarts, blocks);
  const { entities, resolved, roles } = extractEntities(text, tokens);
  const spans = findQuoteSpans(text, paraStarts, blocks);
  const ctx = buildContext(text, tokens, entities, roles, resolved, spans);
  const { direct, reported } = attributeSpeech(ctx);
  const quotes = spans.map((span, i): Quote => {
    const a = direct[i];
    return {
      kind: 'direct',
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: a?.speaker?.name ?? null,
      speakerType: a?.speaker?.kind ?? null,
      cue: a?.speaker ? (a.cue ?? null) : null,
      confidence: a?.confidence ?? 0.5,
      speakerSource: a?.speaker ? (a.speaker.source ?? 'named') : null,
    };
  });
  for (const r of reported)
    quotes.push({
      kind: 'reported',
      text: text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      speaker: r.speaker?.name ?? null,
      speakerType: r.speaker?.kind ?? null,
      cue: r.cue,
      confidence: r.confidence,
      speakerSource: r.speaker ? (r.speaker.source ?? 'named') : null,
    });
  quotes.sort((a, b) => a.start - b.start);
  return { entities, quotes, sentences: sentenceSpans(tokens), blocks };
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
