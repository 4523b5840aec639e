import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

// One well-formed file per import format, built from a few sentences of our own; the torture
// mutates these. Each is what a scholar might plausibly import.

export const SENTENCES = [
  'Russian military planes carrying medical aid landed at an air base near Rome on Sunday.',
  '"This is a gesture of goodwill," the ministry spokesperson told reporters in Moscow.',
  'Critics in Brussels linked the flights to the debate over sanctions, which Moscow denied.',
  'Italian officials said the doctors would work in the hardest-hit towns of the north.',
];
const TITLE = 'Planes with medical aid land near Rome';
const text = SENTENCES.join('\n\n');
const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type SeedFormat =
  'txt' | 'md' | 'html' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'rss' | 'atom' | 'docx' | 'pdf';

export async function makeSeeds(): Promise<Record<SeedFormat, Buffer>> {
  const paragraphs = SENTENCES.map((sentence) => `<p>${escapeXml(sentence)}</p>`).join('\n');
  const record = {
    title: TITLE,
    text,
    outlet: 'Wire',
    published: '2020-03-22',
    url: 'https://wire.example/aid',
  };
  return {
    txt: Buffer.from(`${TITLE}\n\n${text}\n`),
    md: Buffer.from(`# ${TITLE}\n\n${text}\n`),
    html: Buffer.from(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} | Wire</title>` +
        `<meta property="og:site_name" content="Wire"><meta name="author" content="A. Writer"></head>` +
        `<body><nav><a href="/">Home</a></nav><article><h1>${TITLE}</h1>${paragraphs}</article>` +
        `<aside class="related">Related stories</aside></body></html>`,
    ),
    csv: Buffer.from(
      `title,body,source,date\n"${TITLE}","${text.replace(/"/g, '""')}",Wire,2020-03-22\n` +
        `"Second","${SENTENCES[2]}",Agency,2020-03-23\n`,
    ),
    tsv: Buffer.from(`title\tbody\tsource\n${TITLE}\t${SENTENCES.join(' ')}\tWire\n`),
    json: Buffer.from(JSON.stringify([record, { ...record, title: 'Second', text: SENTENCES[3] }], null, 2)),
    jsonl: Buffer.from(
      `${JSON.stringify(record)}\n${JSON.stringify({ ...record, title: 'Second', text: SENTENCES[1] })}\n`,
    ),
    rss: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>` +
        `<item><title>${TITLE}</title><link>https://wire.example/aid</link><pubDate>Sun, 22 Mar 2020 10:00:00 GMT</pubDate>` +
        `<description><![CDATA[${paragraphs}]]></description></item>` +
        `<item><title>Second</title><description>${escapeXml(SENTENCES[2]!)}</description></item></channel></rss>`,
    ),
    atom: Buffer.from(
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>` +
        `<entry><title>${TITLE}</title><id>https://wire.example/aid</id><updated>2020-03-22T10:00:00Z</updated>` +
        `<content type="html">${escapeXml(paragraphs)}</content></entry></feed>`,
    ),
    docx: await docx(SENTENCES),
    pdf: await pdf(SENTENCES),
  };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export async function docx(paragraphs: string[], body?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const runs = paragraphs.map((p) => `<w:p><w:r><w:t>${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body ?? runs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function pdf(lines: string[]): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([612, 792]);
  lines.forEach((line, index) =>
    page.drawText(line.slice(0, 90), { x: 50, y: 740 - index * 24, size: 10, font }),
  );
  document.setTitle(TITLE);
  return Buffer.from(await document.save());
}
