import type { Entity, ResolvedMention } from '../entities/index.ts';
import type { Token } from '../tokens.ts';
import type { QuoteSpan } from './spans.ts';

/** Everything attribution looks up, computed once per text. */
export type DocContext = {
  text: string;
  tokens: readonly Token[];
  entities: readonly Entity[];
  roles: readonly (readonly string[])[];
  spans: readonly QuoteSpan[];
  /** Index of the quote span containing each token, or -1. */
  quoteOf: Int32Array;
  /** The resolved mention covering each token. */
  mentionOf: (ResolvedMention | undefined)[];
  /** First token index of each sentence id. */
  sentenceFirst: Map<number, number>;
};

export function buildContext(
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
  roles: readonly (readonly string[])[],
  resolved: readonly ResolvedMention[],
  spans: readonly QuoteSpan[],
): DocContext {
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  tokens.forEach((t, i) => {
    while (q < spans.length && (spans[q]?.end ?? 0) <= t.start) q++;
    const span = spans[q];
    if (span && t.start >= span.start && t.start < span.end) quoteOf[i] = q;
  });
  const mentionOf: (ResolvedMention | undefined)[] = new Array<ResolvedMention | undefined>(tokens.length);
  for (const m of resolved) for (let k = m.first; k <= m.last; k++) mentionOf[k] = m;
  const sentenceFirst = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!sentenceFirst.has(t.sentence)) sentenceFirst.set(t.sentence, i);
  });
  return { text, tokens, entities, roles, spans, quoteOf, mentionOf, sentenceFirst };
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
