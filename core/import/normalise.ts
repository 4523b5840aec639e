/**
 * The one normalisation every stored text goes through; all offsets refer to its result.
 * Unicode NFC, \n line endings, runs of spaces and tabs inside a paragraph folded to one space,
 * single line breaks of wrapped prose joined (those between separate lines kept, see `joinLines`),
 * paragraphs separated by exactly one blank line.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/[\u200b\ufeff\u00ad]/g, '')
    .split(/\n[ ]*\n\s*/)
    .map(joinLines)
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

/** Longer lines than this are not hard-wrapped prose: each is a block of its own (a web page pasted). */
const UNWRAPPED_LINE = 100;

/**
 * The lines of one paragraph, joined with a space where a line break only wraps prose, and kept where it
 * separates lines that stand alone: a headline, standfirst and lead, or a share bar's labels, pasted with
 * single line breaks are separate blocks for analysis (issue #8), not one run-on sentence. A break is kept
 * before a line opening with a capital or a quote mark when the line before is much shorter than the
 * paragraph's longest (a wrapped paragraph's lines are all about as long), is a short label without closing
 * punctuation (shorter than any column one would wrap at), or when lines run longer than anyone wraps them.
 */
function joinLines(paragraph: string): string {
  const lines = paragraph
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0);
  if (lines.length < 2) return lines[0] ?? '';
  const longest = Math.max(...lines.map((line) => line.length));
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const opens = /^[\p{Lu}"“‘'«(\d]/u.test(lines[i]!);
    const alone =
      longest > UNWRAPPED_LINE ||
      before.length < 0.6 * longest ||
      (before.length < 30 && !/[,;:.!?-]$/.test(before));
    out += opens && alone ? `\n${lines[i]}` : ` ${lines[i]}`;
  }
  return out;
}

/** Metadata strings (titles, names): NFC, one line, single spaces. */
export function normaliseLine(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const line = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  return line.length > 0 ? line : null;
}

export function paragraphs(text: string): string[] {
  return text.length === 0 ? [] : text.split('\n\n');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** ' ’ . - inside a word keep it one word. */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 46 || code === 45;

/**
 * Words as a reader counts them: runs of letters and digits, with an apostrophe, hyphen or
 * point inside a word (don't, anti-Russian, U.S) keeping it one word. A character loop: the
 * Unicode-class regex equivalent is the slowest step of a large import.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isWordChar =
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      (code > 127 && LETTER_OR_DIGIT.test(text[i]!));
    if (isWordChar) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && isJoiner(code) && i + 1 < text.length && isLetterOrDigit(text, i + 1))) {
      inWord = false;
    }
  }
  return words;
}

function isLetterOrDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(text[index]!);
}
