import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** The files SQLite keeps beside a database, as they are before Framescope opens it. */
export interface SideFiles {
  /** Bytes in `-wal` (0 when there is none). */
  wal: number;
  /**
   * Whether `-shm` (the index SQLite connections share) was built from this very `-wal`: true while
   * a connection uses the log, or after one was killed; false for a `-wal` copied in from elsewhere.
   */
  shmMatchesWal: boolean;
  /** Whether `-journal` holds an unfinished rollback-mode transaction SQLite would undo on open. */
  hotJournal: boolean;
}

const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

export function sideFiles(path: string): SideFiles {
  return {
    wal: sizeOf(`${path}-wal`),
    shmMatchesWal: shmMatchesWal(path),
    hotJournal: readStart(`${path}-journal`, JOURNAL_MAGIC.length).equals(JOURNAL_MAGIC),
  };
}

/**
 * Copies a database with its `-wal` and `-journal` into a private folder, so SQLite can replay
 * them there (what it would do to the original on the next open) while the original stays as it
 * is. Returns the copy's path and a function that removes the folder.
 */
export function privateCopy(path: string, withSideFiles = true): { copy: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'framescope-check-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const copy = join(folder, basename(path));
    copyFileSync(path, copy);
    if (withSideFiles) {
      for (const suffix of ['-wal', '-journal']) {
        if (sizeOf(`${path}${suffix}`) > 0) copyFileSync(`${path}${suffix}`, `${copy}${suffix}`);
      }
    }
    return { copy, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The log's salts (bytes 16-23 of the `-wal` header), copied as they are into the index header. */
function shmMatchesWal(path: string): boolean {
  const wal = readStart(`${path}-wal`, 32);
  const shm = readStart(`${path}-shm`, 48);
  return (
    wal.length === 32 &&
    shm.length === 48 &&
    shm[12] === 1 &&
    wal.subarray(16, 24).equals(shm.subarray(32, 40))
  );
}

function readStart(path: string, length: number): Buffer {
  if (sizeOf(path) === 0) return Buffer.alloc(0); // also never opens a pipe, which would wait forever
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

function sizeOf(path: string): number {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}
