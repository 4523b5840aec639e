import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../../db/articles.ts';
import { openProject } from '../../db/open.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { join, resolve } from 'node:path';
import { useTempDir } from '../support/temp.ts';

// A file that says one thing in one line (a note, a clipped headline, a page with only its title)
// is all body: its title comes from the file's name, never the line again over an empty body.

const ROOT = resolve(import.meta.dirname, '../..');
const LINE = 'Night ferry to Velmar island resumes after breakwater repairs';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A Word document of one paragraph in the given style (mammoth reads this much). */
async function oneParagraphDocx(style: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${LINE}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A PDF whose metadata title is its one line, as many "save as PDF" tools write it. */
async function oneLinePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(LINE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(LINE, { x: 72, y: 760, size: 11, font });
  return pdf.save();
}

describe('a file of one line', () => {
  const temp = useTempDir();

  it('is body under its file name, in every format that could take the line for a title', async () => {
    const files = [
      temp.file('ferry-note.txt', `${LINE}\n`),
      temp.file('ferry-heading.md', `# ${LINE}\n`),
      temp.file('ferry-setext.md', `${LINE}\n${'='.repeat(12)}\n`),
      temp.file(
        'ferry-page.html',
        `<html><head><title>${LINE}</title></head><body><p>${LINE}</p></body></html>`,
      ),
      temp.file('ferry-title.docx', await oneParagraphDocx('Title')),
      temp.file('ferry-print.pdf', await oneLinePdf()),
      temp.file('ferry-rows.csv', `title,text\n"${LINE}","${LINE}"\n`),
    ];
    const db = openProject(join(temp.dir(), 'project.sqlite'));
    // One at a time: the same line in every file would otherwise be skipped as a duplicate.
    const stored: [string, string | null, string][] = [];
    for (const file of files) {
      const summary = await importPaths(db, [file]);
      expect(summary.failures).toEqual([]);
      const article = getArticle(db, summary.imported[0]!.id)!;
      stored.push([file.split('/').pop()!, article.title, article.text.replace(/^#\s*|\s*=+$/g, '')]);
      db.prepare('DELETE FROM articles').run();
    }
    expect(stored).toEqual([
      ['ferry-note.txt', 'ferry-note', LINE],
      ['ferry-heading.md', 'ferry-heading', LINE],
      ['ferry-setext.md', 'ferry-setext', LINE],
      ['ferry-page.html', 'ferry-page', LINE],
      ['ferry-title.docx', 'ferry-title', LINE],
      ['ferry-print.pdf', 'ferry-print', LINE],
      ['ferry-rows.csv', 'ferry-rows (row 2)', LINE],
    ]);
    expect(listArticles(db)).toEqual([]);
    db.close();
  });

  it('keeps a title line that has text under it', async () => {
    const db = openProject(join(temp.dir(), 'project.sqlite'));
    const file = temp.file(
      'ferry.txt',
      `${LINE}\n\nThe first crossing left at midnight with forty cars aboard.\n`,
    );
    const summary = await importPaths(db, [file]);
    expect(summary.imported.map((one) => one.title)).toEqual([LINE]);
    db.close();
  });

  it('is imported by the command line, which then exits (a web page once left it running)', async () => {
    const page = temp.file('ferry.html', `<html><body><p>${LINE}</p></body></html>`);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'bin/framescope.js'),
        'import',
        '--no-analyze',
        '--db',
        join(temp.dir(), 'cli.sqlite'),
        page,
      ],
      { timeout: 60_000 },
    );
    expect(stdout).toMatch(/Imported 1 article from 1 file/);
  }, 90_000);
});
