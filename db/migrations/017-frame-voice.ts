import type { Migration } from './types.ts';

// Issue 12: Compare's frames per outlet from stored per-article rows. For each article and frame,
// `frame_voice` keeps how much evidence not rejected lies outside quotations (the outlet's own
// voice) and inside them (its sources'), and how much of each is negated. With migration 014's
// `frame_effective` (the decision that counts) it is all the heatmap, the primary bars and the
// voice toggle need: Compare reads one row per article and frame instead of every piece of
// evidence (134,000 rows for a 12,000-article search). Triggers keep it in the same transaction as
// the evidence it counts; a row whose evidence is all gone is deleted.

const isFrame = (row: 'NEW' | 'OLD') =>
  `${row}.status != 'rejected' AND (SELECT kind FROM codes WHERE id = ${row}.code_id) = 'frame'`;

// One upsert per piece of evidence: an insert and an update apart cost twice as much per write.
const add = (when: string) => `
  INSERT INTO frame_voice (article_id, code_id, own_hits, quoted_hits, own_negated, quoted_negated)
    SELECT NEW.article_id, NEW.code_id, NEW.in_quote = 0, NEW.in_quote = 1,
      NEW.in_quote = 0 AND NEW.negated = 1, NEW.in_quote = 1 AND NEW.negated = 1
    WHERE ${when}
  ON CONFLICT DO UPDATE SET
    own_hits = own_hits + excluded.own_hits, quoted_hits = quoted_hits + excluded.quoted_hits,
    own_negated = own_negated + excluded.own_negated, quoted_negated = quoted_negated + excluded.quoted_negated;`;

// Only a row the evidence was counted in is touched, so no lookup of the code is needed (a code
// being deleted is already gone when its evidence goes).
const remove = `
  UPDATE frame_voice SET
    own_hits = own_hits - (OLD.in_quote = 0), quoted_hits = quoted_hits - (OLD.in_quote = 1),
    own_negated = own_negated - (OLD.in_quote = 0 AND OLD.negated = 1),
    quoted_negated = quoted_negated - (OLD.in_quote = 1 AND OLD.negated = 1)
  WHERE article_id = OLD.article_id AND code_id = OLD.code_id;
  DELETE FROM frame_voice
  WHERE article_id = OLD.article_id AND code_id = OLD.code_id AND own_hits = 0 AND quoted_hits = 0;`;

export const frameVoice: Migration = {
  version: 17,
  name: "each article's frame evidence by voice, stored for Compare",
  up: `
    CREATE TABLE frame_voice (
      article_id INTEGER NOT NULL,
      code_id INTEGER NOT NULL,
      own_hits INTEGER NOT NULL DEFAULT 0,
      quoted_hits INTEGER NOT NULL DEFAULT 0,
      own_negated INTEGER NOT NULL DEFAULT 0,
      quoted_negated INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (article_id, code_id)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO frame_voice (article_id, code_id, own_hits, quoted_hits, own_negated, quoted_negated)
      SELECT a.article_id, a.code_id, sum(a.in_quote = 0), sum(a.in_quote = 1),
        sum(a.in_quote = 0 AND a.negated = 1), sum(a.in_quote = 1 AND a.negated = 1)
      FROM annotations a JOIN codes c ON c.id = a.code_id
      WHERE c.kind = 'frame' AND a.status != 'rejected'
      GROUP BY a.article_id, a.code_id;

    CREATE TRIGGER frame_voice_insert AFTER INSERT ON annotations WHEN ${isFrame('NEW')} BEGIN
      ${add('1')}
    END;
    CREATE TRIGGER frame_voice_delete AFTER DELETE ON annotations WHEN OLD.status != 'rejected' BEGIN
      ${remove}
    END;
    CREATE TRIGGER frame_voice_update
    AFTER UPDATE OF status, code_id, article_id, in_quote, negated ON annotations BEGIN
      ${remove.replaceAll('WHERE article_id = OLD.article_id', "WHERE OLD.status != 'rejected' AND article_id = OLD.article_id")}
      ${add(isFrame('NEW'))}
    END;
    -- A code changing kind takes its evidence in or out of the frames.
    CREATE TRIGGER frame_voice_code_kind AFTER UPDATE OF kind ON codes BEGIN
      DELETE FROM frame_voice WHERE code_id = NEW.id;
      INSERT INTO frame_voice (article_id, code_id, own_hits, quoted_hits, own_negated, quoted_negated)
        SELECT a.article_id, a.code_id, sum(a.in_quote = 0), sum(a.in_quote = 1),
          sum(a.in_quote = 0 AND a.negated = 1), sum(a.in_quote = 1 AND a.negated = 1)
        FROM annotations a
        WHERE NEW.kind = 'frame' AND a.code_id = NEW.id AND a.status != 'rejected'
        GROUP BY a.article_id, a.code_id;
    END;
    CREATE TRIGGER frame_voice_code_delete AFTER DELETE ON codes BEGIN
      DELETE FROM frame_voice WHERE code_id = OLD.id;
    END;
    CREATE TRIGGER frame_voice_article_delete AFTER DELETE ON articles BEGIN
      DELETE FROM frame_voice WHERE article_id = OLD.id;
    END;
  `,
};
