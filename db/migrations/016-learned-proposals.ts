import type { Migration } from './types.ts';

// Issue 9, learning from the scholar: the frames `learn.codebook` proposes for articles nobody has
// decided are stored, so the library, reader and codebook can show and count them. They are kept
// apart from `frame_decisions` on purpose: that table's readers (the effective-decision ranking of
// migration 014, agreement, disagreements, merge, the classifier's own labels) take every origin but
// 'auto' for a person's, so a learned row there would count as a coder's decision and the model
// would learn from itself. Here a proposal never enters `frame_effective`: it ranks below a
// person's decision, the adjudicated one and the analysis's own suggestion, whose evidence sentences
// a person can check (a proposal is a probability over the whole article, trained on one project's
// decisions). A learn run replaces its codebook's proposals; a person's decision on the article and
// frame (a decision, accepted evidence, evidence coded by hand) removes the proposal at once.
const forget = (row: 'NEW') =>
  `DELETE FROM learned_proposals WHERE article_id = ${row}.article_id AND code_id = ${row}.code_id;`;

export const learnedProposals: Migration = {
  version: 16,
  name: 'learned frame proposals, stored until a person decides or learning runs again',
  up: `
    CREATE TABLE learned_proposals (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      probability REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
      trained_at TEXT NOT NULL,
      PRIMARY KEY (article_id, code_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX learned_proposals_code ON learned_proposals (code_id, article_id);

    -- When each codebook's model was last trained, and on how many decisions.
    CREATE TABLE learn_runs (
      codebook_id INTEGER PRIMARY KEY REFERENCES codebooks (id) ON DELETE CASCADE,
      trained_at TEXT NOT NULL,
      decisions INTEGER NOT NULL,
      proposals INTEGER NOT NULL
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
