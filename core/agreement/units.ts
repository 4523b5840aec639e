import { paragraphStarts } from '../../nlp/tokens.ts';
import { splitSentences } from '../../nlp/frames/sentences.ts';

// The units coders' decisions are compared in: whole articles, paragraphs (blocks separated by a
// blank line, as the stored text keeps them) or sentences (as the frame detector splits them).
// Units tile the text: each runs from its start to the next unit's start, so every passage a
// coder marks, even one starting in the space between two sentences, falls in at least one.

export type UnitKind = 'article' | 'paragraph' | 'sentence';
export const UNIT_KINDS: readonly UnitKind[] = ['article', 'paragraph', 'sentence'];

export interface UnitSpan {
  start: number;
  end: number;
}

export function articleUnits(text: string, kind: UnitKind): UnitSpan[] {
  const starts =
    kind === 'article'
      ? [0]
      : kind === 'paragraph'
        ? paragraphStarts(text)
        : splitSentences(text).map((sentence) => sentence.start);
  if (starts.length === 0 || starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/** Indices of the units a passage overlaps (at least one, for a passage inside the text). */
export function unitsOverlapping(units: readonly UnitSpan[], start: number, end: number): number[] {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const found: number[] = [];
  for (let i = lo; i < units.length && (units[i]!.start < end || i === lo); i++) found.push(i);
  return found;
}
