import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads an SQLite database file with plain file reads: no SQLite connection, so no lock, no
 * `-wal` or `-shm` file, no journal replay and no change to any byte. Used to look at a project
 * file that is not trusted yet (see verify.ts). Only what the check needs is read: the header and
 * the b-trees of `sqlite_schema` and of small tables; anything out of shape throws
 * `MalformedFileError` rather than being guessed at.
 */
export class PageReader {
  readonly pageSize: number;
  readonly header: Buffer;
  private readonly fd: number;
  private readonly usable: number;
  private readonly pageCount: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
    try {
      const size = fstatSync(this.fd).size;
      this.header = this.read(0, 100);
      if (size < 100 || this.header.toString('latin1', 0, 16) !== 'SQLite format 3\0')
        throw new MalformedFileError('it is not an SQLite database');
      const raw = this.header.readUInt16BE(16);
      this.pageSize = raw === 1 ? 65536 : raw;
      if (this.pageSize < 512 || this.pageSize > 65536 || (this.pageSize & (this.pageSize - 1)) !== 0)
        throw new MalformedFileError(`its header gives an impossible page size (${raw})`);
      this.usable = this.pageSize - this.header[20]!;
      if (this.usable < 480) throw new MalformedFileError('its header reserves too much of each page');
      this.pageCount = Math.floor(size / this.pageSize);
      // SQLite trusts the page count in the header when its change counter says it is current.
      const counted = this.header.readUInt32BE(28);
      if (
        counted > 0 &&
        this.header.readUInt32BE(24) === this.header.readUInt32BE(92) &&
        counted > this.pageCount
      )
        throw new MalformedFileError(
          `it is shorter than its header says (${this.pageCount} of ${counted} pages): it was cut off`,
        );
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** A 4-byte big-endian number of the header, e.g. 60 (user_version) or 68 (application_id). */
  headerNumber(offset: number): number {
    return this.header.readUInt32BE(offset);
  }

  /** Every row of the table b-tree rooted at `root`, decoded; at most `limit` rows. */
  tableRows(root: number, limit = 100_000): SqlValue[][] {
    const rows: SqlValue[][] = [];
    this.walk(root, 'table', rows, limit, new Set());
    return rows;
  }

  /** Every entry of the index b-tree rooted at `root` (a WITHOUT ROWID table's rows), decoded. */
  indexRows(root: number, limit = 100_000): SqlValue[][] {
    const rows: SqlValue[][] = [];
    this.walk(root, 'index', rows, limit, new Set());
    return rows;
  }

  private page(pgno: number): Buffer {
    if (!Number.isInteger(pgno) || pgno < 1 || pgno > this.pageCount)
      throw new MalformedFileError(`it points to page ${pgno}, beyond its ${this.pageCount} pages`);
    return this.read((pgno - 1) * this.pageSize, this.pageSize);
  }

  private read(position: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    const got = readSync(this.fd, buffer, 0, length, position);
    return got === length ? buffer : buffer.subarray(0, got);
  }

  private walk(
    pgno: number,
    kind: 'table' | 'index',
    rows: SqlValue[][],
    limit: number,
    seen: Set<number>,
  ): void {
    if (seen.has(pgno)) throw new MalformedFileError(`page ${pgno} appears twice in one b-tree`);
    if (seen.size > MAX_PAGES) throw new MalformedFileError('a b-tree is too large to be a schema');
    seen.add(pgno);
    const page = this.page(pgno);
    const start = pgno === 1 ? 100 : 0;
    const type = page[start];
    const leaf = kind === 'table' ? 0x0d : 0x0a;
    const interior = kind === 'table' ? 0x05 : 0x02;
    if (type !== leaf && type !== interior)
      throw new MalformedFileError(`page ${pgno} is not the ${kind} b-tree page it should be`);
    const cells = page.readUInt16BE(start + 3);
    const headerSize = type === leaf ? 8 : 12;
    for (let i = 0; i < cells; i++) {
      const at = page.readUInt16BE(start + headerSize + 2 * i);
      if (at < start + headerSize || at >= this.usable)
        throw new MalformedFileError(`page ${pgno} has a cell outside the page`);
      if (type === interior) {
        this.walk(page.readUInt32BE(at), kind, rows, limit, seen);
        if (kind === 'index') rows.push(this.payload(page, at + 4, kind));
      } else {
        rows.push(this.payload(page, at, kind));
      }
      if (rows.length > limit) throw new MalformedFileError('a table is larger than a schema can be');
    }
    if (type === interior) this.walk(page.readUInt32BE(start + 8), kind, rows, limit, seen);
  }

  /** The record of the cell at `at`: its payload, gathered from overflow pages when it spills. */
  private payload(page: Buffer, at: number, kind: 'table' | 'index'): SqlValue[] {
    const [size, afterSize] = varint(page, at);
    if (size > MAX_RECORD_BYTES) throw new MalformedFileError('a schema record is implausibly large');
    let offset = afterSize;
    if (kind === 'table') offset = varint(page, offset)[1]; // the rowid
    const u = this.usable;
    const maxLocal = kind === 'table' ? u - 35 : Math.floor(((u - 12) * 64) / 255) - 23;
    const minLocal = Math.floor(((u - 12) * 32) / 255) - 23;
    let local = size;
    if (size > maxLocal) {
      const k = minLocal + ((size - minLocal) % (u - 4));
      local = k <= maxLocal ? k : minLocal;
    }
    if (offset + local > page.length) throw new MalformedFileError('a record runs past its page');
    const parts = [page.subarray(offset, offset + local)];
    let gathered = local;
    let next = local < size ? page.readUInt32BE(offset + local) : 0;
    const seen = new Set<number>();
    while (gathered < size) {
      if (next === 0 || seen.has(next)) throw new MalformedFileError('a record’s overflow chain is broken');
      seen.add(next);
      const overflow = this.page(next);
      const take = Math.min(u - 4, size - gathered);
      parts.push(overflow.subarray(4, 4 + take));
      gathered += take;
      next = overflow.readUInt32BE(0);
    }
    return decodeRecord(Buffer.concat(parts));
  }
}

export type SqlValue = null | number | bigint | string | Buffer;

/** Bounds on what a schema (or a settings table) can be, so a crafted file cannot make the check run on and on. */
const MAX_PAGES = 10_000;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Raised for a file whose structure SQLite would not read either. */
export class MalformedFileError extends Error {
  override name = 'MalformedFileError';
}

function varint(buffer: Buffer, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = buffer[at + i];
    if (byte === undefined) throw new MalformedFileError('a number runs past its page');
    if (i === 8) return [value * 256 + byte, at + 9];
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return [value, at + i + 1];
  }
  return [value, at + 9];
}

function decodeRecord(record: Buffer): SqlValue[] {
  const [headerSize, afterHeaderSize] = varint(record, 0);
  if (headerSize > record.length) throw new MalformedFileError('a record header runs past its record');
  const types: number[] = [];
  for (let at = afterHeaderSize; at < headerSize;) {
    const [type, next] = varint(record, at);
    types.push(type);
    at = next;
  }
  const values: SqlValue[] = [];
  let at = headerSize;
  for (const type of types) {
    const [value, length] = decodeValue(record, at, type);
    if (at + length > record.length) throw new MalformedFileError('a record’s values run past its end');
    values.push(value);
    at += length;
  }
  return values;
}

const INTEGER_BYTES = [0, 1, 2, 3, 4, 6, 8];

function decodeValue(record: Buffer, at: number, type: number): [SqlValue, number] {
  if (type === 0) return [null, 0];
  if (type >= 1 && type <= 6) {
    const bytes = INTEGER_BYTES[type]!;
    if (at + bytes > record.length) throw new MalformedFileError('a number runs past its record');
    if (bytes === 8) return [record.readBigInt64BE(at), 8];
    return [record.readIntBE(at, bytes), bytes];
  }
  if (type === 7) return [record.readDoubleBE(at), 8];
  if (type === 8) return [0, 0];
  if (type === 9) return [1, 0];
  if (type === 10 || type === 11) throw new MalformedFileError('a record uses a reserved value type');
  const length = Math.floor((type - 12) / 2);
  const bytes = record.subarray(at, at + length);
  return [type % 2 === 0 ? Buffer.from(bytes) : bytes.toString('utf8'), length];
}
