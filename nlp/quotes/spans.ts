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

/** Finds double-quoted spans (straight or curly) and curly single-quoted ones, paragraph by paragraph. */
export function findQuoteSpans(text: string, paraStarts: readonly number[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried = false;
  paraStarts.forEach((pStart, paragraph) => {
    const pEnd = paragraph + 1 < paraStarts.length ? (paraStarts[paragraph + 1] ?? text.length) : text.length;
    const para = text.slice(pStart, pEnd).trimEnd();
    const opensWithQuote = /^\s*["“]/.test(para);
    const continuation = carried && opensWithQuote;
    carried = false;
    let dbl: number | null = null;
    let sgl: number | null = null;
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
    for (let i = 0; i < para.length; i++) {
      const c = para[i];
      const prev = para[i - 1] ?? ' ';
      const next = para[i + 1] ?? ' ';
      if (c === '"' || c === '“' || c === '”') {
        // Straight marks are told apart by their neighbours, so one missing mark does not flip every later span.
        const opener = c === '“' || (c === '"' && /[\s([—–-]/.test(prev) && !/\s/.test(next));
        const closer =
          c === '”' ||
          (c === '"' && !/\s/.test(prev) && (/[\s.,;:?!)—–-]/.test(next) || i + 1 === para.length));
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
      }
    }
    if (dbl !== null) {
      push(dbl, null);
      carried = true;
    }
  });
  return spans.sort((a, b) => a.start - b.start);
}

// ‘the farmers’ union’: a mark after a plural "s", followed by a lower-case word, is an apostrophe when
// another closing mark follows soon.
function pluralPossessive(para: string, i: number): boolean {
  if (para[i - 1] !== 's' || !/^ \p{Ll}/u.test(para.slice(i + 1, i + 3))) return false;
  return /’(?![\p{L}\p{N}])/u.test(para.slice(i + 1, i + 80));
}
