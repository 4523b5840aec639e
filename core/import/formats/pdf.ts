import { readFile } from 'node:fs/promises';
import { getDocumentProxy, getMeta } from 'unpdf';
import type { StructuredTextItem } from 'unpdf';
import { ImportFileError } from '../types.ts';
import { checkPdfBomb } from '../pdf-limits.ts';
import { heartbeat } from '../heartbeat.ts';
import { wrongKindReason } from '../sniff.ts';
import type { ArticleDraft, FormatParser } from '../types.ts';

const PAGE_NUMBER = /^(?:page\s*)?[-–]?\s*\d+\s*[-–]?(?:\s*(?:\/|of)\s*\d+)?$/i;

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
}

export const parsePdf: FormatParser = async function* (path) {
  const bytes = await readFile(path);
  const wrongKind = wrongKindReason(bytes, 'pdf', 'it is not a PDF');
  if (wrongKind) throw new ImportFileError(wrongKind);
  checkPdfBomb(bytes);
  const data = new Uint8Array(bytes);
  let article: ArticleDraft;
  try {
    // pdf.js would print its warnings about damaged files into the command line's output.
    const pdf = await getDocumentProxy(data, { verbosity: 0 });
    try {
      const { info } = await getMeta(pdf);
      const items = await pageTextItems(pdf);
      article = { text: pagesText(items), ...metadata(info as Record<string, unknown>) };
    } finally {
      await pdf.loadingTask.destroy();
    }
  } catch (error) {
    if ((error as Error | undefined)?.name === 'PasswordException') {
      throw new ImportFileError('the PDF is password-protected; save a copy without the password first');
    }
    throw new ImportFileError(
      isCutShort(bytes)
        ? 'the PDF is cut short (it stops before its end); download or save it again'
        : 'it is not a valid PDF (it is damaged); open it in a PDF viewer and save it again, or print it to a new PDF',
    );
  }
  if (article.text === '') {
    throw new ImportFileError('the PDF has no text layer (it may be a scan); run OCR on it first');
  }
  yield { ok: true, article };
};

/** A PDF ends with `%%EOF` (maybe followed by line breaks); a download that stopped early does not. */
function isCutShort(bytes: Uint8Array): boolean {
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') return false;
  return !Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024)))
    .toString('latin1')
    .includes('%%EOF');
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * The positioned text of each page, page after page (unpdf's extractTextItems reads them all at
 * once), with a heartbeat per page so that a long document is not taken for a stalled one.
 */
async function pageTextItems(pdf: PdfDocument): Promise<StructuredTextItem[][]> {
  const pages: StructuredTextItem[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    const styles = content.styles as Record<string, { fontFamily?: string } | undefined>;
    pages.push(
      content.items.flatMap((item) => {
        if (!('str' in item)) return [];
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        return [
          {
            str: item.str,
            x,
            y,
            width: item.width,
            height: item.height,
            fontSize: Math.hypot(c, d),
            fontFamily: styles[item.fontName]?.fontFamily ?? '',
            dir: item.dir,
            hasEOL: item.hasEOL,
          },
        ];
      }),
    );
    heartbeat();
  }
  return pages;
}

function metadata(info: Record<string, unknown>): Omit<ArticleDraft, 'text'> {
  const field = (name: string) => {
    const value = info[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  // Word's PDF export titles documents after their file name, which is no headline.
  const title = field('Title')?.replace(/^Microsoft Word - /, '') ?? null;
  return {
    title,
    author: field('Author'),
    // The creation date is when the PDF was made, which for a saved web page is not publication.
    published: pdfDateToIso(field('CreationDate')),
    language: field('Language'),
  };
}

/** A PDF date ("D:20200323101500+01'00'", every part after the year optional) as ISO 8601. */
export function pdfDateToIso(value: string | null): string | null {
  const match =
    /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?/.exec(
      value ?? '',
    );
  if (!match) return null;
  const [, year, month, day, hour, minute = '00', second = '00', utc, sign, offsetHours, offsetMinutes] =
    match;
  const date = [year, month, day].filter((part) => part !== undefined).join('-');
  if (hour === undefined || day === undefined) return date;
  const zone = utc ? 'Z' : sign ? `${sign}${offsetHours}:${offsetMinutes ?? '00'}` : '';
  return `${date}T${hour}:${minute}:${second}${zone}`;
}

/**
 * Paragraphs from positioned text: a line break inside a paragraph becomes a space, while a gap
 * clearly wider than the usual line spacing, an indented first line, a change of font size or a
 * page break starts a new paragraph.
 */
function pagesText(pages: StructuredTextItem[][]): string {
  const pageLines = withoutRunningLines(pages.map(textLines));
  const lineSpacing = median(pageLines.flatMap(lineGaps).filter((gap) => gap > 0));
  const paragraphs: string[] = [];
  for (const lines of pageLines) {
    let current = '';
    lines.forEach((line, index) => {
      const previous = lines[index - 1];
      if (previous === undefined || startsParagraph(previous, line, lineSpacing)) {
        if (current !== '') paragraphs.push(current);
        current = line.text;
      } else {
        current = joinLines(current, line.text);
      }
    });
    if (current !== '') paragraphs.push(current);
  }
  return paragraphs.join('\n\n');
}

function textLines(items: StructuredTextItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let lineEnded = true;
  let previousEnd = 0;
  for (const item of items) {
    const sameLine =
      line !== undefined && !lineEnded && Math.abs(item.y - line.y) < Math.max(line.size, item.fontSize) / 2;
    if (item.str !== '') {
      if (line === undefined || !sameLine) {
        line = { text: item.str, x: item.x, y: item.y, size: item.fontSize };
        lines.push(line);
      } else {
        const touching = item.x - previousEnd < line.size * 0.15;
        line.text += touching || /\s$/.test(line.text) || /^\s/.test(item.str) ? item.str : ` ${item.str}`;
      }
      previousEnd = item.x + item.width;
    }
    lineEnded = item.hasEOL;
  }
  return lines
    .map((each) => ({ ...each, text: each.text.replace(/\s+/g, ' ').trim() }))
    .filter((each) => each.text !== '');
}

/**
 * Running headers and footers (a printed web page's date, title and address) and page numbers sit
 * in the top or bottom row of a page, wherever the content stream draws them, and are not the article.
 */
function withoutRunningLines(pages: Line[][]): Line[][] {
  const shape = (line: Line) => `${Math.round(line.size)} ${line.text.toLowerCase().replace(/\d+/g, '#')}`;
  const edges = pages.map(edgeRows);
  const pagesWith = new Map<string, number>();
  for (const shapes of edges.map((lines) => new Set(lines.map(shape)))) {
    for (const each of shapes) pagesWith.set(each, (pagesWith.get(each) ?? 0) + 1);
  }
  const running = (line: Line) =>
    PAGE_NUMBER.test(line.text) || (pagesWith.get(shape(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines, page) => lines.filter((line) => !(edges[page]?.includes(line) && running(line))));
}

function edgeRows(lines: Line[]): Line[] {
  if (lines.length < 2) return [];
  const top = Math.max(...lines.map((line) => line.y));
  const bottom = Math.min(...lines.map((line) => line.y));
  return lines.filter((line) => line.y >= top - 1 || line.y <= bottom + 1);
}

function lineGaps(lines: Line[]): number[] {
  return lines.slice(1).map((line, index) => (lines[index]?.y ?? line.y) - line.y);
}

function startsParagraph(previous: Line, line: Line, lineSpacing: number): boolean {
  const gap = previous.y - line.y;
  if (gap <= 0 || gap > lineSpacing * 1.3) return true;
  if (Math.abs(line.size - previous.size) > previous.size * 0.2) return true;
  return line.x - previous.x > line.size;
}

function joinLines(paragraph: string, line: string): string {
  // "gov-" + "ernment" is one word broken at the margin; "Moscow-" + "Rome" keeps its hyphen.
  if (/\p{L}[-\u00ad]$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
