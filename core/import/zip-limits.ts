import { inflateRawSync } from 'node:zlib';
import { ImportFileError } from './types.ts';

// A Word document is a zip archive, and a zip archive can be a bomb: 100 KB that inflate to
// gigabytes. The sizes an archive declares can lie, so every part is inflated here first with a
// ceiling, before mammoth or JSZip see the file (which part a reader opens is up to the archive).

/** Far more than any article's document: all parts together, inflated. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The archive's table of contents; null when it is not a zip archive. */
export function zipEntries(zip: Buffer): ZipEntry[] | null {
  // The end record sits in the last 64 KB + 22 bytes (it may carry a comment).
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Throws an ImportFileError naming the zip bomb when the archive's parts would inflate beyond
 * `limit` together, or it holds more parts than any document has.
 */
export function checkZipBomb(zip: Buffer, limit = MAX_INFLATED_BYTES): void {
  const entries = zipEntries(zip);
  if (!entries) return; // Not readable as a zip: the reader says so in its own words.
  if (entries.length > MAX_ENTRIES)
    throw new ImportFileError(
      `it holds ${entries.length.toLocaleString('en')} parts, more than any Word document; it may be a zip bomb, so it was not opened`,
    );
  let total = 0;
  for (const entry of entries) {
    const header = entry.localHeader;
    if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_HEADER) continue;
    const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    let size = data.length;
    if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') size = limit + 1;
        else continue; // A damaged part: the reader reports it.
      }
    }
    total += size;
    if (total > limit)
      throw new ImportFileError(
        `it is a zip bomb: its parts inflate to more than ${limit / 1024 / 1024} MB, far beyond any document, so it was not opened`,
      );
  }
}
