import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openProject } from '../../db/open.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { useTempDir } from '../support/temp.ts';

describe('opening a project file', () => {
  const temp = useTempDir();

  it('creates a new project with the Framescope marks and the safe settings', () => {
    const path = join(temp.dir(), 'new.sqlite');
    const db = openProject(path);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    db.close();
    const reopened = openProject(path);
    expect(reopened.pragma('user_version', { simple: true })).toBe(latestVersion);
    reopened.close();
  });

  it('refuses a file that is not SQLite and leaves it unchanged', () => {
    const path = temp.file('notes.sqlite', 'These are my notes, not a database.\n');
    expect(() => openProject(path)).toThrow(
      /notes\.sqlite is not a Framescope project \(it is not an SQLite database\)/,
    );
    expect(readFileSync(path, 'utf8')).toBe('These are my notes, not a database.\n');
  });

  it('refuses another application’s SQLite database and leaves it unchanged', () => {
    const path = join(temp.dir(), 'other.db');
    const other = new Database(path);
    other.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Volare');");
    other.close();
    const before = readFileSync(path);
    expect(() => openProject(path)).toThrow(/other\.db is an SQLite database but not a Framescope project/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a project saved by a newer Framescope and leaves it unchanged', () => {
    const path = join(temp.dir(), 'future.sqlite');
    openProject(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = readFileSync(path);
    expect(() => openProject(path)).toThrow(new RegExp(`newer Framescope \\(schema ${latestVersion + 1}`));
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('does not create a file when asked to open one that must exist', () => {
    const path = join(temp.dir(), 'missing.sqlite');
    expect(() => openProject(path, { create: false })).toThrow(/missing\.sqlite: no such project file/);
    expect(() => statSync(path)).toThrow();
  });
});
