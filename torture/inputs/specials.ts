import { deflateRawSync } from 'node:zlib';
import { docx, SENTENCES } from './seeds.ts';
import { docxBomb, pdfBomb } from './bombs.ts';

// Inputs built to hurt a particular reader: deep nesting, bombs, huge fields, endless lines.

export interface Special {
  name: string;
  make: () => Buffer | Promise<Buffer>;
}

const nestedHtml = (levels: number, tag = 'div', closed = true) =>
  Buffer.from(
    `<html><body>${`<${tag}>`.repeat(levels)}<p>${SENTENCES[0]}</p>${closed ? `</${tag}>`.repeat(levels) : ''}</body></html>`,
  );
const nestedJson = (levels: number, open = '[', close = ']') =>
  `${open.repeat(levels)}"${SENTENCES[0]}"${close.repeat(levels)}`;
const nestedObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** The specials; `short` leaves out the slowest (the biggest bombs and the million-level files). */
export function specials(short: boolean): Special[] {
  const depths = short ? [300, 1_500, 20_000] : [100, 127, 129, 200, 300, 1_500, 20_000, 200_000, 1_000_000];
  const list: Special[] = [];
  for (const depth of depths) {
    list.push({ name: `nested-divs-${depth}.html`, make: () => nestedHtml(depth) });
    list.push({ name: `unclosed-spans-${depth}.html`, make: () => nestedHtml(depth, 'span', false) });
    list.push({
      name: `nested-arrays-${depth}.json`,
      make: () => Buffer.from(`[{"title":"x","text":${nestedJson(depth)}}]`),
    });
    list.push({
      name: `nested-objects-${depth}.jsonl`,
      make: () =>
        Buffer.from(`{"text":"${SENTENCES[1]}"}\n${nestedObject(depth)}\n{"text":"${SENTENCES[2]}"}\n`),
    });
    list.push({
      name: `nested-items-${depth}.rss`,
      make: () =>
        Buffer.from(
          `<rss><channel><title>W</title><item><description>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</description></item></channel></rss>`,
        ),
    });
    list.push({
      name: `nested-feed-html-${depth}.rss`,
      make: () =>
        Buffer.from(
          `<rss><channel><title>W</title><item><description><![CDATA[${'<div>'.repeat(depth)}x]]></description></item><item><description>${SENTENCES[3]}</description></item></channel></rss>`,
        ),
    });
    list.push({
      name: `nested-tables-${depth}.docx`,
      make: () =>
        docx(
          [],
          `${'<w:tbl><w:tr><w:tc>'.repeat(Math.min(depth, 50_000))}<w:p><w:r><w:t>x</w:t></w:r></w:p>`,
        ),
    });
    list.push({
      name: `nested-arrays-${depth}.pdf`,
      make: () =>
        Buffer.from(
          `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X ${'['.repeat(depth)} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
        ),
    });
  }
  const bombs = short ? [110] : [110, 400, 1000];
  for (const megabytes of bombs) {
    list.push({ name: `zip-bomb-${megabytes}mb.docx`, make: () => docxBomb(megabytes) });
    list.push({
      name: `zip-bomb-picture-${megabytes}mb.docx`,
      make: () => docxBomb(megabytes, 'word/media/image1.png'),
    });
    list.push({ name: `pdf-bomb-${megabytes}mb.pdf`, make: () => pdfBomb(megabytes) });
  }
  if (!short)
    list.push(
      { name: 'just-below-zip-limit.docx', make: () => docxBomb(90) },
      {
        name: 'huge-field.csv',
        make: () => Buffer.from(`title,body\nx,"${'a'.repeat(30 * 1024 * 1024)}"\n`),
      },
      { name: 'huge-string.json', make: () => Buffer.from(`[{"text":"${'b'.repeat(40 * 1024 * 1024)}"}]`) },
    );
  list.push(
    { name: 'many-parts.docx', make: () => manyPartsZip(20_000) },
    { name: 'billion-laughs.rss', make: () => Buffer.from(billionLaughs()) },
    {
      name: 'billion-laughs.html',
      make: () => Buffer.from(`<!DOCTYPE html [${billionLaughsDtd()}]><p>&lol9;</p>`),
    },
    {
      name: 'many-columns.csv',
      make: () =>
        Buffer.from(
          `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')},text\n${',x'.repeat(100_000)}\n`,
        ),
    },
    { name: 'unclosed-quote.csv', make: () => Buffer.from(`title,body\nx,"${SENTENCES[0]}\n`.repeat(3)) },
    {
      name: 'formula-cells.csv',
      make: () => Buffer.from(`title,body\n=HYPERLINK("http://evil.example"),"+${SENTENCES[0]}"\n`),
    },
    { name: 'long-line.txt', make: () => Buffer.from('word '.repeat(2_000_000)) },
    {
      name: 'over-the-length-limit.txt',
      make: () => Buffer.from(`${SENTENCES.join(' ')}\n\n`.repeat(4_000)),
    },
    { name: 'big-string.json', make: () => Buffer.from(`[{"text":"${'b c '.repeat(1024 * 1024)}"}]`) },
    {
      name: 'many-items.json',
      make: () =>
        Buffer.from(
          JSON.stringify(
            Array.from({ length: 5_000 }, (_, i) => ({ title: `t${i}`, text: `${SENTENCES[i % 4]} ${i}` })),
          ),
        ),
    },
    { name: 'bom-only.txt', make: () => Buffer.from([0xef, 0xbb, 0xbf]) },
    { name: 'utf16-bom-only.json', make: () => Buffer.from([0xff, 0xfe]) },
    { name: 'nul-only.txt', make: () => Buffer.alloc(1000) },
    { name: 'empty.html', make: () => Buffer.alloc(0) },
    {
      name: 'ansi-title.txt',
      make: () => Buffer.from(`\x1b]0;pwned\x07\x1b[2J${SENTENCES[0]}\n\n${SENTENCES[1]}`),
    },
    { name: 'comment-bomb.html', make: () => Buffer.from('<!--'.repeat(500_000)) },
    { name: 'tag-soup.html', make: () => Buffer.from('<a <b <c '.repeat(300_000)) },
    {
      name: 'unterminated-cdata.rss',
      make: () => Buffer.from(`<rss><channel><item><description><![CDATA[${'x'.repeat(1_000_000)}`),
    },
    { name: 'raw-deflate-as.pdf', make: () => deflateRawSync(Buffer.alloc(1024 * 1024)) },
  );
  return list;
}

function billionLaughsDtd(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++)
    entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return entities.join('');
}

function billionLaughs(): string {
  return `<?xml version="1.0"?><!DOCTYPE rss [${billionLaughsDtd()}]><rss><channel><title>&lol9;</title><item><description>&lol9;</description></item></channel></rss>`;
}

/** A zip with more parts than any document (built by hand: JSZip would take long). */
function manyPartsZip(parts: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < parts; i++) {
    const name = Buffer.from(`p/${i}.xml`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name);
    centrals.push(central, name);
    offset += 30 + name.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
