import type { SnippetSegment } from '../../api/contract.ts';

/** Characters of context kept before a snippet's first match. */
export const LEAD_CHARS = 40;

/**
 * The snippet with its context before the first match shortened to about LEAD_CHARS characters (at
 * a word, after "…"). The engine's passage is some 24 words with the match anywhere in it, and the
 * table shows two lines under the title: a match late in the passage fell past the second line, so
 * the row showed words around it but not the highlighted match itself.
 */
export function leadToMatch(parts: readonly SnippetSegment[]): SnippetSegment[] {
  const first = parts.findIndex((part) => part.match);
  if (first < 0) return [...parts];
  const before = parts
    .slice(0, first)
    .map((part) => part.text)
    .join('');
  if (before.length <= LEAD_CHARS + 1) return [...parts];
  const tail = before.slice(before.length - LEAD_CHARS);
  const space = tail.search(/\s/);
  const lead = space >= 0 && space < tail.length - 1 ? tail.slice(space + 1) : tail;
  return [{ text: `…${lead}`, match: false }, ...parts.slice(first)];
}
