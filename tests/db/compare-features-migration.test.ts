import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { compareFeatures } from '../../db/migrations/020-compare-features.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { useTempDir } from '../support/temp.ts';

describe("migration: each article's Compare counts, stored", () => {
  const temp = useTempDir();

  it('leaves an existing project’s counts to its first comparison, and drops them when a text or headline changes', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, compareFeatures.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count) VALUES
        ('u1', 'h1', 'Aid', 'The aid was a gift.', 'text', '2020-03-23T00:00:00Z', 5),
        ('u2', 'h2', 'Flood', 'The river rose overnight.', 'text', '2020-03-24T00:00:00Z', 4);`);
    migrate(db, latestVersion);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('article_terms'), count('article_prints'), count('compare_vocabulary')]).toEqual([0, 0, 0]);

    const store = () =>
      db.exec(`
        INSERT OR REPLACE INTO article_terms VALUES (1, 'k1', 2, x'0101'), (2, 'k2', 2, x'0201');
        INSERT OR REPLACE INTO article_prints VALUES (1, 'k1', x'01000000'), (2, 'k2', x'02000000');`);
    const stored = () => db.prepare('SELECT article_id FROM article_terms ORDER BY article_id').pluck().all();
    const printed = () =>
      db.prepare('SELECT article_id FROM article_prints ORDER BY article_id').pluck().all();
    store();
    // The outlet and the analysis's own marks change no word counted.
    db.exec("UPDATE articles SET outlet = 'Coast Daily', analysis_version = 4, title = 'Aid' WHERE id = 1");
    expect([stored(), printed()]).toEqual([
      [1, 2],
      [1, 2],
    ]);
    db.exec("UPDATE articles SET text = 'The aid was a loan.' WHERE id = 1");
    expect([stored(), printed()]).toEqual([[2], [2]]);
    store();
    db.exec("UPDATE articles SET title = 'Flood warning' WHERE id = 2");
    expect([stored(), printed()]).toEqual([[1], [1]]);
    db.exec('DELETE FROM articles WHERE id = 1');
    expect([stored(), printed()]).toEqual([[], []]);

    // The counts of the project's sample of texts go with any article added, deleted or given another text.
    const prior = () => db.prepare('SELECT count(*) FROM compare_prior').pluck().get();
    const keepPrior = () => db.exec(`INSERT INTO compare_prior VALUES ('1:2:2', '{"terms":[],"counts":[]}')`);
    keepPrior();
    db.exec("UPDATE articles SET title = 'Flood', outlet = 'Valley Post' WHERE id = 2");
    expect(prior()).toBe(1);
    db.exec("UPDATE articles SET text = 'The river fell.' WHERE id = 2");
    expect(prior()).toBe(0);
    keepPrior();
    db.exec(`INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
      VALUES ('u3', 'h3', 'Rain', 'It rained.', 'text', '2020-03-25T00:00:00Z', 2)`);
    expect(prior()).toBe(0);
    keepPrior();
    db.exec('DELETE FROM articles WHERE id = 3');
    expect(prior()).toBe(0);
  });
});
