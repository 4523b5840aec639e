/**
 * The one normalisation every stored text goes through; all offsets refer to its result.
 * Unicode NFC, \n line endings, runs of spaces and tabs inside a paragraph folded to one space,
 * single line breaks inside a paragraph joined, paragraphs separated by exactly one blank line.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/[\u200b\ufeff\u00ad]/g, '')
    .split(/\n[ ]*\n\s*/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
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

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
