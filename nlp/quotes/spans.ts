import type { TextBlock } from '../structure.ts';

/**
 * A quoted span. `start`/`end` delimit the quoted words without the marks (text.slice(start, end));
 * `open` is the offset of the opening mark, `close` of the closing mark or null when the paragraph ends first.
 */
export type QuoteSpan = {
  start: number;
  end: number;
  open: number;
  close: number | null;
  paragraph: number;
  /** Opens a paragraph that carries on a quote left open at the end of the previous one. */
  continuation: boolean;
};

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{—–-]/;
const CLOSING_CONTEXT = /[\s.,;:?!)\]}—–-]/;
/** Lines where a straight single quote marks a quotation: headlines quote that way ('Aid is not a gift'). */
const SINGLE_QUOTED_KINDS = new Set(['headline', 'standfirst', 'heading']);

/**
 * Finds quoted spans paragraph by paragraph: in double marks (straight, curly, guillemets « » and „ “), in
 * curly single marks, and, on headline lines, in straight single marks. A closing mark typed where an
 * opening one belongs (”We will…”) still opens, and the other way round.
 */
export function findQuoteSpans(
  text: string,
  paraStarts: readonly number[],
  blocks: readonly TextBlock[] = [],
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const singleQuoted = blocks.filter((b) => SINGLE_QUOTED_KINDS.has(b.kind));
  let carried = false;
  paraStarts.forEach((pStart, paragraph) => {
    const pEnd = paragraph + 1 < paraStarts.length ? (paraStarts[paragraph + 1] ?? text.length) : text.length;
    const para = text.slice(pStart, pEnd).trimEnd();
    const opensWithQuote = /^\s*["“«„]/.test(para);
    const continuation = carried && opensWithQuote;
    carried = false;
    let dbl: number | null = null;
    let sgl: number | null = null;
    let straightSgl: number | null = null;
    const push = (open: number, close: number | null) => {
      const start = pStart + open + 1;
      const end = pStart + (close ?? para.length);
      if (text.slice(start, end).trim() === '') return;
      const isFirst = spans.every((s) => s.paragraph !== paragraph);
      spans.push({
        start,
        end,
        open: pStart + open,
        close: close === null ? null : pStart + close,
        paragraph,
        continuation: continuation && isFirst,
      });
    };
    const inHeadline = (i: number) => singleQuoted.some((b) => b.start <= pStart + i && pStart + i < b.end);
    for (let i = 0; i < para.length; i++) {
      const c = para[i]!;
      const prev = para[i - 1] ?? ' ';
      const next = para[i + 1] ?? ' ';
      if (isDoubleMark(c)) {
        const { opener, closer } = doubleMarkRole(c, prev, next, dbl !== null, i + 1 === para.length);
        if (dbl === null) {
          if (!(closer && !opener)) dbl = i;
        } else if (opener && !closer) {
          push(dbl, i);
          dbl = i;
        } else {
          push(dbl, i);
          dbl = null;
        }
      } else if (dbl === null && c === '‘' && !LETTER.test(prev)) {
        sgl ??= i;
      } else if (
        dbl === null &&
        c === '’' &&
        sgl !== null &&
        !LETTER.test(next) &&
        !pluralPossessive(para, i)
      ) {
        push(sgl, i);
        sgl = null;
      } else if (dbl === null && sgl === null && c === "'" && inHeadline(i)) {
        if (straightSgl === null && OPENING_CONTEXT.test(prev) && LETTER.test(next)) straightSgl = i;
        else if (
          straightSgl !== null &&
          !/\s/.test(prev) &&
          !LETTER.test(next) &&
          !pluralPossessive(para, i)
        ) {
          push(straightSgl, i);
          straightSgl = null;
        }
      }
    }
    if (dbl !== null) {
      push(dbl, null);
      carried = true;
    }
  });
  return spans.sort((a, b) => a.start - b.start);
}

const isDoubleMark = (c: string) =>
  c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '„';

/** Whether a double mark opens or closes a quote, from the mark and its neighbours. */
function doubleMarkRole(
  c: string,
  prev: string,
  next: string,
  open: boolean,
  last: boolean,
): { opener: boolean; closer: boolean } {
  if (c === '"') {
    // Straight marks are told apart by their neighbours, so one missing mark does not flip every later span.
    return {
      opener: OPENING_CONTEXT.test(prev) && !/\s/.test(next),
      closer: !/\s/.test(prev) && (CLOSING_CONTEXT.test(next) || last),
    };
  }
  // ”We will rebuild,” and “Russian Dialogue“: a mark of the wrong shape, placed where the other belongs.
  if (c === '”' && !open && OPENING_CONTEXT.test(prev) && LETTER.test(next))
    return { opener: true, closer: false };
  if (c === '“' && open && !/\s/.test(prev) && (CLOSING_CONTEXT.test(next) || last))
    return { opener: false, closer: true };
  const opener = c === '“' || c === '«' || c === '„';
  return { opener, closer: !opener };
}

// ‘the farmers’ union’: a mark after a plural "s", followed by a lower-case word, is an apostrophe when
// another closing mark follows soon.
function pluralPossessive(para: string, i: number): boolean {
  if (para[i - 1] !== 's' || !/^ \p{Ll}/u.test(para.slice(i + 1, i + 3))) return false;
  return /[’'](?![\p{L}\p{N}])/u.test(para.slice(i + 1, i + 80));
}
