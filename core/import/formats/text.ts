import { readFile } from 'node:fs/promises';
import type { FormatParser } from '../types.ts';
import { decodeText } from '../decode.ts';

const MAX_TITLE_LENGTH = 200;

/**
 * Plain text and Markdown: a `# heading` or a short first line is the title when text follows it.
 * The title stays in the text too, so the analysis and the offsets see everything the file says. A
 * file of one line is all body: its title is the file's name (prepare.ts), not the line repeated.
 */
export const parseText: FormatParser = async function* (path) {
  const text = decodeText(await readFile(path));
  yield { ok: true, article: { title: findTitle(text), text } };
};

function findTitle(text: string): string | null {
  const [line = '', ...rest] = text.trim().split(/\r?\n/);
  const firstLine = line.trim();
  const underlined = /^[=-]{3,}\s*$/.test(rest[0] ?? '');
  // Nothing after the first line (or its underline): the line is the body, not a title over it.
  if (
    rest
      .slice(underlined ? 1 : 0)
      .join('')
      .trim() === ''
  )
    return null;
  const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(firstLine);
  if (heading?.[1]) return heading[1];
  const standsAlone = (rest[0] ?? '').trim() === '' || underlined;
  if (
    firstLine.length > 0 &&
    firstLine.length <= MAX_TITLE_LENGTH &&
    standsAlone &&
    !/[.:;,]$/.test(firstLine)
  ) {
    return firstLine;
  }
  return null;
}
