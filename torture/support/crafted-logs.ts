import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../db/open.ts';
import { MARK } from './marker.ts';

// Crafted files that SQLite would change on opening: a -wal or a hot -journal beside them.

export function copied(base: string, dir: string, name: string): string {
  const path = join(dir, `${name}.sqlite`);
  copyFileSync(base, path);
  return path;
}

/** Some work that touches many pages: titles of every article, and a new story. */
export function touchEverything(db: Database.Database): void {
  db.exec("UPDATE articles SET title = title || ' (edited elsewhere)'");
  db.exec("INSERT INTO stories (name, created_at) VALUES ('Elsewhere', '2020-03-23T00:00:00Z')");
}

/**
 * `base` copied to NAME.sqlite, with the `-wal` (and `-shm`) a connection to a copy of `source`
 * leaves after `change`: from another project, or from this very file (then the log is valid).
 */
export function withLog(
  base: string,
  dir: string,
  name: string,
  source: string,
  options: { shm: boolean },
  change: (db: Database.Database) => void,
): string {
  const path = copied(base, dir, name);
  const work = copied(source, dir, `${name}-source`);
  const db = new Database(work);
  db.unsafeMode(true);
  db.pragma('wal_autocheckpoint = 0');
  change(db);
  copyFileSync(`${work}-wal`, `${path}-wal`);
  if (options.shm) copyFileSync(`${work}-shm`, `${path}-shm`);
  db.close();
  return path;
}

/** This file after a session of its own, with the `-wal` of a session in a copy made before it. */
export function forkedLog(base: string, dir: string): string {
  const path = copied(base, dir, 'forked-wal');
  openProject(path).close();
  const fork = openProject(copied(base, dir, 'forked-wal-source'));
  fork.pragma('wal_autocheckpoint = 0');
  touchEverything(fork);
  copyFileSync(`${fork.name}-wal`, `${path}-wal`);
  fork.close();
  return path;
}

/** This file as it is now, with a `-wal` saved from an earlier state of it. */
export function staleLog(base: string, dir: string): string {
  const path = copied(base, dir, 'stale-wal');
  const db = new Database(path);
  db.pragma('wal_autocheckpoint = 0');
  touchEverything(db);
  copyFileSync(`${path}-wal`, join(dir, 'stale-wal.saved'));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('DELETE FROM mentions WHERE id % 2 = 0');
  db.exec("UPDATE articles SET outlet = 'Moved on'");
  db.exec('VACUUM');
  db.close();
  copyFileSync(join(dir, 'stale-wal.saved'), `${path}-wal`);
  return path;
}

/**
 * A file in rollback-journal mode with a hot `-journal` beside it, as a hostile tool would write
 * one: the journal holds the pages of an earlier state that had a planted trigger, so undoing the
 * "interrupted transaction" (what SQLite does on the next open) brings the trigger back.
 */
export function hotJournal(base: string, dir: string): string {
  const withTrigger = copied(base, dir, 'hot-journal-before');
  const before = new Database(withTrigger);
  before.pragma('journal_mode = DELETE');
  before.exec(`CREATE TRIGGER planted_in_journal AFTER DELETE ON stories BEGIN ${MARK} END`);
  before.close();
  const path = join(dir, 'hot-journal.sqlite');
  copyFileSync(withTrigger, path);
  const after = new Database(path);
  after.exec('DROP TRIGGER planted_in_journal');
  after.close();
  writeFileSync(`${path}-journal`, rollbackJournal(readFileSync(withTrigger), readFileSync(path)));
  return path;
}

/** A rollback journal (sqlite.org/fileformat.html#the_rollback_journal) that restores `original` over `current`. */
function rollbackJournal(original: Buffer, current: Buffer): Buffer {
  const pageSize = original.readUInt16BE(16);
  const sector = 512;
  const nonce = 0x5eed1234;
  const pages: number[] = [];
  for (let pgno = 1; pgno * pageSize <= original.length; pgno++) {
    const at = (pgno - 1) * pageSize;
    if (!original.subarray(at, at + pageSize).equals(current.subarray(at, at + pageSize))) pages.push(pgno);
  }
  const header = Buffer.alloc(sector);
  Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]).copy(header, 0);
  header.writeUInt32BE(pages.length, 8);
  header.writeUInt32BE(nonce, 12);
  header.writeUInt32BE(original.length / pageSize, 16);
  header.writeUInt32BE(sector, 20);
  header.writeUInt32BE(pageSize, 24);
  const records = pages.map((pgno) => {
    const data = original.subarray((pgno - 1) * pageSize, pgno * pageSize);
    let checksum = nonce;
    for (let i = pageSize - 200; i > 0; i -= 200) checksum = (checksum + data[i]!) >>> 0;
    const record = Buffer.alloc(4 + pageSize + 4);
    record.writeUInt32BE(pgno, 0);
    data.copy(record, 4);
    record.writeUInt32BE(checksum, 4 + pageSize);
    return record;
  });
  return Buffer.concat([header, ...records]);
}
