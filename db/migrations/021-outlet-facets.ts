import type { Migration } from './types.ts';

// Issue 12: the library's entities and speakers facets with outlets chosen (and nothing else)
// counted what the matching articles hold: at a million articles one outlet's 50,000 articles
// meant 700,000 (article, entity) pairs sorted, 1.0 s, and every quote's speaker read, 0.4 s.
// Each article has one outlet, so the counts over some outlets are the sums of each outlet's own:
// these rows keep, per outlet, the articles that mention each entity and the quotes and articles
// of each speaker name (as `speaker_use` does for the project, migration 015). Triggers keep them
// in the same transaction as the mentions, quotes and articles they count.
//
// An article's outlet is read from the narrow facet index (migration 018). A deleted article takes
// its rows away before its mentions and quotes go (a BEFORE trigger: SQLite deletes the article's
// row first, then its mentions and quotes, whose triggers then find no article and count nothing).

const key = (outlet: string) => `coalesce('=' || ${outlet}, '')`;
/** The article's outlet key, as one row (none when the article is gone). */
const article = (articleId: string) =>
  `(SELECT ${key('a.outlet')} AS outlet FROM articles a INDEXED BY articles_facet WHERE a.id != 0 AND a.id = ${articleId})`;
const outletOf = (articleId: string) => `(SELECT outlet FROM ${article(articleId)})`;

/** Whether no other mention of the row's article names the row's entity. */
const firstMention = (row: 'NEW' | 'OLD', self: string) =>
  `NOT EXISTS (SELECT 1 FROM mentions o WHERE o.article_id = ${row}.article_id AND o.entity_id = ${row}.entity_id ${self})`;

const addMention = (self: string) => `
  INSERT INTO outlet_entity_use (key, entity_id, articles)
    SELECT outlet, NEW.entity_id, 1 FROM ${article('NEW.article_id')} WHERE ${firstMention('NEW', self)}
    ON CONFLICT DO UPDATE SET articles = articles + 1;`;

const removeMention = (self: string) => `
  UPDATE outlet_entity_use SET articles = articles - 1
  WHERE key = ${outletOf('OLD.article_id')} AND entity_id = OLD.entity_id AND ${firstMention('OLD', self)};`;

/** Whether no other counted quote of the row's article has the row's name (as migration 015). */
const firstQuote = (row: 'NEW' | 'OLD') =>
  `NOT EXISTS (SELECT 1 FROM quote_speaker o WHERE o.name = ${row}.name AND o.article_id = ${row}.article_id
     AND o.quote_id != ${row}.quote_id)`;

const addQuote = `
  INSERT INTO outlet_speaker_use (key, name, quotes, articles)
    SELECT outlet, NEW.name, 1, ${firstQuote('NEW')} FROM ${article('NEW.article_id')} WHERE true
    ON CONFLICT DO UPDATE SET quotes = quotes + 1, articles = articles + excluded.articles;`;

const removeQuote = `
  UPDATE outlet_speaker_use SET quotes = quotes - 1, articles = articles - ${firstQuote('OLD')}
  WHERE key = ${outletOf('OLD.article_id')} AND name = OLD.name;`;

/** The counted quotes of an article, each with its speaker's name. */
const namesOf = (articleId: string) =>
  `quotes q JOIN quote_speaker k ON k.quote_id = q.id WHERE q.article_id = ${articleId}`;

/** Takes the article's entities and speakers off its (old) outlet's rows. */
const takeArticle = `
  UPDATE outlet_entity_use SET articles = articles - 1
  WHERE key = ${key('OLD.outlet')} AND entity_id IN (SELECT entity_id FROM mentions WHERE article_id = OLD.id);
  UPDATE outlet_speaker_use SET
    quotes = quotes - (SELECT count(*) FROM ${namesOf('OLD.id')} AND k.name = outlet_speaker_use.name),
    articles = articles - 1
  WHERE key = ${key('OLD.outlet')} AND name IN (SELECT k.name FROM ${namesOf('OLD.id')});`;

export const outletFacets: Migration = {
  version: 21,
  name: 'entities and speakers counted per outlet, for the library’s facets with outlets chosen',
  up: `
    CREATE TABLE outlet_entity_use (
      -- The outlet as outlet_use keys it: '=' and its name, '' for articles without one.
      key TEXT NOT NULL,
      entity_id INTEGER NOT NULL,
      -- Articles of the outlet with a mention of the entity.
      articles INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (key, entity_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE outlet_speaker_use (
      key TEXT NOT NULL,
      -- The speaker as the library names them (quote_speaker.name).
      name TEXT NOT NULL,
      quotes INTEGER NOT NULL DEFAULT 0,
      articles INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (key, name)
    ) STRICT, WITHOUT ROWID;

    -- The speakers by how many articles quote them, as entity_use_articles orders entities: a
    -- broad filter counts the most quoted first and stops where no later one can enter the list.
    CREATE INDEX speaker_use_articles ON speaker_use (articles DESC);
    -- Each name's quotes with their entity, so that counting a name over the matching articles
    -- reads no quote's row (it replaces migration 015's index on name and article, whose lookups
    -- it answers as well).
    CREATE INDEX quote_speaker_name_article ON quote_speaker (name, article_id, entity_id);
    DROP INDEX quote_speaker_name;

    INSERT INTO outlet_entity_use (key, entity_id, articles)
      SELECT ${key('a.outlet')}, m.entity_id, count(DISTINCT m.article_id)
      FROM mentions m JOIN articles a INDEXED BY articles_facet ON a.id = m.article_id AND a.id != 0
      GROUP BY 1, 2;
    INSERT INTO outlet_speaker_use (key, name, quotes, articles)
      SELECT ${key('a.outlet')}, k.name, count(*), count(DISTINCT k.article_id)
      FROM quote_speaker k JOIN articles a INDEXED BY articles_facet ON a.id = k.article_id AND a.id != 0
      GROUP BY 1, 2;

    CREATE TRIGGER outlet_entity_insert AFTER INSERT ON mentions BEGIN
      ${addMention('AND o.id != NEW.id')}
    END;
    CREATE TRIGGER outlet_entity_delete AFTER DELETE ON mentions BEGIN
      ${removeMention('')}
    END;
    CREATE TRIGGER outlet_entity_update AFTER UPDATE OF entity_id, article_id ON mentions BEGIN
      ${removeMention('AND o.id != OLD.id')}
      ${addMention('AND o.id != NEW.id')}
    END;

    CREATE TRIGGER outlet_speaker_insert AFTER INSERT ON quote_speaker BEGIN
      ${addQuote}
    END;
    CREATE TRIGGER outlet_speaker_delete AFTER DELETE ON quote_speaker BEGIN
      ${removeQuote}
    END;
    CREATE TRIGGER outlet_speaker_update AFTER UPDATE OF name, article_id ON quote_speaker BEGIN
      ${removeQuote}
      ${addQuote}
    END;

    CREATE TRIGGER outlet_facets_article_delete BEFORE DELETE ON articles BEGIN
      ${takeArticle}
    END;
    -- An article moved to another outlet takes its entities and speakers along.
    CREATE TRIGGER outlet_facets_article_outlet AFTER UPDATE OF outlet ON articles
    WHEN OLD.outlet IS NOT NEW.outlet BEGIN
      ${takeArticle}
      INSERT INTO outlet_entity_use (key, entity_id, articles)
        SELECT ${key('NEW.outlet')}, entity_id, 1 FROM mentions WHERE article_id = NEW.id GROUP BY entity_id
        ON CONFLICT DO UPDATE SET articles = articles + 1;
      INSERT INTO outlet_speaker_use (key, name, quotes, articles)
        SELECT ${key('NEW.outlet')}, k.name, count(*), 1 FROM ${namesOf('NEW.id')} GROUP BY k.name
        ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + 1;
    END;
  `,
};
