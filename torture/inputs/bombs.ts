import JSZip from 'jszip';
import { constants, deflateRawSync } from 'node:zlib';

// Compression bombs made cheaply: one deflate block of a megabyte of zeros, flushed so that it can
// be repeated, then a final empty block. 200 MB of zeros cost about 200 KB.

const MB = 1024 * 1024;

/** Raw deflate data that inflates to `megabytes` MB of zeros. */
export function rawDeflateBomb(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
}

/** The same in a zlib wrapper (as PDF FlateDecode streams are); the checksum is never reached. */
export function zlibBomb(megabytes: number): Buffer {
  return Buffer.concat([Buffer.from([0x78, 0x9c]), rawDeflateBomb(megabytes), Buffer.alloc(4)]);
}

/** A .docx whose document part inflates to `megabytes` MB; the zip's declared sizes are honest or lie. */
export async function docxBomb(megabytes: number, part = 'word/document.xml'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(part, 'PLACEHOLDER', { compression: 'STORE' });
  const honest = await zip.generateAsync({ type: 'nodebuffer' });
  // Swap the stored placeholder for the bomb's deflate data, fixing the sizes and offsets.
  return swapStoredPart(honest, part, rawDeflateBomb(megabytes), megabytes * MB);
}

function swapStoredPart(zip: Buffer, part: string, data: Buffer, inflated: number): Buffer {
  const name = Buffer.from(part);
  const local = findHeader(zip, 0x04034b50, name);
  const oldSize = zip.readUInt32LE(local + 18);
  const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const before = Buffer.from(zip.subarray(0, dataStart));
  before.writeUInt16LE(8, local + 8);
  before.writeUInt32LE(data.length, local + 18);
  before.writeUInt32LE(inflated >>> 0, local + 22);
  const after = Buffer.from(zip.subarray(dataStart + oldSize));
  const shift = data.length - oldSize;
  const result = Buffer.concat([before, data, after]);
  const central = findHeader(result, 0x02014b50, name);
  result.writeUInt16LE(8, central + 10);
  result.writeUInt32LE(data.length, central + 20);
  result.writeUInt32LE(inflated >>> 0, central + 24);
  // Entries after the bomb, and the central directory, moved by `shift`.
  for (
    let at = result.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = result.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
  ) {
    const offset = result.readUInt32LE(at + 42);
    if (offset > local) result.writeUInt32LE(offset + shift, at + 42);
  }
  const end = result.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  result.writeUInt32LE(result.readUInt32LE(end + 16) + shift, end + 16);
  return result;
}

function findHeader(zip: Buffer, signature: number, name: Buffer): number {
  const magic = Buffer.alloc(4);
  magic.writeUInt32LE(signature);
  const nameAt = signature === 0x04034b50 ? 30 : 46;
  for (let at = zip.indexOf(magic); at >= 0; at = zip.indexOf(magic, at + 4)) {
    if (zip.subarray(at + nameAt, at + nameAt + name.length).equals(name)) return at;
  }
  throw new Error(`no header for ${name.toString()}`);
}

/** A PDF with one page whose content stream inflates to `megabytes` MB. */
export function pdfBomb(megabytes: number): Buffer {
  const stream = zlibBomb(megabytes);
  const parts: (string | Buffer)[] = [
    '%PDF-1.4\n',
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n',
    `4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`,
    stream,
    '\nendstream\nendobj\n',
    'trailer\n<< /Root 1 0 R >>\n%%EOF\n',
  ];
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));
}
