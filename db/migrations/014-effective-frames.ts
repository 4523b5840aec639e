import type { Migration } from './types.ts';

// Issue 9/12: the frame decision that counts per article and frame (adjudicated, else the latest
// coder's, else the machine's while any of its evidence stands) is stored in `frame_effective`, kept
// by triggers in the same transaction as the decisions and evidence it derives from. The view
// `effective_frame_decisions` of migration 008 ranked every decision of the project each time it
// was read (26 s for a frame-filtered facet on 100,000 articles); it now reads the stored rows by
// index, with the same columns, so every reader of the view gets them cheaply. Migration 011's
// `frame_state` (the frames present) is refreshed from the stored row, no longer from the view.

// The ranking of migration 008's view, for one article and frame.
const refresh = (row: 'NEW' | 'OLD') => `
  DELETE FROM frame_effective WHERE article_id = ${row}.article_id AND code_id = ${row}.code_id;
  INSERT INTO frame_effective (article_id, code_id, decision_id, present, is_primary, denied, salience)
    SELECT e.article_id, e.code_id, e.id, e.present, e.is_primary, e.denied, e.salience FROM frame_decisions e
    WHERE e.article_id = ${row}.article_id AND e.code_id = ${row}.code_id
      AND (e.origin != 'auto' OR EXISTS (
        SELECT 1 FROM annotations a
        WHERE a.article_id = e.article_id AND a.code_id = e.code_id AND a.status != 'rejected'))
      -- Nothing to keep for an article or a frame being deleted (their decisions go with them).
      AND EXISTS (SELECT 1 FROM articles WHERE id = ${row}.article_id)
      AND EXISTS (SELECT 1 FROM codes WHERE id = ${row}.code_id)
    ORDER BY CASE e.origin WHEN 'adjudicated' THEN 0 WHEN 'manual' THEN 1 ELSE 2 END,
      e.decided_at DESC, e.id DESC
    LIMIT 1;
  DELETE FROM frame_state WHERE article_id = ${row}.article_id AND code_id = ${row}.code_id;
  INSERT INTO frame_state (article_id, code_id, denied)
    SELECT article_id, code_id, denied FROM frame_effective
    WHERE article_id = ${row}.article_id AND code_id = ${row}.code_id AND present = 1;`;

export const effectiveFrames: Migration = {
  version: 14,
  name: 'the frame decision that counts, stored and kept by triggers',
  up: `
    CREATE TABLE frame_effective (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      -- The decision row that counts (kept right by the triggers below, so no foreign key: a
      -- decision being deleted is replaced in the same statement).
      decision_id INTEGER NOT NULL,
      present INTEGER NOT NULL CHECK (present IN (0, 1)),
      is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
      denied INTEGER NOT NULL CHECK (denied IN (0, 1)),
      salience REAL,
      PRIMARY KEY (article_id, code_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX frame_effective_code ON frame_effective (code_id, present, denied, article_id);

    INSERT INTO frame_effective (article_id, code_id, decision_id, present, is_primary, denied, salience)
    SELECT article_id, code_id, id, present, is_primary, denied, salience FROM (
      SELECT e.*, row_number() OVER (
        PARTITION BY e.article_id, e.code_id
        ORDER BY CASE e.origin WHEN 'adjudicated' THEN 0 WHEN 'manual' THEN 1 ELSE 2 END,
          e.decided_at DESC, e.id DESC) AS rank
      FROM frame_decisions e
      WHERE e.origin != 'auto' OR EXISTS (
        SELECT 1 FROM annotations a
        WHERE a.article_id = e.article_id AND a.code_id = e.code_id AND a.status != 'rejected'))
    WHERE rank = 1;

    DROP VIEW effective_frame_decisions;
    -- Same columns as frame_decisions; article, frame and state from the stored row, so a filter on
    -- them reads frame_effective's indexes.
    CREATE VIEW effective_frame_decisions AS
      SELECT d.id, f.article_id, f.code_id, d.origin, d.coder_id, f.present, f.is_primary, f.denied,
        f.salience, d.decided_at
      FROM frame_effective f JOIN frame_decisions d ON d.id = f.decision_id;

    DROP TRIGGER frame_state_decision_insert;
    DROP TRIGGER frame_state_decision_delete;
    DROP TRIGGER frame_state_decision_update;
    DROP TRIGGER frame_state_evidence_insert;
    DROP TRIGGER frame_state_evidence_delete;
    DROP TRIGGER frame_state_evidence_update;
    CREATE TRIGGER frame_effective_decision_insert AFTER INSERT ON frame_decisions BEGIN
      ${refresh('NEW')}
    END;
    CREATE TRIGGER frame_effective_decision_delete AFTER DELETE ON frame_decisions BEGIN
      ${refresh('OLD')}
    END;
    CREATE TRIGGER frame_effective_decision_update AFTER UPDATE ON frame_decisions BEGIN
      ${refresh('OLD')}
      ${refresh('NEW')}
    END;
    -- An analysis's decision counts while some of its evidence is not rejected.
    CREATE TRIGGER frame_effective_evidence_insert AFTER INSERT ON annotations
    WHEN EXISTS (SELECT 1 FROM frame_decisions WHERE article_id = NEW.article_id AND code_id = NEW.code_id) BEGIN
      ${refresh('NEW')}
    END;
    CREATE TRIGGER frame_effective_evidence_delete AFTER DELETE ON annotations
    WHEN EXISTS (SELECT 1 FROM frame_decisions WHERE article_id = OLD.article_id AND code_id = OLD.code_id) BEGIN
      ${refresh('OLD')}
    END;
    CREATE TRIGGER frame_effective_evidence_update AFTER UPDATE OF status, code_id, article_id ON annotations
    WHEN EXISTS (SELECT 1 FROM frame_decisions
      WHERE article_id IN (OLD.article_id, NEW.article_id) AND code_id IN (OLD.code_id, NEW.code_id)) BEGIN
      ${refresh('OLD')}
      ${refresh('NEW')}
    END;
  `,
};
