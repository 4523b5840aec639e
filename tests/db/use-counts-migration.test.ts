import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { useCounts } from '../../db/migrations/011-use-counts.ts';
import { useTempDir } from '../support/temp.ts';

describe('migration: use counts of codes, frames and entities', () => {
  const temp = useTempDir();

  it('counts what an existing project holds, each article once, by the decision that counts', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, useCounts.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count) VALUES
        ('u1', 'h1', 'Aid', 'Lavrov spoke of aid. Lavrov thanked Rome.', 'text', '2020-03-23T00:00:00Z', 8),
        ('u2', 'h2', 'Veto', 'The veto on sanctions was not discussed.', 'text', '2020-03-24T00:00:00Z', 7);
      INSERT INTO entities (name, type) VALUES ('Lavrov', 'person'), ('Rome', 'place');
      INSERT INTO mentions (article_id, entity_id, start, end) VALUES (1, 1, 0, 6), (1, 1, 21, 27), (1, 2, 35, 39), (2, 2, 0, 3);
      INSERT INTO codebooks (key, name) VALUES ('test', 'Test');
      INSERT INTO codes (codebook_id, key, kind, name) VALUES (1, 'solidarity', 'frame', 'Solidarity'),
        (1, 'tone', 'code', 'Tone');
      INSERT INTO annotations (article_id, code_id, start, end, status, created_at) VALUES
        (1, 1, 0, 20, 'suggested', 'now'), (1, 1, 21, 40, 'accepted', 'now'),
        (2, 1, 0, 10, 'rejected', 'now'), (2, 2, 0, 10, 'accepted', 'now');
      -- Article 2's machine decision has only rejected evidence, so it does not count;
      -- article 1's coder denies the frame, which outweighs the machine's assertion.
      INSERT INTO frame_decisions (article_id, code_id, origin, present, decided_at) VALUES
        (1, 1, 'auto', 1, '2020-01-01'), (2, 1, 'auto', 1, '2020-01-01');
      INSERT INTO coders (name) VALUES ('Ana');
      INSERT INTO frame_decisions (article_id, code_id, origin, coder_id, present, denied, decided_at) VALUES
        (1, 1, 'manual', 1, 1, 1, '2020-01-02');`);
    migrate(db, useCounts.version);
    expect(db.prepare('SELECT * FROM code_use ORDER BY code_id').all()).toEqual([
      { code_id: 1, accepted: 1, suggested: 1, rejected: 1, articles: 1 },
      { code_id: 2, accepted: 1, suggested: 0, rejected: 0, articles: 1 },
    ]);
    expect(db.prepare('SELECT * FROM entity_use ORDER BY entity_id').all()).toEqual([
      { entity_id: 1, mentions: 2, articles: 1 },
      { entity_id: 2, mentions: 2, articles: 2 },
    ]);
    expect(db.prepare('SELECT * FROM frame_state').all()).toEqual([{ article_id: 1, code_id: 1, denied: 1 }]);
    expect(db.prepare('SELECT * FROM frame_use').all()).toEqual([{ code_id: 1, asserted: 0, denied: 1 }]);

    // Accepting article 2's evidence again makes the machine's decision count there.
    db.prepare("UPDATE annotations SET status = 'suggested' WHERE article_id = 2 AND code_id = 1").run();
    expect(db.prepare('SELECT * FROM frame_use').all()).toEqual([{ code_id: 1, asserted: 1, denied: 1 }]);
    expect(db.prepare('SELECT articles FROM code_use WHERE code_id = 1').pluck().get()).toBe(2);
    // Deleting an article takes its counts with it.
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT * FROM frame_use').all()).toEqual([{ code_id: 1, asserted: 1, denied: 0 }]);
    expect(db.prepare('SELECT * FROM entity_use ORDER BY entity_id').all()).toEqual([
      { entity_id: 1, mentions: 0, articles: 0 },
      { entity_id: 2, mentions: 1, articles: 1 },
    ]);
    db.close();
  });
});
