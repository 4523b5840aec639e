import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { effectiveFrames } from '../../db/migrations/014-effective-frames.ts';
import { useTempDir } from '../support/temp.ts';

describe('migration: the frame decision that counts, stored', () => {
  const temp = useTempDir();

  it('stores for an existing project what the view gave, then keeps it as decisions change', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, effectiveFrames.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count) VALUES
        ('u1', 'h1', 'Aid', 'The aid was a gift. The aid was a pretext.', 'text', '2020-03-23T00:00:00Z', 10),
        ('u2', 'h2', 'Veto', 'The veto on sanctions was not discussed.', 'text', '2020-03-24T00:00:00Z', 7);
      INSERT INTO codebooks (key, name) VALUES ('test', 'Test');
      INSERT INTO codes (codebook_id, key, kind, name) VALUES (1, 'solidarity', 'frame', 'Solidarity'),
        (1, 'pretext', 'frame', 'Pretext');
      INSERT INTO annotations (article_id, code_id, start, end, status, created_at) VALUES
        (1, 1, 0, 20, 'suggested', 'now'), (1, 2, 21, 43, 'suggested', 'now'), (2, 1, 0, 10, 'rejected', 'now');
      INSERT INTO coders (name) VALUES ('Ana'), ('Ben');
      -- Article 1: the machine asserts both frames; Ana denies Solidarity, then Ben, later, says it is
      -- absent; an adjudicator's primary Pretext outweighs them all. Article 2: the machine's only
      -- evidence is rejected, so nothing counts there.
      INSERT INTO frame_decisions (article_id, code_id, origin, coder_id, present, is_primary, denied, salience, decided_at) VALUES
        (1, 1, 'auto', NULL, 1, 1, 0, 0.8, '2020-01-01'), (1, 2, 'auto', NULL, 1, 0, 0, 0.3, '2020-01-01'),
        (2, 1, 'auto', NULL, 1, 1, 0, 0.5, '2020-01-01'),
        (1, 1, 'manual', 1, 1, 0, 1, NULL, '2020-01-02'), (1, 1, 'manual', 2, 0, 0, 0, NULL, '2020-01-03'),
        (1, 2, 'adjudicated', 2, 1, 1, 0, NULL, '2020-01-02');`);
    migrate(db, effectiveFrames.version);
    const counting = () =>
      db
        .prepare(
          'SELECT article_id, code_id, origin, coder_id, present, is_primary, denied FROM effective_frame_decisions ORDER BY article_id, code_id',
        )
        .all();
    expect(counting()).toEqual([
      { article_id: 1, code_id: 1, origin: 'manual', coder_id: 2, present: 0, is_primary: 0, denied: 0 },
      { article_id: 1, code_id: 2, origin: 'adjudicated', coder_id: 2, present: 1, is_primary: 1, denied: 0 },
    ]);
    expect(db.prepare('SELECT * FROM frame_state ORDER BY code_id').all()).toEqual([
      { article_id: 1, code_id: 2, denied: 0 },
    ]);

    // Ben takes his decision back: Ana's denial counts, and the library's frame counts follow.
    db.prepare("DELETE FROM frame_decisions WHERE coder_id = 2 AND origin = 'manual'").run();
    expect(counting()[0]).toMatchObject({ origin: 'manual', coder_id: 1, present: 1, denied: 1 });
    expect(db.prepare('SELECT * FROM frame_use ORDER BY code_id').all()).toEqual([
      { code_id: 1, asserted: 0, denied: 1 },
      { code_id: 2, asserted: 1, denied: 0 },
    ]);
    // Accepting article 2's evidence again makes the machine's decision count there.
    db.prepare("UPDATE annotations SET status = 'accepted' WHERE article_id = 2").run();
    expect(counting()[2]).toMatchObject({ article_id: 2, origin: 'auto', present: 1, is_primary: 1 });
    db.close();
  });
});
