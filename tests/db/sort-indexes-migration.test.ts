import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { sortIndexes } from '../../db/migrations/010-sort-indexes.ts';
import { useTempDir } from '../support/temp.ts';

describe('the migration adding the library’s sort indexes', () => {
  const temp = useTempDir();

  it('indexes a project that has articles, and the library’s sorts and counts use the indexes', () => {
    const db = new Database(join(temp.dir(), 'sorts.sqlite'));
    migrate(db, sortIndexes.version - 1);
    const insert = db.prepare(
      `INSERT INTO articles (uid, content_hash, title, outlet, text, source_format, imported_at, word_count, analyzed_at)
       VALUES (?, ?, ?, ?, ?, 'text', '2020-03-23T00:00:00Z', ?, ?)`,
    );
    insert.run('u1', 'h1', 'aid to Italy', 'ANSA', 'Russian planes carried aid to Italy.', 6, '2020-03-24');
    insert.run('u2', 'h2', 'Sanctions', 'ansa', 'The veto on sanctions was not discussed.', 7, null);
    migrate(db, sortIndexes.version);
    expect(db.pragma('user_version', { simple: true })).toBe(sortIndexes.version);

    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('; ');
    expect(plan('SELECT id FROM articles ORDER BY title COLLATE NOCASE, id LIMIT 5')).toMatch(
      /articles_title_sort/,
    );
    expect(plan('SELECT id FROM articles ORDER BY outlet COLLATE NOCASE, id LIMIT 5')).toMatch(
      /articles_outlet_sort/,
    );
    expect(plan('SELECT id FROM articles ORDER BY word_count, id LIMIT 5')).toMatch(/articles_words_sort/);
    expect(plan('SELECT id FROM articles ORDER BY id LIMIT 5 OFFSET 1')).toMatch(
      /COVERING INDEX articles_id_sort/,
    );
    expect(plan('SELECT count(*) FROM articles WHERE analyzed_at IS NULL')).toMatch(/articles_not_analysed/);
    expect(db.prepare('SELECT title FROM articles ORDER BY title COLLATE NOCASE').pluck().all()).toEqual([
      'aid to Italy',
      'Sanctions',
    ]);
    expect(db.prepare('SELECT count(*) FROM articles WHERE analyzed_at IS NULL').pluck().get()).toBe(1);
    db.close();
  });
});
