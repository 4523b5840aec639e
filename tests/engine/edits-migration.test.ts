import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { useTempDir } from '../support/temp.ts';

describe('migration 003', () => {
  const temp = useTempDir();

  it('adds the edit history to a project that has data, and checks what is stored in it', () => {
    const db = new Database(join(temp.dir(), 'm3.sqlite'));
    migrate(db, 2);
    db.prepare("INSERT INTO entities (name, type) VALUES ('Dmitry Peskov', 'person')").run();
    migrate(db, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT count(*) FROM entities').pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO edits (label, changes, made_at) VALUES (?, ?, ?)');
    insert.run('Rename', '[]', '2020-03-23T00:00:00Z');
    expect(() => insert.run('Broken', 'not json', '2020-03-23T00:00:00Z')).toThrow(/CHECK/);
    expect(db.prepare('SELECT undone FROM edits').pluck().all()).toEqual([0]);
    db.close();
  });
});
