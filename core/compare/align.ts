import { splitSentences } from '../../nlp/frames/sentences.ts';
import { words } from './words.ts';

// A side-by-side alignment of two articles for a split diff: both texts cut into sentences, the
// longest common run of matching sentences found (LCS, as diff does with lines), and the result
// given as segments: shared (a passage of both, offsets in each), or only in the left or only in
// the right article (its outlet's additions and cuts). Sentences match when they are the same
// words, or nearly (a wire copy lightly edited: a word changed, a clause trimmed).

export interface Span {
  start: number;
  end: number;
}

export type AlignmentSegment =
  | { kind: 'shared'; left: Span; right: Span; /** Word for word the same. */ exact: boolean }
  | { kind: 'left'; left: Span }
  | { kind: 'right'; right: Span };

/** Two sentences at least this alike (Dice over word bigrams) count as one passage edited. */
const NEAR_MATCH = 0.7;

interface Sentence extends Span {
  key: string;
  bigrams: Set<string>;
}

function sentencesOf(text: string): Sentence[] {
  return splitSentences(text).map((span) => {
    const norms = words(text.slice(span.start, span.end)).map((word) => word.norm);
    const bigrams = new Set<string>();
    for (let i = 0; i + 1 < norms.length; i++) bigrams.add(`${norms[i]} ${norms[i + 1]}`);
    if (norms.length === 1) bigrams.add(norms[0]!);
    return { ...span, key: norms.join(' '), bigrams };
  });
}

function similarity(a: Sentence, b: Sentence): number {
  if (a.key === b.key) return 1;
  if (a.bigrams.size === 0 || b.bigrams.size === 0) return 0;
  let shared = 0;
  for (const bigram of a.bigrams) if (b.bigrams.has(bigram)) shared++;
  return (2 * shared) / (a.bigrams.size + b.bigrams.size);
}

export function alignTexts(left: string, right: string): AlignmentSegment[] {
  const a = sentencesOf(left);
  const b = sentencesOf(right);
  const same: boolean[][] = a.map((x) => b.map((y) => similarity(x, y) >= NEAR_MATCH));
  // lcs[i][j]: matched sentences in a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = same[i]![j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);

  const segments: AlignmentSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same[i]![j] && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) {
      push(segments, {
        kind: 'shared',
        left: span(a[i]!),
        right: span(b[j]!),
        exact: a[i]!.key === b[j]!.key,
      });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push(segments, { kind: 'left', left: span(a[i]!) });
      i++;
    } else {
      push(segments, { kind: 'right', right: span(b[j]!) });
      j++;
    }
  }
  return segments;
}

function span(sentence: Sentence): Span {
  return { start: sentence.start, end: sentence.end };
}

/** Adds a sentence's segment, extending the previous one when it is of the same kind: runs, not lines. */
function push(segments: AlignmentSegment[], next: AlignmentSegment): void {
  const last = segments[segments.length - 1];
  if (last?.kind === 'shared' && next.kind === 'shared' && last.exact === next.exact) {
    last.left.end = next.left.end;
    last.right.end = next.right.end;
  } else if (last?.kind === 'left' && next.kind === 'left') last.left.end = next.left.end;
  else if (last?.kind === 'right' && next.kind === 'right') last.right.end = next.right.end;
  else segments.push(next);
}

/** Shared runs only, as passages with offsets in both articles. */
export function sharedPassages(
  segments: readonly AlignmentSegment[],
): { left: Span; right: Span; exact: boolean }[] {
  return segments.flatMap((segment) =>
    segment.kind === 'shared' ? [{ left: segment.left, right: segment.right, exact: segment.exact }] : [],
  );
}
