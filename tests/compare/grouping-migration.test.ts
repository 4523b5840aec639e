import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { grouping } from '../../db/migrations/007-grouping.ts';
import { useTempDir } from '../support/temp.ts';

describe('migration: resumable grouping and articles taken out of stories', () => {
  const temp = useTempDir();

  it('adds the run tables and the exclusions to a project with stories, whose rows go with their article', () => {
    const db = new Database(join(temp.dir(), 'm5.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, grouping.version - 1);
    db.prepare(
      `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
       VALUES ('u1', 'h1', 'Aid', 'Planes landed.', 'text', '2020-03-23T00:00:00Z', 2),
              ('u2', 'h2', 'More aid', 'More planes landed.', 'text', '2020-03-23T00:00:00Z', 3)`,
    ).run();
    db.prepare("INSERT INTO stories (id, name, created_at) VALUES (1, 'Aid', '2020-03-24T00:00:00Z')").run();
    db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run();
    migrate(db, grouping.version);
    expect(db.pragma('user_version', { simple: true })).toBe(grouping.version);
    expect(db.prepare('SELECT article_id FROM story_articles').pluck().all()).toEqual([1]);

    db.prepare('INSERT INTO story_exclusions (article_id) VALUES (2)').run();
    db.prepare('INSERT INTO grouping_members (article_id, group_id) VALUES (2, 7)').run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO grouping_runs (id, options, fingerprint, started_at, phase, total) VALUES (2, '{}', 'x', 'now', 'counting', 2)",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM story_exclusions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM grouping_members').pluck().get()).toBe(0);
    db.close();
  });
});
