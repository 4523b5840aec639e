import type { Migration } from './types.ts';

// Issue 12: the project's header and the library's unfiltered facets read summary rows instead of
// counting the project's rows: the articles per outlet and per publication day, the project's
// totals, and the direct quotes and articles per speaker name. Triggers keep them in the same
// transaction as the articles, quotes and entities they count, so every import, edit, merge and
// undo updates them as it writes. Empty outlets and days keep a zero row until read past.
//
// A speaker is named as the library names them: the entity's name, else the quote's speaker text.
// Each counted quote (direct, not rejected, named) keeps its name in `quote_speaker`, so renaming
// or deleting an entity moves its quotes from one name to another without knowing the old name.
// Every index here is written on every quote an analysis stores, so there are as few as the
// reads need: the few thousand speaker rows are sorted when read, not kept sorted.

// NULL outlets and undated articles have a row too; a key never NULL stands for them.
const outletKey = (row: 'NEW' | 'OLD') => `coalesce('=' || ${row}.outlet, '')`;
const dayKey = (row: 'NEW' | 'OLD') => `coalesce('=' || substr(${row}.published_at, 1, 10), '')`;

const countArticle = (row: 'NEW' | 'OLD', sign: '+' | '-') => `
  INSERT INTO outlet_use (key, outlet) VALUES (${outletKey(row)}, ${row}.outlet) ON CONFLICT DO NOTHING;
  UPDATE outlet_use SET articles = articles ${sign} 1 WHERE key = ${outletKey(row)};
  INSERT INTO day_use (key, day) VALUES (${dayKey(row)}, substr(${row}.published_at, 1, 10)) ON CONFLICT DO NOTHING;
  UPDATE day_use SET articles = articles ${sign} 1 WHERE key = ${dayKey(row)};
  UPDATE project_totals SET articles = articles ${sign} 1, analysed = analysed ${sign} (${row}.analyzed_at IS NOT NULL);`;

const keptQuote = (row: 'NEW' | 'OLD') => `(${row}.kind = 'direct' AND ${row}.status != 'rejected')`;

const nameQuote = `
  INSERT INTO quote_speaker (quote_id, article_id, name, entity_id)
    SELECT NEW.id, NEW.article_id, coalesce(e.name, NEW.speaker_text), NEW.speaker_entity_id
    FROM (SELECT 1) LEFT JOIN entities e ON e.id = NEW.speaker_entity_id
    WHERE ${keptQuote('NEW')} AND coalesce(e.name, NEW.speaker_text) IS NOT NULL;`;

// Whether the article has another counted quote of the name: a lookup among that name's rows for
// the one article, whatever the project's size.
const countSpeaker = (row: 'NEW' | 'OLD', sign: '+' | '-') => `
  UPDATE speaker_use SET
    quotes = quotes ${sign} 1,
    articles = articles ${sign} (NOT EXISTS (
      SELECT 1 FROM quote_speaker o WHERE o.name = ${row}.name AND o.article_id = ${row}.article_id
        AND o.quote_id != ${row}.quote_id))
  WHERE name = ${row}.name;`;

export const summaryCounts: Migration = {
  version: 15,
  name: 'articles per outlet and day, project totals and speaker counts kept by triggers',
  up: `
    CREATE TABLE outlet_use (
      key TEXT PRIMARY KEY,
      outlet TEXT,
      articles INTEGER NOT NULL DEFAULT 0
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE day_use (
      key TEXT PRIMARY KEY,
      -- The first ten characters of published_at (the day of an ISO date); NULL: undated.
      day TEXT,
      articles INTEGER NOT NULL DEFAULT 0
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE project_totals (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      articles INTEGER NOT NULL,
      analysed INTEGER NOT NULL,
      -- Direct quotes not rejected.
      quotes INTEGER NOT NULL,
      entities INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE quote_speaker (
      quote_id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL,
      name TEXT NOT NULL,
      entity_id INTEGER
    ) STRICT;
    CREATE INDEX quote_speaker_name ON quote_speaker (name, article_id);
    -- Renaming an entity finds its quotes here; so does the facet, for the entity a name stands for.
    CREATE INDEX quote_speaker_entity ON quote_speaker (entity_id) WHERE entity_id IS NOT NULL;
    CREATE TABLE speaker_use (
      name TEXT PRIMARY KEY,
      quotes INTEGER NOT NULL DEFAULT 0,
      articles INTEGER NOT NULL DEFAULT 0
    ) STRICT, WITHOUT ROWID;

    INSERT INTO outlet_use (key, outlet, articles)
      SELECT coalesce('=' || outlet, ''), outlet, count(*) FROM articles GROUP BY outlet;
    INSERT INTO day_use (key, day, articles)
      SELECT coalesce('=' || day, ''), day, count(*)
      FROM (SELECT substr(published_at, 1, 10) AS day FROM articles) GROUP BY day;
    INSERT INTO project_totals (id, articles, analysed, quotes, entities) VALUES (1,
      (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE analyzed_at IS NOT NULL),
      (SELECT count(*) FROM quotes WHERE kind = 'direct' AND status != 'rejected'),
      (SELECT count(*) FROM entities));
    INSERT INTO quote_speaker (quote_id, article_id, name, entity_id)
      SELECT q.id, q.article_id, coalesce(e.name, q.speaker_text), q.speaker_entity_id
      FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
      WHERE q.kind = 'direct' AND q.status != 'rejected' AND coalesce(e.name, q.speaker_text) IS NOT NULL;
    INSERT INTO speaker_use (name, quotes, articles)
      SELECT name, count(*), count(DISTINCT article_id) FROM quote_speaker GROUP BY name;

    CREATE TRIGGER summary_article_insert AFTER INSERT ON articles BEGIN
      ${countArticle('NEW', '+')}
    END;
    CREATE TRIGGER summary_article_delete AFTER DELETE ON articles BEGIN
      ${countArticle('OLD', '-')}
    END;
    CREATE TRIGGER summary_article_update AFTER UPDATE OF outlet, published_at, analyzed_at ON articles BEGIN
      ${countArticle('OLD', '-')}
      ${countArticle('NEW', '+')}
    END;

    CREATE TRIGGER summary_entity_insert AFTER INSERT ON entities BEGIN
      UPDATE project_totals SET entities = entities + 1;
    END;
    CREATE TRIGGER summary_entity_delete AFTER DELETE ON entities BEGIN
      UPDATE project_totals SET entities = entities - 1;
    END;
    -- A renamed entity's quotes are counted under its new name (deleting one sets its quotes'
    -- speaker to NULL, which the quotes' update trigger sees).
    CREATE TRIGGER summary_entity_rename AFTER UPDATE OF name ON entities BEGIN
      UPDATE quote_speaker SET name = NEW.name WHERE entity_id = NEW.id;
    END;

    CREATE TRIGGER summary_quote_insert AFTER INSERT ON quotes BEGIN
      UPDATE project_totals SET quotes = quotes + ${keptQuote('NEW')};
      ${nameQuote}
    END;
    CREATE TRIGGER summary_quote_delete AFTER DELETE ON quotes BEGIN
      UPDATE project_totals SET quotes = quotes - ${keptQuote('OLD')};
      DELETE FROM quote_speaker WHERE quote_id = OLD.id;
    END;
    CREATE TRIGGER summary_quote_update
    AFTER UPDATE OF kind, status, speaker_entity_id, speaker_text, article_id ON quotes BEGIN
      UPDATE project_totals SET quotes = quotes - ${keptQuote('OLD')} + ${keptQuote('NEW')};
      DELETE FROM quote_speaker WHERE quote_id = OLD.id;
      ${nameQuote}
    END;

    CREATE TRIGGER speaker_use_insert AFTER INSERT ON quote_speaker BEGIN
      INSERT INTO speaker_use (name) VALUES (NEW.name) ON CONFLICT DO NOTHING;
      ${countSpeaker('NEW', '+')}
    END;
    CREATE TRIGGER speaker_use_delete AFTER DELETE ON quote_speaker BEGIN
      ${countSpeaker('OLD', '-')}
      DELETE FROM speaker_use WHERE name = OLD.name AND quotes = 0;
    END;
    CREATE TRIGGER speaker_use_update AFTER UPDATE OF name, article_id ON quote_speaker BEGIN
      ${countSpeaker('OLD', '-')}
      DELETE FROM speaker_use WHERE name = OLD.name AND quotes = 0;
      INSERT INTO speaker_use (name) VALUES (NEW.name) ON CONFLICT DO NOTHING;
      ${countSpeaker('NEW', '+')}
    END;
  `,
};
