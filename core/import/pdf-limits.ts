import { inflateSync } from 'node:zlib';
import { ImportFileError } from './types.ts';

// A PDF's content can be a compression bomb too: a small FlateDecode stream that inflates to
// gigabytes of drawing commands. Every compressed stream the text reader may decode (pictures
// aside, which it never decodes) is inflated here first, with a ceiling, before pdf.js sees it.

export const MAX_PDF_INFLATED_BYTES = 100 * 1024 * 1024;
const DICTIONARY_WINDOW = 1024;

export function checkPdfBomb(pdf: Buffer, limit = MAX_PDF_INFLATED_BYTES): void {
  let total = 0;
  let at = pdf.indexOf('stream');
  while (at >= 0) {
    const isEnd = at >= 3 && pdf.toString('latin1', at - 3, at) === 'end';
    let dataStart = at + 6;
    if (pdf[dataStart] === 0x0d) dataStart++;
    if (isEnd || pdf[dataStart] !== 0x0a) {
      at = pdf.indexOf('stream', at + 6);
      continue;
    }
    dataStart++;
    const end = pdf.indexOf('endstream', dataStart);
    const dataEnd = end < 0 ? pdf.length : end;
    const dictionary = pdf.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (/\/FlateDecode|\/Fl\b/.test(own) && !/\/Subtype\s*\/Image/.test(own)) {
      const data = pdf.subarray(dataStart, dataEnd);
      try {
        total += inflateSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') total = limit + 1;
        // Damaged streams are left to pdf.js, which skips or reports them.
      }
      if (total > limit)
        throw new ImportFileError(
          `it is a compression bomb: its content streams inflate to more than ${limit / 1024 / 1024} MB, far beyond any document, so it was not opened`,
        );
    }
    if (end < 0) break;
    at = pdf.indexOf('stream', end + 9);
  }
}
