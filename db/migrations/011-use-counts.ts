import type { Migration } from './types.ts';

// Issue 12: how often each code and entity is used, kept by triggers in the same transaction as the
// annotations and mentions they count, so the library's facets and the codebook's use counts read a
// row per code or entity instead of counting (DISTINCT) over every annotation and mention of the
// project. Whether an article already has another annotation of the code (or mention of the entity)
// is looked up among that article's own rows (the article indexes), whatever the project's size.
// `articles` counts articles with an annotation not rejected (codes) or with a mention (entities).
const annotationCounts = (row: 'NEW' | 'OLD', sign: '+' | '-', self: string) => `
  UPDATE code_use SET
    accepted = accepted ${sign} (${row}.status = 'accepted'),
    suggested = suggested ${sign} (${row}.status = 'suggested'),
    rejected = rejected ${sign} (${row}.status = 'rejected'),
    articles = articles ${sign} (${row}.status != 'rejected' AND NOT EXISTS (
      SELECT 1 FROM annotations o WHERE o.article_id = ${row}.article_id AND o.code_id = ${row}.code_id
        AND o.status != 'rejected' ${self}))
  WHERE code_id = ${row}.code_id;`;

const mentionCounts = (row: 'NEW' | 'OLD', sign: '+' | '-', self: string) => `
  UPDATE entity_use SET
    mentions = mentions ${sign} 1,
    articles = articles ${sign} (NOT EXISTS (
      SELECT 1 FROM mentions o WHERE o.article_id = ${row}.article_id AND o.entity_id = ${row}.entity_id ${self}))
  WHERE entity_id = ${row}.entity_id;`;

// The frame each article asserts or denies by the decision that counts (the view
// effective_frame_decisions, kept as a table: the view weighs every decision of the project each
// time it is read), refreshed for the one article and frame whose decisions or evidence changed.
const refreshFrame = (row: 'NEW' | 'OLD') => `
  DELETE FROM frame_state WHERE article_id = ${row}.article_id AND code_id = ${row}.code_id;
  INSERT INTO frame_state (article_id, code_id, denied)
    SELECT article_id, code_id, denied FROM effective_frame_decisions
    WHERE article_id = ${row}.article_id AND code_id = ${row}.code_id AND present = 1
      -- Nothing to keep for an article or a frame being deleted (their decisions go with them).
      AND EXISTS (SELECT 1 FROM articles WHERE id = ${row}.article_id)
      AND EXISTS (SELECT 1 FROM codes WHERE id = ${row}.code_id);`;

export const useCounts: Migration = {
  version: 11,
  name: 'use counts of codes, frames and entities kept by triggers',
  up: `
    -- Covering the lookups the triggers make within one article, and the filtered facets.
    CREATE INDEX annotations_article_code ON annotations (article_id, code_id, status);
    CREATE INDEX mentions_article_entity ON mentions (article_id, entity_id);
    -- The quotes the project's header and the library rows count, without reading every quote.
    CREATE INDEX quotes_direct_kept ON quotes (article_id, kind, status) WHERE kind = 'direct' AND status != 'rejected';

    CREATE TABLE code_use (
      code_id INTEGER PRIMARY KEY REFERENCES codes (id) ON DELETE CASCADE,
      accepted INTEGER NOT NULL DEFAULT 0,
      suggested INTEGER NOT NULL DEFAULT 0,
      rejected INTEGER NOT NULL DEFAULT 0,
      articles INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TABLE entity_use (
      entity_id INTEGER PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
      mentions INTEGER NOT NULL DEFAULT 0,
      articles INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX entity_use_articles ON entity_use (articles DESC);

    INSERT INTO code_use (code_id, accepted, suggested, rejected, articles)
    SELECT code_id, sum(status = 'accepted'), sum(status = 'suggested'), sum(status = 'rejected'),
      count(DISTINCT CASE WHEN status != 'rejected' THEN article_id END)
    FROM annotations GROUP BY code_id;
    INSERT INTO entity_use (entity_id, mentions, articles)
    SELECT entity_id, count(*), count(DISTINCT article_id) FROM mentions GROUP BY entity_id;

    CREATE TABLE frame_state (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      denied INTEGER NOT NULL CHECK (denied IN (0, 1)),
      PRIMARY KEY (article_id, code_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX frame_state_code ON frame_state (code_id, denied, article_id);
    CREATE TABLE frame_use (
      code_id INTEGER PRIMARY KEY REFERENCES codes (id) ON DELETE CASCADE,
      asserted INTEGER NOT NULL DEFAULT 0,
      denied INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    INSERT INTO frame_state (article_id, code_id, denied)
    SELECT article_id, code_id, denied FROM (
      SELECT e.article_id, e.code_id, e.present, e.denied, row_number() OVER (
        PARTITION BY e.article_id, e.code_id
        ORDER BY CASE e.origin WHEN 'adjudicated' THEN 0 WHEN 'manual' THEN 1 ELSE 2 END,
          e.decided_at DESC, e.id DESC) AS rank
      FROM frame_decisions e
      WHERE e.origin != 'auto' OR EXISTS (
        SELECT 1 FROM annotations a
        WHERE a.article_id = e.article_id AND a.code_id = e.code_id AND a.status != 'rejected'))
    WHERE rank = 1 AND present = 1;
    INSERT INTO frame_use (code_id, asserted, denied)
    SELECT code_id, sum(denied = 0), sum(denied = 1) FROM frame_state GROUP BY code_id;

    CREATE TRIGGER frame_use_insert AFTER INSERT ON frame_state BEGIN
      INSERT INTO frame_use (code_id) VALUES (NEW.code_id) ON CONFLICT DO NOTHING;
      UPDATE frame_use SET asserted = asserted + (NEW.denied = 0), denied = denied + NEW.denied
      WHERE code_id = NEW.code_id;
    END;
    CREATE TRIGGER frame_use_delete AFTER DELETE ON frame_state BEGIN
      UPDATE frame_use SET asserted = asserted - (OLD.denied = 0), denied = denied - OLD.denied
      WHERE code_id = OLD.code_id;
    END;
    CREATE TRIGGER frame_state_decision_insert AFTER INSERT ON frame_decisions BEGIN
      ${refreshFrame('NEW')}
    END;
    CREATE TRIGGER frame_state_decision_delete AFTER DELETE ON frame_decisions BEGIN
      ${refreshFrame('OLD')}
    END;
    CREATE TRIGGER frame_state_decision_update AFTER UPDATE ON frame_decisions BEGIN
      ${refreshFrame('OLD')}
      ${refreshFrame('NEW')}
    END;
    -- An analysis's decision counts while some of its evidence is not rejected.
    CREATE TRIGGER frame_state_evidence_insert AFTER INSERT ON annotations
    WHEN EXISTS (SELECT 1 FROM frame_decisions WHERE article_id = NEW.article_id AND code_id = NEW.code_id) BEGIN
      ${refreshFrame('NEW')}
    END;
    CREATE TRIGGER frame_state_evidence_delete AFTER DELETE ON annotations
    WHEN EXISTS (SELECT 1 FROM frame_decisions WHERE article_id = OLD.article_id AND code_id = OLD.code_id) BEGIN
      ${refreshFrame('OLD')}
    END;
    CREATE TRIGGER frame_state_evidence_update AFTER UPDATE OF status, code_id, article_id ON annotations BEGIN
      ${refreshFrame('OLD')}
      ${refreshFrame('NEW')}
    END;

    CREATE TRIGGER code_use_insert AFTER INSERT ON annotations BEGIN
      INSERT INTO code_use (code_id) VALUES (NEW.code_id) ON CONFLICT DO NOTHING;
      ${annotationCounts('NEW', '+', 'AND o.id != NEW.id')}
    END;
    CREATE TRIGGER code_use_delete AFTER DELETE ON annotations BEGIN
      ${annotationCounts('OLD', '-', '')}
    END;
    CREATE TRIGGER code_use_update AFTER UPDATE OF status, code_id, article_id ON annotations BEGIN
      ${annotationCounts('OLD', '-', 'AND o.id != OLD.id')}
      INSERT INTO code_use (code_id) VALUES (NEW.code_id) ON CONFLICT DO NOTHING;
      ${annotationCounts('NEW', '+', 'AND o.id != NEW.id')}
    END;

    CREATE TRIGGER entity_use_insert AFTER INSERT ON mentions BEGIN
      INSERT INTO entity_use (entity_id) VALUES (NEW.entity_id) ON CONFLICT DO NOTHING;
      ${mentionCounts('NEW', '+', 'AND o.id != NEW.id')}
    END;
    CREATE TRIGGER entity_use_delete AFTER DELETE ON mentions BEGIN
      ${mentionCounts('OLD', '-', '')}
    END;
    CREATE TRIGGER entity_use_update AFTER UPDATE OF entity_id, article_id ON mentions BEGIN
      ${mentionCounts('OLD', '-', 'AND o.id != OLD.id')}
      INSERT INTO entity_use (entity_id) VALUES (NEW.entity_id) ON CONFLICT DO NOTHING;
      ${mentionCounts('NEW', '+', 'AND o.id != NEW.id')}
    END;
  `,
};
