import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { useTempDir } from '../support/temp.ts';

describe('migrations', () => {
  const temp = useTempDir();

  it('are numbered 1, 2, 3, ... in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('001 creates articles with a full-text index kept by triggers', () => {
    const db = new Database(join(temp.dir(), 'm1.sqlite'));
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const insert = db.prepare(
      `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
       VALUES (?, ?, ?, ?, 'text', '2020-03-23T00:00:00Z', ?)`,
    );
    insert.run('u1', 'h1', 'Aid to Italy', 'Russian planes carried aid to Italy.', 6);
    insert.run('u2', 'h2', 'Sanctions', 'The veto on sanctions was not discussed.', 7);
    const match = db
      .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid')
      .pluck();
    expect(match.all('italy')).toEqual([1]);
    db.prepare("UPDATE articles SET text = 'Sanctions on Italy' WHERE id = 2").run();
    expect(match.all('italy')).toEqual([1, 2]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(match.all('italy')).toEqual([2]);
    expect(() =>
      db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
    expect(() => insert.run('u3', 'h2', 'Same text', 'x', 1)).toThrow(/UNIQUE/);
    db.close();
  });

  it('002 adds analysis tables to a project with articles, which analysis then fills and deletes with them', () => {
    const db = new Database(join(temp.dir(), 'm2.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare(
      `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
       VALUES ('u1', 'h1', 'Aid', 'Peskov said so.', 'text', '2020-03-23T00:00:00Z', 3)`,
    ).run();
    migrate(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT analyzed_at, analysis_version FROM articles').get()).toEqual({
      analyzed_at: null,
      analysis_version: null,
    });
    db.exec(`INSERT INTO entities (name, type) VALUES ('Dmitry Peskov', 'person');
      INSERT INTO mentions (article_id, entity_id, start, end) VALUES (1, 1, 0, 6);
      INSERT INTO quotes (article_id, start, end, speaker_entity_id, speaker_text) VALUES (1, 0, 6, 1, 'Dmitry Peskov');`);
    expect(() => db.exec("INSERT INTO entities (name, type) VALUES ('Rome', 'city')")).toThrow(/CHECK/);
    expect(() =>
      db.exec('INSERT INTO mentions (article_id, entity_id, start, end) VALUES (1, 1, 5, 5)'),
    ).toThrow(/CHECK/);
    db.exec('DELETE FROM articles WHERE id = 1');
    expect(
      db.prepare('SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM quotes)').pluck().get(),
    ).toBe(0);
    db.close();
  });

  it('leave the file as it was when a migration fails midway', () => {
    const db = new Database(join(temp.dir(), 'failing.sqlite'));
    db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY)'); // collides with migration 001
    expect(() => migrate(db)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'meta'").get()).toBeUndefined();
    db.close();
  });
});
