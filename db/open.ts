import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { ProjectFileError, describeSqliteProblem } from './errors.ts';
import { latestVersion } from './migrations/index.ts';
import { migrate } from './migrate.ts';

/** `PRAGMA application_id` of every Framescope project: "FScp". */
export const APPLICATION_ID = 0x46536370;
const SQLITE_HEADER = 'SQLite format 3\0';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  readonly?: boolean;
}

/**
 * Opens (or creates) a project file. A file that is not a Framescope project, or whose schema is
 * newer than this code, is refused before anything is written to it.
 */
export function openProject(path: string, options: OpenOptions = {}): Db {
  const { create = true, readonly = false } = options;
  const exists = existsSync(path);
  if (!exists && (!create || readonly)) throw new ProjectFileError(`${path}: no such project file.`);
  if (exists) inspectExisting(path);

  const db = new Database(path, { readonly, timeout: 5000 });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      // Only takes effect while the file is new: 8 KiB pages hold a typical article without overflow pages.
      db.pragma('page_size = 8192');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // 64 MiB of page cache and a 40 MiB write-ahead log before each checkpoint: imports into
      // large projects touch the full-text index all over, and fewer checkpoints write each page once.
      db.pragma('cache_size = -65536');
      db.pragma('wal_autocheckpoint = 5000');
      if ((db.pragma('application_id', { simple: true }) as number) === 0) {
        db.pragma(`application_id = ${APPLICATION_ID}`);
      }
      migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error instanceof ProjectFileError
      ? error
      : new ProjectFileError(describeSqliteProblem(path, error));
  }
}

/** Reads what identifies the file without changing it, and refuses what is not ours to open. */
function inspectExisting(path: string): void {
  if (statSync(path).isDirectory()) throw new ProjectFileError(`${path} is a folder, not a project file.`);
  if (statSync(path).size === 0) return; // an empty file becomes a new project
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new ProjectFileError(`${path} is not a Framescope project (it is not an SQLite database).`);
  }
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = probe.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number;
    };
    if (applicationId !== APPLICATION_ID && (applicationId !== 0 || tables.n > 0)) {
      throw new ProjectFileError(
        `${path} is an SQLite database but not a Framescope project; it was left unchanged.`,
      );
    }
    if (version > latestVersion) {
      throw new ProjectFileError(
        `${path} was saved by a newer Framescope (schema ${version}, this version knows up to ${latestVersion}); ` +
          'update Framescope to open it. The file was left unchanged.',
      );
    }
  } catch (error) {
    if (error instanceof ProjectFileError) throw error;
    throw new ProjectFileError(describeSqliteProblem(path, error));
  } finally {
    probe.close();
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.toString('latin1', 0, read);
  } finally {
    closeSync(fd);
  }
}
