import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  openSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { expectedSchema } from '../../db/trust/allowlist.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { migrate } from '../../db/migrate.ts';
import { APPLICATION_ID } from '../../db/open.ts';
import { copied, forkedLog, hotJournal, staleLog, touchEverything, withLog } from './crafted-logs.ts';
import { MARK, MARKER_KEY } from './marker.ts';

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

export { MARKER_KEY };

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
