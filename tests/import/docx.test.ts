import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../core/import/formats/docx.ts';
import { ImportFileError } from '../../core/import/types.ts';
import { useTempDir } from '../support/temp.ts';
import { parseAll } from '../support/parse.ts';

const HEADLINE = '‘From Russia with Love’: Putin sends aid to Italy to fight virus';
const PLANES =
  'Giant Il-76 military planes began taking off from an airbase in the Moscow region after Putin spoke to Italian Prime Minister Giuseppe Conte on Saturday.';
const PESKOV = '"No, this is unrelated absolutely," Peskov said.';
const CONDITIONS = '"Any conditions, reckonings or hopes whatsoever are out of the question here," he added.';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
const paragraph = (style: string | null, ...runs: string[]) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs.join('')}</w:p>`;

/** The smallest .docx Word and mammoth accept: content types, package rels, the body, and optionally core properties. */
async function docx(paragraphs: string[], core?: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${paragraphs.join('\n')}</w:body></w:document>`,
  );
  if (core) {
    const properties = Object.entries(core)
      .map(([tag, value]) => `<${tag}>${escape(value)}</${tag.split(' ')[0]}>`)
      .join('');
    zip.file(
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${properties}</cp:coreProperties>`,
    );
  }
  return zip.generateAsync({ type: 'uint8array' });
}

describe('parseDocx', () => {
  const temp = useTempDir();

  it('takes title, author and date from the core properties and the paragraphs as text', async () => {
    const path = temp.file(
      'aid.docx',
      await docx(
        [
          paragraph('Title', run(HEADLINE)),
          // Words split across runs, as Word does around spelling marks, must join up again.
          paragraph(
            null,
            run('Giant Il-76 mili'),
            run('tary planes'),
            run(PLANES.slice('Giant Il-76 military planes'.length)),
          ),
          paragraph(null),
          paragraph(null, run(PESKOV), '<w:r><w:br/></w:r>', run(CONDITIONS)),
        ],
        {
          'dc:title': HEADLINE,
          'dc:creator': 'Maria Ivanova',
          'dcterms:created xsi:type="dcterms:W3CDTF"': '2020-03-23T09:12:00Z',
          'dc:language': 'en-GB',
        },
      ),
    );
    expect(await parseAll(parseDocx, path)).toEqual([
      {
        ok: true,
        article: {
          title: HEADLINE,
          text: `${PLANES}\n\n${PESKOV}\n${CONDITIONS}`,
          author: 'Maria Ivanova',
          published: '2020-03-23T09:12:00Z',
          language: 'en-GB',
        },
      },
    ]);
  });

  it('takes the title from a leading heading when the properties have none', async () => {
    const path = temp.file(
      'heading.docx',
      await docx(
        [paragraph('Heading1', run(HEADLINE)), paragraph(null, run(PLANES)), paragraph(null, run(PESKOV))],
        {
          'dc:creator': 'TASS',
        },
      ),
    );
    expect(await parseAll(parseDocx, path)).toEqual([
      {
        ok: true,
        article: {
          title: HEADLINE,
          text: `${PLANES}\n\n${PESKOV}`,
          author: 'TASS',
          published: null,
          language: null,
        },
      },
    ]);
  });

  it('keeps a headline that differs from the title in the properties, and has no title without either', async () => {
    const titled = temp.file(
      'draft.docx',
      await docx([paragraph('Title', run(HEADLINE)), paragraph(null, run(PLANES))], {
        'dc:title': 'Draft 3',
      }),
    );
    expect(await parseAll(parseDocx, titled)).toMatchObject([
      { ok: true, article: { title: 'Draft 3', text: `${HEADLINE}\n\n${PLANES}` } },
    ]);

    const plain = temp.file(
      'plain.docx',
      await docx([paragraph(null, run(PLANES)), paragraph('Heading2', run('Reaction'))]),
    );
    expect(await parseAll(parseDocx, plain)).toEqual([
      {
        ok: true,
        article: {
          title: null,
          text: `${PLANES}\n\nReaction`,
          author: null,
          published: null,
          language: null,
        },
      },
    ]);
  });

  it('refuses a corrupt file and a zip that is not a Word document', async () => {
    const valid = await docx([paragraph(null, run(PLANES))]);
    const corrupt = temp.file('corrupt.docx', valid.slice(0, valid.length / 2));
    await expect(parseAll(parseDocx, corrupt)).rejects.toThrow(
      new ImportFileError(
        'it is not a valid Word (.docx) document (it is damaged or cut short); open it in Word or LibreOffice and save it again',
      ),
    );

    const zip = new JSZip();
    zip.file('readme.txt', PLANES);
    const notWord = temp.file('archive.docx', await zip.generateAsync({ type: 'uint8array' }));
    await expect(parseAll(parseDocx, notWord)).rejects.toThrow(
      new ImportFileError('it is not a valid Word (.docx) document'),
    );
  });

  it('says what a file with the wrong extension holds and what to rename it to', async () => {
    const text = temp.file(
      'minutes.docx',
      'Minutes of the relief committee, typed in a plain text editor.\n',
    );
    await expect(parseAll(parseDocx, text)).rejects.toThrow(
      new ImportFileError(
        'it is not a Word (.docx) document: it holds plain text: give it the extension .txt',
      ),
    );
    const page = temp.file(
      'saved-page.docx',
      '<!doctype html><html><body><p>A saved page.</p></body></html>',
    );
    await expect(parseAll(parseDocx, page)).rejects.toThrow(
      /it holds a web page or a feed: give it the extension \.html/,
    );
  });
});
