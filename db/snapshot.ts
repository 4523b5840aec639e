import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ProjectFileError } from './errors.ts';
import type { Db } from './open.ts';

export interface SnapshotOptions {
  /**
   * Changes made to the fresh copy before it is checked and moved into place, e.g. leaving out
   * what a share should not carry. After any step the copy is vacuumed, so that rows a step
   * deleted do not linger in free pages.
   */
  steps?: readonly ((copy: Db) => void)[];
}

export interface Snapshot {
  path: string;
  bytes: number;
}

let partNumber = 0;

/**
 * Writes a consistent copy of an open project to `target`, whole in one file: `VACUUM INTO` a
 * temporary file beside the target, an integrity check of it (and of its full-text index), then
 * a move into place. A kill at any moment leaves either no file at `target` or a whole one; an
 * existing file is never replaced.
 */
export function writeSnapshot(db: Db, target: string, options: SnapshotOptions = {}): Snapshot {
  const path = resolve(target);
  if (existsSync(path)) throw new ProjectFileError(`${target} already exists; choose a new file name.`);
  if (path === resolve(db.name))
    throw new ProjectFileError(`${target} is the project itself; choose a new file name.`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new ProjectFileError(`${target}: there is no folder ${folder} to save the copy in.`);
  removeAbandonedParts(path);
  const part = join(folder, `.${basename(path)}.${process.pid}-${++partNumber}.part`);
  try {
    vacuumInto(db, part);
    finish(part, options.steps ?? []);
    syncFile(part);
    place(part, path, target);
    syncFile(folder);
  } catch (error) {
    rmSync(part, { force: true });
    rmSync(`${part}-journal`, { force: true });
    throw error;
  }
  return { path, bytes: statSync(path).size };
}

/** VACUUM INTO only reads the project; a connection opened to read refuses it all the same, so it is let through. */
function vacuumInto(db: Db, part: string): void {
  const queryOnly = db.pragma('query_only', { simple: true }) as number;
  if (queryOnly) db.pragma('query_only = OFF');
  try {
    db.prepare('VACUUM INTO ?').run(part);
  } finally {
    if (queryOnly) db.pragma('query_only = ON');
  }
}

function finish(part: string, steps: readonly ((copy: Db) => void)[]): void {
  const copy = new Database(part, { fileMustExist: true });
  try {
    copy.pragma('trusted_schema = OFF');
    copy.pragma('foreign_keys = ON');
    for (const step of steps) step(copy);
    if (steps.length > 0) copy.exec('VACUUM');
    const integrity = copy.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok')
      throw new ProjectFileError(
        `The copy did not pass SQLite's integrity check (${integrity}); nothing was saved.`,
      );
    const fts = copy
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'",
      )
      .pluck()
      .all() as string[];
    for (const name of fts)
      copy.prepare(`INSERT INTO "${name}" ("${name}") VALUES ('integrity-check')`).run();
  } finally {
    copy.close();
  }
}

/** Moves the checked copy to its name, failing rather than replacing a file that appeared meanwhile. */
function place(part: string, path: string, target: string): void {
  try {
    linkSync(part, path);
    rmSync(part);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ProjectFileError(`${target} already exists; choose a new file name.`);
    // Some file systems (FAT, network shares) have no hard links; rename instead.
    if (existsSync(path)) throw new ProjectFileError(`${target} already exists; choose a new file name.`);
    renameSync(part, path);
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Folders cannot be synced on every platform; the copy is still whole, only less durable.
  } finally {
    closeSync(fd);
  }
}

/** Temporary files of earlier copies to the same name whose process was killed midway. */
function removeAbandonedParts(path: string): void {
  const prefix = `.${basename(path)}.`;
  for (const name of readdirSync(dirname(path))) {
    const match = name.startsWith(prefix)
      ? /^(\d+)-\d+\.part(-journal)?$/.exec(name.slice(prefix.length))
      : null;
    if (match && !alive(Number(match[1]))) rmSync(join(dirname(path), name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
