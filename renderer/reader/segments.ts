// Splitting an article's text into the runs the reader renders: a new run starts at every boundary
// of every mark, so overlapping layers (an entity inside a quote inside a frame's evidence) each
// keep their own extent. Offsets are UTF-16 code units, as JavaScript strings count them.

export interface Mark {
  /** Unique across all layers, e.g. "quote:12". */
  id: string;
  start: number;
  end: number;
}

export interface Segment<M extends Mark = Mark> {
  start: number;
  end: number;
  text: string;
  /** The marks covering this whole run, in the order they were given. */
  marks: M[];
}

export interface Range {
  start: number;
  end: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an offset that falls between the two halves of a surrogate pair to the start of the pair. */
export function snapOffset(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  if (
    clamped > 0 &&
    clamped < text.length &&
    isLowSurrogate(text.charCodeAt(clamped)) &&
    isHighSurrogate(text.charCodeAt(clamped - 1))
  ) {
    return clamped - 1;
  }
  return clamped;
}

/**
 * The runs of `text` between `from` and `to` (the whole text by default), split at every mark
 * boundary inside that range. Marks outside the text, empty ones and ones with NaN offsets are
 * ignored; marks reaching past the range are cut to it. Runs cover the range without gaps.
 */
export function splitSegments<M extends Mark>(
  text: string,
  marks: readonly M[],
  from = 0,
  to = text.length,
): Segment<M>[] {
  const lo = snapOffset(text, from);
  const hi = snapOffset(text, to);
  if (hi <= lo) return [];
  const usable: { mark: M; start: number; end: number }[] = [];
  const cuts = new Set<number>([lo, hi]);
  for (const mark of marks) {
    if (!Number.isFinite(mark.start) || !Number.isFinite(mark.end)) continue;
    const start = Math.max(lo, snapOffset(text, mark.start));
    const end = Math.min(hi, snapOffset(text, mark.end));
    if (end <= start) continue;
    usable.push({ mark, start, end });
    cuts.add(start);
    cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      marks: usable.filter((u) => u.start <= start && u.end >= end).map((u) => u.mark),
    });
  }
  return segments;
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/**
 * A selection widened to whole words and trimmed of surrounding spaces, as a coder means it:
 * a drag that starts or ends inside a word takes in the whole word.
 */
export function snapToWords(text: string, from: number, to: number): Range {
  let start = snapOffset(text, Math.min(from, to));
  let end = snapOffset(text, Math.max(from, to));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return { start, end: start };
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start--;
  while (end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!)) end++;
  return { start, end };
}

/** The paragraphs of a text (split at blank lines or single line breaks), without their breaks. */
export function paragraphs(text: string): Range[] {
  const ranges: Range[] = [];
  const breaks = /\n+/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.filter((range) => text.slice(range.start, range.end).trim().length > 0);
}

/** The search snippet the engine sends (matches between \u0001 and \u0002) as plain and marked runs. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let match = false;
  let current = '';
  for (const char of snippet) {
    if (char === '\u0001' || char === '\u0002') {
      if (current) parts.push({ text: current, match });
      current = '';
      match = char === '\u0001';
    } else {
      current += char;
    }
  }
  if (current) parts.push({ text: current, match });
  return parts;
}
