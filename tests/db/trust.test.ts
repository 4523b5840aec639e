import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openProject } from '../../db/open.ts';
import { migrate } from '../../db/migrate.ts';
import { latestVersion, migrations } from '../../db/migrations/index.ts';
import { expectedSchema, normaliseSql, schemaObjects } from '../../db/trust/allowlist.ts';
import { verifyProjectFile } from '../../db/trust/verify.ts';
import { useTempDir } from '../support/temp.ts';

/** A project file of schema `version`, made the way that version of Framescope made it. */
function projectAt(path: string, version: number): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  migrate(db, version);
  db.prepare(
    `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
     VALUES ('u1', 'h1', 'Aid to Italy', 'Russian planes carried aid to Italy.', 'text', '2020-03-23T00:00:00Z', 6)`,
  ).run();
  db.close();
}

function sideFilesOf(path: string): string[] {
  const name = path.split('/').pop()!;
  return readdirSync(join(path, '..')).filter((entry) => entry.startsWith(name) && entry !== name);
}

describe('the schema allowlist', () => {
  const temp = useTempDir();

  it('is what the migrations create, version by version, FTS5 shadow tables included', () => {
    for (const migration of migrations) {
      const db = new Database(join(temp.dir(), `v${migration.version}.sqlite`));
      migrate(db, migration.version);
      expect(expectedSchema(migration.version).objects).toEqual(schemaObjects(db));
      db.close();
    }
    const names = expectedSchema(latestVersion).objects.map((object) => object.name);
    expect(names).toEqual(expect.arrayContaining(['articles', 'articles_fts_data', 'articles_fts_config']));
    expect(expectedSchema(1).objects.map((o) => o.name)).not.toContain('quotes');
  });

  it('compares SQL with whitespace collapsed, but never inside quotes', () => {
    expect(normaliseSql('CREATE TABLE a (\n  x TEXT,\n    y  INTEGER\n)')).toBe(
      'CREATE TABLE a ( x TEXT, y INTEGER )',
    );
    expect(normaliseSql("CHECK (kind IN ('a  b'))")).toBe("CHECK (kind IN ('a  b'))");
    expect(normaliseSql("CHECK (kind IN ('a b'))")).not.toBe(normaliseSql("CHECK (kind IN ('a  b'))"));
  });
});

describe('checking a project file before opening it', () => {
  const temp = useTempDir();

  it('opens and upgrades a project of every older version, checked against that version’s own schema', () => {
    for (let version = 1; version < latestVersion; version++) {
      const path = join(temp.dir(), `old-${version}.sqlite`);
      projectAt(path, version);
      expect(verifyProjectFile(path)).toMatchObject({ kind: 'project', version });
      const db = openProject(path);
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(db.prepare('SELECT title FROM articles').pluck().get()).toBe('Aid to Italy');
      db.close();
    }
  });

  it('refuses an older project with a trigger its version never had, naming it, without a byte changed', () => {
    const path = join(temp.dir(), 'old-planted.sqlite');
    projectAt(path, 2);
    const raw = new Database(path);
    raw.exec('CREATE TRIGGER wipe AFTER UPDATE ON quotes BEGIN DELETE FROM annotations; END');
    raw.close();
    const before = readFileSync(path);
    expect(() => openProject(path)).toThrow(/trigger "wipe" on quotes that Framescope did not create/);
    expect(() => openProject(path, { readonly: true })).toThrow(/trigger "wipe"/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(sideFilesOf(path)).toEqual([]);
  });

  it('leaves a refused file in rollback mode as it was: no conversion to WAL, no -wal or -shm', () => {
    const path = join(temp.dir(), 'rollback.sqlite');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw);
    raw.exec('CREATE VIEW outlets AS SELECT DISTINCT outlet FROM articles');
    raw.close();
    const before = readFileSync(path);
    expect(before[18]).toBe(1); // rollback journal, not WAL
    expect(() => openProject(path)).toThrow(/view "outlets"/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(sideFilesOf(path)).toEqual([]);
  });

  it('explains a -wal from another copy of the project instead of mixing it in, even when its pages fit', () => {
    const insert = (db: Database.Database, uid: string, title: string) =>
      db
        .prepare(
          `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
           VALUES (?, ?, ?, ?, 'text', '2020-03-24T00:00:00Z', 3)`,
        )
        .run(uid, `hash-${uid}`, title, `${title}: aid reached Italy. `.repeat(30));
    const theirs = join(temp.dir(), 'theirs.sqlite');
    const path = join(temp.dir(), 'mine.sqlite');
    const first = openProject(theirs);
    insert(first, 'a', 'Shared start');
    first.close();
    copyFileSync(theirs, path); // a colleague's copy: the two files fork here
    const mine = openProject(path);
    insert(mine, 'b', 'Only in mine');
    mine.close();
    const writer = openProject(theirs);
    writer.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 100; i++) insert(writer, `t${i}`, `Only in theirs ${i}`);
    copyFileSync(`${theirs}-wal`, `${path}-wal`);
    writer.close();

    const before = readFileSync(path);
    const wal = readFileSync(`${path}-wal`);
    const opening = () => openProject(path);
    expect(opening).toThrow(/mine\.sqlite-wal file beside it does not fit it/);
    expect(opening).toThrow(/move mine\.sqlite-wal out of the folder/);
    expect(() => openProject(path, { readonly: true })).toThrow(/does not fit it/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readFileSync(`${path}-wal`).equals(wal)).toBe(true);
    expect(sideFilesOf(path)).toEqual(['mine.sqlite-wal']);
  });

  it('checks the -wal beside the file a symbolic link points to, where SQLite would find it', () => {
    const real = join(temp.dir(), 'real.sqlite');
    openProject(real).close();
    const writer = new Database(real);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TRIGGER planted AFTER INSERT ON stories BEGIN DELETE FROM quotes; END');
    copyFileSync(`${real}-wal`, join(temp.dir(), 'kept-wal'));
    writer.pragma('journal_mode = DELETE'); // leaves real.sqlite with the trigger: undo that below
    writer.exec('DROP TRIGGER planted');
    writer.pragma('journal_mode = WAL');
    writer.close();
    copyFileSync(join(temp.dir(), 'kept-wal'), `${real}-wal`);
    const link = join(temp.dir(), 'link.sqlite');
    symlinkSync(real, link);
    expect(() => openProject(link)).toThrow(
      /real\.sqlite-wal file beside it does not fit it .*trigger "planted"/,
    );
  });

  it('accepts what a killed Framescope left beside a project (-wal and -shm) and keeps its work', () => {
    const path = join(temp.dir(), 'crashed.sqlite');
    openProject(path).close();
    const left = join(temp.dir(), 'left');
    const db = openProject(path);
    db.pragma('wal_autocheckpoint = 0');
    db.prepare(
      `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
       VALUES ('u9', 'h9', 'Kept', 'Work in the log only.', 'text', '2020-03-23T00:00:00Z', 5)`,
    ).run();
    // What a kill -9 leaves: the file, the log and its index, copied while the connection is open.
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${path}${suffix}`, `${left}.sqlite${suffix}`);
    db.close();
    const reopened = openProject(`${left}.sqlite`);
    expect(reopened.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Kept']);
    reopened.close();
  });

  it('reads a read-only project, leaving nothing beside it, and refuses to change it with a sentence', async () => {
    const { chmodSync } = await import('node:fs');
    const path = join(temp.dir(), 'locked.sqlite');
    projectAt(path, latestVersion);
    chmodSync(path, 0o444);
    try {
      const before = readFileSync(path);
      const db = openProject(path, { readonly: true });
      expect(db.prepare('SELECT title FROM articles').pluck().get()).toBe('Aid to Italy');
      expect(() => db.prepare("UPDATE articles SET title = 'x'").run()).toThrow();
      db.close();
      expect(() => openProject(path)).toThrow(/locked\.sqlite is read-only \(the file is read-only\)/);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(sideFilesOf(path)).toEqual([]);
    } finally {
      chmodSync(path, 0o644);
    }
  });

  it('opens a writable project to read without writing to it or leaving files beside it', () => {
    const path = join(temp.dir(), 'plain.sqlite');
    projectAt(path, latestVersion);
    const before = readFileSync(path);
    const db = openProject(path, { readonly: true });
    expect(() => db.prepare('DELETE FROM articles').run()).toThrow(/readonly|read-only/i);
    db.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
