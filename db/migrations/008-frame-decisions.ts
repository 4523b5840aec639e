import type { Migration } from './types.ts';

// Article-level frame decisions (issue 9): per article and frame, whether the frame is present, the
// primary one, denied, and its salience. The machine's suggestion (origin 'auto', no coder), each
// coder's decision (origin 'manual', with coder_id) and an adjudicated layer (origin 'adjudicated')
// are separate rows of the same shape, so re-analysis replaces only the machine's rows and a team can
// compare coders and record the adjudicated result. The decision shown is adjudicated, else the latest
// coder's, else the machine's (`effective_frame_decisions`); a machine decision whose evidence a
// person has rejected, every sentence of it, no longer counts.
// Frame evidence stays in `annotations`, now one row per sentence: `cues` lists the cues it holds
// (JSON [{start, end, cue, negated}]), `negated` says the sentence denies the frame's claim, and
// `in_quote`/`speaker` say whose frame it is when the evidence lies inside a quotation.
// A codebook's `scope` says which articles it applies to: {"kind":"project"}, {"kind":"stories",
// "stories":[ids]} or {"kind":"search","query":"FTS query"}.
export const frameDecisions: Migration = {
  version: 8,
  name: 'article-level frame decisions, sentence evidence and codebook scope',
  up: `
    CREATE TABLE frame_decisions (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual', 'adjudicated')),
      coder_id INTEGER REFERENCES coders (id),
      present INTEGER NOT NULL CHECK (present IN (0, 1)),
      is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
      denied INTEGER NOT NULL DEFAULT 0 CHECK (denied IN (0, 1)),
      salience REAL,
      decided_at TEXT NOT NULL,
      CHECK (origin != 'auto' OR coder_id IS NULL),
      CHECK (present = 1 OR (is_primary = 0 AND denied = 0))
    ) STRICT;
    CREATE UNIQUE INDEX frame_decisions_one
      ON frame_decisions (article_id, code_id, origin, ifnull(coder_id, 0));
    CREATE INDEX frame_decisions_code ON frame_decisions (code_id, present);

    CREATE VIEW effective_frame_decisions AS
      SELECT d.* FROM frame_decisions d
      WHERE d.id = (
        SELECT e.id FROM frame_decisions e
        WHERE e.article_id = d.article_id AND e.code_id = d.code_id
          AND (e.origin != 'auto' OR EXISTS (
            SELECT 1 FROM annotations a
            WHERE a.article_id = e.article_id AND a.code_id = e.code_id AND a.status != 'rejected'))
        ORDER BY CASE e.origin WHEN 'adjudicated' THEN 0 WHEN 'manual' THEN 1 ELSE 2 END,
          e.decided_at DESC, e.id DESC
        LIMIT 1
      );

    ALTER TABLE annotations ADD COLUMN cues TEXT CHECK (cues IS NULL OR json_valid(cues));
    ALTER TABLE annotations ADD COLUMN in_quote INTEGER NOT NULL DEFAULT 0 CHECK (in_quote IN (0, 1));
    ALTER TABLE annotations ADD COLUMN speaker TEXT;

    ALTER TABLE codebooks ADD COLUMN scope TEXT NOT NULL DEFAULT '{"kind":"project"}' CHECK (json_valid(scope));
  `,
};
