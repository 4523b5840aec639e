import Database from 'better-sqlite3';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ProjectFileError, describeSqliteProblem } from './errors.ts';
import { migrate, type UpgradeProgress } from './migrate.ts';
import { latestVersion } from './migrations/index.ts';
import { APPLICATION_ID, verifyProjectFile } from './trust/verify.ts';
import { privateCopy } from './trust/side-files.ts';
import { extendLineage } from './trust/lineage.ts';
import { unwritableReason } from './writable.ts';

export { APPLICATION_ID };

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file when it does not exist (default true; never when `readonly`). */
  create?: boolean;
  /** Open for reading only: nothing is written to the file, and a read-only file can be read. */
  readonly?: boolean;
  /**
   * With `readonly`: this process has the file open already, checked when it was opened (an
   * engine's reader thread), so it is not checked again. The check replays the write-ahead log of
   * the open project apart, which took 12 s on a 100,000-article project.
   */
  checked?: boolean;
  /** Told how far an upgrade of an older project got, while it runs (db/migrate.ts). */
  onUpgrade?: UpgradeProgress;
}

/** The write-ahead log is cut back to this size whenever a checkpoint empties it. */
const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/**
 * Opens (or creates) a project file. Every open first checks the file without writing to it
 * (db/trust/verify.ts): a file that is not a Framescope project, is newer than this code, or whose
 * schema is not exactly what the migrations create is refused and left byte for byte unchanged.
 * Only then is a project migrated and switched to write-ahead logging.
 *
 * With `readonly`, nothing is ever written through the connection; a project whose file or
 * folder is read-only is read from a private copy that is deleted when the connection closes.
 */
export function openProject(path: string, options: OpenOptions = {}): Db {
  const { create = true, readonly = false } = options;
  const full = realOrResolved(path);
  if (readonly && options.checked) return openQueryOnly(full);
  const verdict = verifyProjectFile(full);
  if (verdict.kind === 'new') {
    if (!create || readonly) throw new ProjectFileError(`${path}: no such project file.`);
  }
  const unwritable = unwritableReason(full);
  if (readonly)
    return unwritable ? openPrivateCopy(full, options.onUpgrade) : openQueryOnly(full, options.onUpgrade);
  if (unwritable)
    throw new ProjectFileError(
      `${path} is read-only (${unwritable}), so Framescope can show it but not change it. ` +
        `To work on it, save a copy you can change (framescope share --db ${path} --out NEW-FILE), ` +
        'or make the file and its folder writable.',
    );
  return openWritable(full, verdict.kind === 'new', options.onUpgrade);
}

/** SQLite follows a symbolic link and writes beside the file it points to: check that file and its folder. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function openWritable(path: string, fresh: boolean, onUpgrade?: UpgradeProgress): Db {
  const db = new Database(path, { timeout: 5000 });
  try {
    configure(db);
    if (fresh) {
      // Only takes effect while the file is new: 8 KiB pages hold a typical article without overflow pages.
      db.pragma('page_size = 8192');
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    migrate(db, undefined, onUpgrade);
    db.pragma('journal_mode = WAL');
    extendLineage(db);
    db.pragma('synchronous = NORMAL');
    // 64 MiB of page cache and a 40 MiB write-ahead log before each checkpoint: imports into
    // large projects touch the full-text index all over, and fewer checkpoints write each page once.
    db.pragma('cache_size = -65536');
    db.pragma('wal_autocheckpoint = 5000');
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof ProjectFileError
      ? error
      : new ProjectFileError(describeSqliteProblem(path, error));
  }
}

/** A writable project opened to read: SQLite's own read-write handle, refusing every write. */
function openQueryOnly(path: string, onUpgrade?: UpgradeProgress): Db {
  const db = new Database(path, { timeout: 5000, fileMustExist: true });
  try {
    configure(db);
    // An older project is upgraded, as any open does; the connection is read-only from then on.
    if ((db.pragma('user_version', { simple: true }) as number) < latestVersion)
      migrate(db, undefined, onUpgrade);
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A read-only project (file or folder): SQLite cannot open a write-ahead-log database there
 * without creating files beside it, so it is read from a private copy, removed on close.
 */
function openPrivateCopy(path: string, onUpgrade?: UpgradeProgress): Db {
  const { copy, remove } = privateCopy(path);
  let db: Db;
  try {
    db = openQueryOnly(copy, onUpgrade);
  } catch (error) {
    remove();
    throw error;
  }
  const close = db.close.bind(db);
  const removeOnExit = () => remove();
  process.once('exit', removeOnExit);
  db.close = () => {
    close();
    remove();
    process.off('exit', removeOnExit);
    return db;
  };
  return db;
}

function configure(db: Db): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('foreign_keys = ON');
  db.pragma('cell_size_check = ON');
}

/**
 * Copies everything in the write-ahead log into the project file and empties the log, so the
 * file alone holds all the work. Gives up at once (returning false) while another connection
 * reads: it is tried again later. Used when the engine goes idle and before every close.
 */
export function checkpoint(db: Db): boolean {
  if (!db.open || db.readonly || (db.pragma('journal_mode', { simple: true }) as string) !== 'wal')
    return true;
  if (db.inTransaction) return false;
  const previous = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    return row !== undefined && row.busy === 0;
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${previous}`);
  }
}

/** Closes a project after a last checkpoint, so the file is whole even if another connection stays open. */
export function closeProject(db: Db): void {
  if (!db.open) return;
  if (!(db.pragma('query_only', { simple: true }) as number)) checkpoint(db);
  db.close();
}
