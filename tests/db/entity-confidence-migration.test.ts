import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { entityConfidence } from '../../db/migrations/009-entity-confidence.ts';
import { useTempDir } from '../support/temp.ts';

describe('migration: entity type confidence and matching keys', () => {
  const temp = useTempDir();

  it('keeps the mentions of an analysed project, with no confidence until analysed again', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, entityConfidence.version - 1);
    db.exec(`INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
        VALUES ('u1', 'h1', 'Aid', 'Lavrov spoke.', 'text', '2020-03-23T00:00:00Z', 2);
      INSERT INTO entities (name, type) VALUES ('Lavrov', 'person');
      INSERT INTO mentions (article_id, entity_id, start, end) VALUES (1, 1, 0, 6);`);
    migrate(db, entityConfidence.version);
    expect(db.prepare('SELECT entity_id, start, end, confidence FROM mentions').all()).toEqual([
      { entity_id: 1, start: 0, end: 6, confidence: null },
    ]);
    expect(db.prepare('SELECT name, match_key FROM entities').all()).toEqual([
      { name: 'Lavrov', match_key: null },
    ]);
    db.prepare('UPDATE mentions SET confidence = 0.75').run();
    expect(() => db.prepare('UPDATE mentions SET confidence = 1.5').run()).toThrow(/CHECK/);
    db.close();
  });
});
