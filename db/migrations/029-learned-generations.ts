import type { Migration } from './types.ts';

// Issue 9 (learn8's limit): a learn run after a merge changes every frame's proposals and review
// probabilities at once, and writing them in one transaction held the engine's thread 550 ms at
// 100,000 articles. Rows now carry the generation of their frame they belong to (`born`), and
// `learned_frames` says which generation of each frame is live (none listed: generation 0). A run
// writes the rows of each frame whose model changed in short transactions as that frame's next
// generation (`pending`), which no reader sees, then makes every one of them live in one short
// transaction, and deletes the replaced generations afterwards, again in short steps. A reader sees
// the last run's set or the new one, never a mix. A run that is stopped or made stale leaves its
// pending rows to be discarded by the next write. A person's decision still removes every version
// of its article and frame at once (the triggers of migration 016, unchanged).
const forget = (row: 'NEW') =>
  `DELETE FROM learned_proposals WHERE article_id = ${row}.article_id AND code_id = ${row}.code_id;`;

export const learnedGenerations: Migration = {
  version: 29,
  name: 'learned proposals and review probabilities written a generation per frame, swapped in at once',
  up: `
    DROP TRIGGER learned_proposals_decision_insert;
    DROP TRIGGER learned_proposals_decision_update;
    DROP TRIGGER learned_proposals_evidence_insert;
    DROP TRIGGER learned_proposals_evidence_update;

    CREATE TABLE learned_proposals_next (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      probability REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
      trained_at TEXT NOT NULL,
      born INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (article_id, code_id, born)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO learned_proposals_next (article_id, code_id, probability, trained_at)
      SELECT article_id, code_id, probability, trained_at FROM learned_proposals;
    DROP TABLE learned_proposals;
    ALTER TABLE learned_proposals_next RENAME TO learned_proposals;
    CREATE INDEX learned_proposals_code ON learned_proposals (code_id, born, article_id);

    CREATE TABLE learned_scores_next (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      probability REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
      born INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (article_id, code_id, born)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO learned_scores_next (article_id, code_id, probability)
      SELECT article_id, code_id, probability FROM learned_scores;
    DROP TABLE learned_scores;
    ALTER TABLE learned_scores_next RENAME TO learned_scores;
    CREATE INDEX learned_scores_code ON learned_scores (code_id, born);

    CREATE TABLE learned_frames (
      code_id INTEGER PRIMARY KEY REFERENCES codes (id) ON DELETE CASCADE,
      live INTEGER NOT NULL DEFAULT 0,
      pending INTEGER
    ) STRICT;

    CREATE TRIGGER learned_proposals_decision_insert AFTER INSERT ON frame_decisions
    WHEN NEW.origin != 'auto' BEGIN
      ${forget('NEW')}
    END;
    CREATE TRIGGER learned_proposals_decision_update AFTER UPDATE ON frame_decisions
    WHEN NEW.origin != 'auto' BEGIN
      ${forget('NEW')}
    END;
    CREATE TRIGGER learned_proposals_evidence_insert AFTER INSERT ON annotations
    WHEN NEW.origin = 'manual' AND NEW.status != 'rejected' BEGIN
      ${forget('NEW')}
    END;
    CREATE TRIGGER learned_proposals_evidence_update AFTER UPDATE OF status ON annotations
    WHEN NEW.status = 'accepted' BEGIN
      ${forget('NEW')}
    END;
  `,
};
