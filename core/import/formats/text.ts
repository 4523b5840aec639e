import { readFile } from 'node:fs/promises';
import type { FormatParser } from '../types.ts';
import { decodeText } from '../decode.ts';

const MAX_TITLE_LENGTH = 200;

/**
 * Plain text and Markdown: a `# heading` or a short first line is the title. The title stays in the
 * text too, so the analysis and the offsets see everything the file says.
 */
export const parseText: FormatParser = async function* (path) {
  const text = decodeText(await readFile(path));
  yield { ok: true, article: { title: findTitle(text), text } };
};

function findTitle(text: string): string | null {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? '';
  const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(firstLine);
  if (heading?.[1]) return heading[1];
  const secondLine = text.trimStart().split(/\r?\n/, 2)[1] ?? '';
  const standsAlone = secondLine.trim() === '' || /^[=-]{3,}\s*$/.test(secondLine);
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
