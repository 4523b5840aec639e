import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { expectedSchema } from '../../db/trust/allowlist.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { migrate } from '../../db/migrate.ts';
import { APPLICATION_ID, openProject } from '../../db/open.ts';

/**
 * A project file made to look like Framescope's but not to be trusted, and what opening it must do:
 * `refused` with a sentence and not a byte changed; `read-only`: read, never written; `damaged`:
 * the damage lies in data pages the check does not read, so commands that reach it fail with a
 * sentence (and read commands change nothing).
 */
export interface CraftedFile {
  name: string;
  expect: 'refused' | 'read-only' | 'damaged';
  /** Makes the file in `dir` from a copy of `base` (a whole project) and returns its path. */
  make: (base: string, dir: string, other: string) => string;
  /** Undoes what would stop the file from being deleted afterwards (permissions). */
  cleanup?: (path: string) => void;
}

/** The row a planted trigger writes when it runs: finding it means code in the file was executed. */
export const MARKER_KEY = 'planted-trigger-ran';
const MARK = `INSERT OR IGNORE INTO meta (key, value) VALUES ('${MARKER_KEY}', '"yes"');`;

/** Every table a planted trigger could sit on: the migrations' own and the FTS5 index's shadow tables. */
export function plantableTables(): string[] {
  return expectedSchema(latestVersion)
    .objects.filter((o) => o.type === 'table' && !/^CREATE VIRTUAL/i.test(o.sql ?? ''))
    .map((o) => o.name);
}

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

export function craftedFiles(): CraftedFile[] {
  const triggers = plantableTables().map((table, i): CraftedFile => {
    const event = EVENTS[i % EVENTS.length]!;
    const timing = i % 2 === 0 ? 'AFTER' : 'BEFORE';
    const guard =
      table === 'meta' ? ` WHEN ${event === 'DELETE' ? 'old' : 'new'}.key <> '${MARKER_KEY}'` : '';
    return {
      name: `trigger ${timing} ${event} on ${table}`,
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, `trigger-${table}`, (db) =>
          plant(
            db,
            'trigger',
            `planted_${table}`,
            table,
            `CREATE TRIGGER planted_${table} ${timing} ${event} ON ${table}${guard} BEGIN ${MARK} END`,
          ),
        ),
    };
  });
  return [
    ...triggers,
    {
      name: 'trigger deleting every quote when a codebook is added (runs at open)',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'wipe-quotes', (db) =>
          db.exec(
            `CREATE TRIGGER wipe_quotes AFTER INSERT ON codebooks BEGIN DELETE FROM quotes; ${MARK} END`,
          ),
        ),
    },
    {
      name: 'trigger rewriting imported text so it no longer matches its hash',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'rewrite-text', (db) =>
          db.exec(
            `CREATE TRIGGER rewrite_text AFTER INSERT ON articles BEGIN
               UPDATE articles SET text = replace(new.text, 'Russia', 'Narnia') WHERE id = new.id; ${MARK} END`,
          ),
        ),
    },
    {
      name: "Framescope's own full-text trigger, changed to do more",
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'changed-trigger', (db) => {
          db.exec('DROP TRIGGER articles_fts_insert');
          db.exec(
            `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
               INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text); ${MARK} END`,
          );
        }),
    },
    {
      name: 'a view standing in for the articles table',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'shadow-view', (db) => {
          db.exec('ALTER TABLE articles RENAME TO articles_kept');
          db.exec(
            "CREATE VIEW articles AS SELECT id, uid, content_hash, replace(title, 'aid', 'arms') AS title, outlet, author, url, published_at, published_raw, language, text, source_file, source_format, imported_at, word_count, analyzed_at, analysis_version FROM articles_kept",
          );
        }),
    },
    {
      name: 'an extra view',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'extra-view', (db) =>
          db.exec('CREATE VIEW outlets AS SELECT DISTINCT outlet FROM articles'),
        ),
    },
    {
      name: 'an unknown table',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'unknown-table', (db) =>
          db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)'),
        ),
    },
    {
      name: 'an unknown index',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'unknown-index', (db) =>
          db.exec('CREATE INDEX articles_title ON articles (title)'),
        ),
    },
    {
      name: 'a table whose CREATE lost its CHECK constraints',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'changed-table', (db) => {
          const sql = db
            .prepare("SELECT sql FROM sqlite_schema WHERE name = 'quotes'")
            .pluck()
            .get() as string;
          rewriteSchemaSql(db, 'quotes', sql.replace(/,\s*CHECK \(start >= 0 AND end > start\)/, ''));
        }),
    },
    {
      name: 'full-text index settings changed (rank)',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'fts-rank', (db) =>
          db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')"),
        ),
    },
    {
      name: 'application id of no one (0) on a full schema',
      expect: 'refused',
      make: (base, dir) => edited(base, dir, 'app-id-zero', (db) => db.pragma('application_id = 0')),
    },
    {
      name: "another application's id",
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'app-id-other', (db) => db.pragma('application_id = 1129270857')),
    },
    {
      name: 'schema version newer than this Framescope',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'version-newer', (db) => db.pragma(`user_version = ${latestVersion + 1}`)),
    },
    {
      name: 'schema version older than the tables it holds',
      expect: 'refused',
      make: (base, dir) =>
        edited(base, dir, 'version-older', (db) => db.pragma(`user_version = ${latestVersion - 1}`)),
    },
    {
      name: 'schema version 0 with tables',
      expect: 'refused',
      make: (base, dir) => edited(base, dir, 'version-zero', (db) => db.pragma('user_version = 0')),
    },
    {
      name: 'text stored as UTF-16',
      expect: 'refused',
      make: (_base, dir) => {
        const path = join(dir, 'utf16.sqlite');
        const db = new Database(path);
        db.pragma("encoding = 'UTF-16le'");
        db.pragma(`application_id = ${APPLICATION_ID}`);
        migrate(db);
        db.close();
        return path;
      },
    },
    {
      name: 'schema page overwritten',
      expect: 'refused',
      make: (base, dir) =>
        patched(base, dir, 'schema-page', (fd) => writeSync(fd, Buffer.alloc(40, 0xff), 0, 40, 100)),
    },
    {
      name: 'file cut off halfway',
      expect: 'refused',
      make: (base, dir) => {
        const path = copied(base, dir, 'cut-off');
        truncateSync(path, Math.floor(statSync(path).size / 2 / 8192) * 8192);
        return path;
      },
    },
    {
      name: 'impossible page size in the header',
      expect: 'refused',
      make: (base, dir) =>
        patched(base, dir, 'page-size', (fd) => writeSync(fd, Buffer.from([0x03, 0xe8]), 0, 2, 16)),
    },
    {
      name: 'unknown journal format bytes',
      expect: 'refused',
      make: (base, dir) =>
        patched(base, dir, 'format-bytes', (fd) => writeSync(fd, Buffer.from([3, 3]), 0, 2, 18)),
    },
    {
      name: 'a data page of articles overwritten',
      expect: 'damaged',
      make: (base, dir) => {
        const page = articlesLeafPage(base);
        return patched(base, dir, 'data-page', (fd) =>
          writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, (page - 1) * 8192),
        );
      },
    },
    {
      name: 'a -wal from another project beside it',
      expect: 'refused',
      make: (base, dir, other) =>
        withLog(base, dir, 'foreign-wal', other, { shm: false }, (db) => touchEverything(db)),
    },
    {
      name: 'a -wal and -shm from another project beside it',
      expect: 'refused',
      make: (base, dir, other) =>
        withLog(base, dir, 'foreign-wal-shm', other, { shm: true }, (db) => touchEverything(db)),
    },
    {
      name: 'a -wal from a copy that forked from this file (its pages fit)',
      expect: 'refused',
      make: (base, dir) => forkedLog(base, dir),
    },
    {
      name: 'a -wal of this very file that adds a trigger',
      expect: 'refused',
      make: (base, dir) =>
        withLog(base, dir, 'wal-trigger', base, { shm: false }, (db) =>
          db.exec(
            `CREATE TRIGGER planted_in_wal AFTER UPDATE ON quotes BEGIN DELETE FROM annotations; ${MARK} END`,
          ),
        ),
    },
    {
      name: 'a stale -wal left from an earlier state of this file',
      expect: 'refused',
      make: (base, dir) => staleLog(base, dir),
    },
    {
      name: 'a hot -journal that would bring back a trigger',
      expect: 'refused',
      make: (base, dir) => hotJournal(base, dir),
    },
    {
      name: 'not an SQLite file',
      expect: 'refused',
      make: (_base, dir) => {
        const path = join(dir, 'notes.sqlite');
        writeFileSync(path, 'These are my notes, not a project.\n'.repeat(20));
        return path;
      },
    },
    {
      name: "another program's SQLite database",
      expect: 'refused',
      make: (_base, dir) => {
        const path = join(dir, 'songs.sqlite');
        const db = new Database(path);
        db.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Volare')");
        db.close();
        return path;
      },
    },
    {
      name: 'a folder named like a project',
      expect: 'refused',
      make: (_base, dir) => {
        const path = join(dir, 'folder.sqlite');
        mkdirSync(path);
        return path;
      },
    },
    {
      name: 'a named pipe (reading it would wait forever)',
      expect: 'refused',
      make: (_base, dir) => {
        const path = join(dir, 'pipe.sqlite');
        execFileSync('mkfifo', [path]);
        return path;
      },
    },
    {
      name: 'a read-only project file (chmod 0444)',
      expect: 'read-only',
      make: (base, dir) => {
        const path = copied(base, dir, 'read-only-file');
        chmodSync(path, 0o444);
        return path;
      },
      cleanup: (path) => chmodSync(path, 0o644),
    },
    {
      name: 'a project in a read-only folder (chmod 0555)',
      expect: 'read-only',
      make: (base, dir) => {
        const folder = join(dir, 'read-only-folder');
        mkdirSync(folder);
        const path = copied(base, folder, 'project');
        chmodSync(folder, 0o555);
        return path;
      },
      cleanup: (path) => chmodSync(join(path, '..'), 0o755),
    },
  ];
}

function copied(base: string, dir: string, name: string): string {
  const path = join(dir, `${name}.sqlite`);
  copyFileSync(base, path);
  return path;
}

/** A copy of `base` changed through SQLite, left whole in one file (closing checkpoints it). */
function edited(base: string, dir: string, name: string, change: (db: Database.Database) => void): string {
  const path = copied(base, dir, name);
  const db = new Database(path);
  db.unsafeMode(true);
  change(db);
  db.close();
  return path;
}

/** A copy of `base` with bytes written straight into the file. */
function patched(base: string, dir: string, name: string, change: (fd: number) => void): string {
  const path = copied(base, dir, name);
  const fd = openSync(path, 'r+');
  try {
    change(fd);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** Adds a schema row the way a hostile tool would: straight into sqlite_schema. */
function plant(db: Database.Database, type: string, name: string, table: string, sql: string): void {
  db.pragma('writable_schema = ON');
  db.prepare('INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, 0, ?)').run(
    type,
    name,
    table,
    sql,
  );
  db.pragma('writable_schema = RESET');
}

function rewriteSchemaSql(db: Database.Database, name: string, sql: string): void {
  db.pragma('writable_schema = ON');
  db.prepare('UPDATE sqlite_schema SET sql = ? WHERE name = ?').run(sql, name);
  db.pragma('writable_schema = RESET');
}

function articlesLeafPage(base: string): number {
  const db = new Database(base, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1",
      )
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}

function touchEverything(db: Database.Database): void {
  db.exec("UPDATE articles SET title = title || ' (edited elsewhere)'");
  db.exec("INSERT INTO stories (name, created_at) VALUES ('Elsewhere', '2020-03-23T00:00:00Z')");
}

/**
 * `base` copied to NAME.sqlite, with the `-wal` (and `-shm`) a connection to a copy of `source`
 * leaves after `change`: from another project, or from this very file (then the log is valid).
 */
function withLog(
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
function forkedLog(base: string, dir: string): string {
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
function staleLog(base: string, dir: string): string {
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
function hotJournal(base: string, dir: string): string {
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
