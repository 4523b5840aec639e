import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { frameVoice } from '../../db/migrations/017-frame-voice.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { useTempDir } from '../support/temp.ts';

describe("migration: each article's frame evidence by voice, stored", () => {
  const temp = useTempDir();

  it('counts an existing project’s evidence by voice, then keeps the counts as evidence changes', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, frameVoice.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count) VALUES
        ('u1', 'h1', 'Aid', 'The aid was a gift. "It is a pretext," she said.', 'text', '2020-03-23T00:00:00Z', 10);
      INSERT INTO codebooks (key, name) VALUES ('test', 'Test');
      INSERT INTO codes (codebook_id, key, kind, name) VALUES (1, 'solidarity', 'frame', 'Solidarity'),
        (1, 'pretext', 'frame', 'Pretext'), (1, 'blame', 'code', 'Blame');
      -- Solidarity in the outlet's words (one negated), Pretext in a quotation and once rejected,
      -- and a hand code that is no frame.
      INSERT INTO annotations (article_id, code_id, start, end, status, negated, in_quote, created_at) VALUES
        (1, 1, 0, 19, 'suggested', 0, 0, 'now'), (1, 1, 4, 7, 'accepted', 1, 0, 'now'),
        (1, 2, 21, 39, 'suggested', 0, 1, 'now'), (1, 2, 21, 39, 'rejected', 0, 0, 'now'),
        (1, 3, 0, 19, 'accepted', 0, 0, 'now');`);
    migrate(db, latestVersion);
    const rows = () =>
      db
        .prepare(
          'SELECT code_id, own_hits, quoted_hits, own_negated, quoted_negated FROM frame_voice ORDER BY code_id',
        )
        .all();
    expect(rows()).toEqual([
      { code_id: 1, own_hits: 2, quoted_hits: 0, own_negated: 1, quoted_negated: 0 },
      { code_id: 2, own_hits: 0, quoted_hits: 1, own_negated: 0, quoted_negated: 0 },
    ]);

    // Rejecting the quoted evidence leaves Pretext no row; accepting the rejected one brings it back, in the outlet's voice.
    db.prepare("UPDATE annotations SET status = 'rejected' WHERE code_id = 2 AND in_quote = 1").run();
    expect(rows()).toHaveLength(1);
    db.prepare("UPDATE annotations SET status = 'accepted' WHERE code_id = 2 AND in_quote = 0").run();
    expect(rows()[1]).toEqual({ code_id: 2, own_hits: 1, quoted_hits: 0, own_negated: 0, quoted_negated: 0 });
    // The hand code turned into a frame counts from then on.
    db.prepare("UPDATE codes SET kind = 'frame' WHERE id = 3").run();
    expect(rows()[2]).toMatchObject({ code_id: 3, own_hits: 1 });
    db.close();
  });
});
