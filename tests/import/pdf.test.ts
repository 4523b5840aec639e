import { PDFDocument, PDFName, PDFString, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parsePdf, pdfDateToIso } from '../../core/import/formats/pdf.ts';
import { ImportFileError } from '../../core/import/types.ts';
import { useTempDir } from '../support/temp.ts';
import { parseAll } from '../support/parse.ts';

const PLANES =
  'Giant Il-76 military planes began taking off from an airbase in the Moscow region after Putin spoke to Italian Prime Minister Giuseppe Conte on Saturday and agreements were later reached between respective defence ministers.';
const KREMLIN =
  'The Kremlin said Putin had expressed his support for Italy’s leaders and people in the extremely difficult situation they were facing and had heeded an Italian request for help.';
const TOLL =
  'Italy recorded almost 800 deaths from the coronavirus on Saturday, taking the toll in the world’s hardest-hit country to almost 5,000, out of over 53,000 reported infections.';
const CHINA =
  'China, the origin of the outbreak, has also sent medical supplies to Italy, amid complaints from eurosceptic far-right leader Matteo Salvini that the European Union was failing in its duty of solidarity.';

const SIZE = 11;
const LEADING = 14;

/** Greedy line breaking at a width, as a word processor would lay the text out. */
function wrap(text: string, font: PDFFont, width = 420): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && font.widthOfTextAtSize(`${last} ${word}`, SIZE) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Draws lines from `top` down, the first one indented by `indent`; returns the next baseline. */
function draw(page: PDFPage, font: PDFFont, lines: string[], top: number, indent = 0): number {
  lines.forEach((line, index) => {
    page.drawText(line, { x: 72 + (index === 0 ? indent : 0), y: top - index * LEADING, size: SIZE, font });
  });
  return top - lines.length * LEADING;
}

describe('parsePdf', () => {
  const temp = useTempDir();

  it('reads metadata and rebuilds paragraphs, leaving out running headers and page numbers', async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('From Russia with Love');
    pdf.setAuthor('Reuters Staff');
    pdf.setCreationDate(new Date('2020-03-23T10:15:00Z'));
    pdf.catalog.set(PDFName.of('Lang'), PDFString.of('en-GB'));
    const font = await pdf.embedFont(StandardFonts.Helvetica);

    const first = pdf.addPage([595, 842]);
    // "agree-" / "ments" is a word broken at the margin; "Il-76" and "far-right" keep their hyphens.
    const planes = PLANES.split(' agreements ');
    const afterPlanes = draw(
      first,
      font,
      [...wrap(`${planes[0]} agree-`, font), ...wrap(`ments ${planes[1]}`, font)],
      760,
    );
    draw(first, font, wrap(KREMLIN, font), afterPlanes - LEADING);
    first.drawText('reuters.example/world 23/03/2020, 10:15', { x: 72, y: 810, size: 8, font });
    draw(first, font, ['1'], 40);

    const second = pdf.addPage([595, 842]);
    // Two paragraphs told apart only by the indent of the second one's first line.
    const afterToll = draw(second, font, wrap(TOLL, font), 760);
    draw(second, font, wrap(CHINA, font), afterToll, 24);
    second.drawText('reuters.example/world 23/03/2020, 10:15', { x: 72, y: 810, size: 8, font });
    draw(second, font, ['2'], 40);

    const path = temp.file('aid.pdf', await pdf.save());
    expect(await parseAll(parsePdf, path)).toEqual([
      {
        ok: true,
        article: {
          title: 'From Russia with Love',
          author: 'Reuters Staff',
          published: '2020-03-23T10:15:00Z',
          language: 'en-GB',
          text: [PLANES, KREMLIN, TOLL, CHINA].join('\n\n'),
        },
      },
    ]);
  });

  it('refuses a PDF without a text layer', async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('Scanned front page');
    pdf
      .addPage([595, 842])
      .drawRectangle({ x: 72, y: 400, width: 300, height: 200, color: rgb(0.2, 0.2, 0.2) });
    const path = temp.file('scan.pdf', await pdf.save());
    await expect(parseAll(parsePdf, path)).rejects.toThrow(
      new ImportFileError('the PDF has no text layer (it may be a scan); run OCR on it first'),
    );
  });

  it('refuses a file that is not a PDF', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    const path = temp.file('random.pdf', bytes);
    await expect(parseAll(parsePdf, path)).rejects.toThrow(
      new ImportFileError(
        'it is not a valid PDF (it is damaged); open it in a PDF viewer and save it again, or print it to a new PDF',
      ),
    );
    const text = temp.file(
      'notes.pdf',
      'Notes on the convoy, typed as plain text and saved with the wrong name.\n',
    );
    await expect(parseAll(parsePdf, text)).rejects.toThrow(
      new ImportFileError('it is not a PDF: it holds plain text: give it the extension .txt'),
    );
  });

  it('says a PDF that stops before its end is cut short, and to fetch it again', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    draw(pdf.addPage([595, 842]), font, wrap(TOLL, font), 760);
    const whole = await pdf.save();
    const path = temp.file('cut.pdf', whole.slice(0, Math.floor(whole.length / 2)));
    await expect(parseAll(parsePdf, path)).rejects.toThrow(
      new ImportFileError('the PDF is cut short (it stops before its end); download or save it again'),
    );
  });
});

describe('pdfDateToIso', () => {
  it.each([
    ["D:20200323101500+01'00'", '2020-03-23T10:15:00+01:00'],
    ["D:20200323101500-05'30", '2020-03-23T10:15:00-05:30'],
    ["D:20200323101500Z00'00'", '2020-03-23T10:15:00Z'],
    ['D:202003231015', '2020-03-23T10:15:00'],
    ['D:20200323', '2020-03-23'],
    ['D:202003', '2020-03'],
    ['20200323094500Z', '2020-03-23T09:45:00Z'],
    ['Monday', null],
    [null, null],
  ])('%s is %s', (pdfDate, iso) => {
    expect(pdfDateToIso(pdfDate)).toBe(iso);
  });
});
