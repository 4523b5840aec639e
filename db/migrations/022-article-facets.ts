import type { Migration } from './types.ts';

// Issue 12: under a filter, the library's entities and speakers facets counted what the matching
// articles hold from the mentions and quotes themselves. At a million articles an entity filter
// (83,540 articles) sorted 1.3 million (article, entity) pairs by entity (1.5 s), a three-week date
// range 1.0 s the same way, and a broad search probed 3.3 million mentions of the most used
// entities (1.3 s) and read every quote of the most quoted names (0.7 s). Each article keeps here,
// in one short row, its outlet and day, the distinct entities it mentions and each speaker name it quotes (with the
// quotes and the highest entity of that name), so a count over the matching articles reads one
// row per article and adds them up (db/article-facets.ts). Triggers keep the rows in the same
// transaction as the articles, mentions and counted quotes (`quote_speaker`, migration 015) they
// describe.

/** The article's outlet and day (the date facet's day: the first ten characters of its date). */
const outletDay = (row: string) => `json_array(${row}.outlet, substr(${row}.published_at, 1, 10))`;

/** The article's distinct entity ids, comma-separated ('' for none). */
const entitiesOf = (articleId: string) => `coalesce((SELECT group_concat(entity_id) FROM (
    SELECT DISTINCT m.entity_id FROM mentions m WHERE m.article_id = ${articleId})), '')`;

/**
 * The article's speaker names as comma-separated JSON arrays `[name, quotes, highest entity id]`
 * ('' for none), from its counted quotes, found through the quotes' article index.
 */
const speakersOf = (
  articleId: string,
) => `coalesce((SELECT group_concat(json_array(name, quotes, entity_id)) FROM (
    SELECT k.name, count(*) AS quotes, max(k.entity_id) AS entity_id
    FROM quotes q JOIN quote_speaker k ON k.quote_id = q.id
    WHERE q.article_id = ${articleId} AND k.article_id = ${articleId} GROUP BY k.name)), '')`;

const recountSpeakers = (articleId: string) =>
  `UPDATE article_facets SET speakers = ${speakersOf(articleId)} WHERE article_id = ${articleId};`;

/**
 * The mention's entity added to its article's list, unless another mention of the article names it
 * (`self` leaves the mention itself out).
 */
const addEntity = (self: string) => `
  UPDATE article_facets SET entities = iif(entities = '', '', entities || ',') || NEW.entity_id
  WHERE article_id = NEW.article_id AND NOT EXISTS (
    SELECT 1 FROM mentions o WHERE o.article_id = NEW.article_id AND o.entity_id = NEW.entity_id ${self});`;

/**
 * The mention's entity taken off its article's list once no mention of the article names it: cut
 * out of the text (each id is there once), so that re-analysing an article with hundreds of mentions
 * never reads them all again for each one removed.
 */
const removeEntity = `
  UPDATE article_facets SET entities = trim(replace(',' || entities || ',', ',' || OLD.entity_id || ',', ','), ',')
  WHERE article_id = OLD.article_id AND NOT EXISTS (
    SELECT 1 FROM mentions o WHERE o.article_id = OLD.article_id AND o.entity_id = OLD.entity_id);`;

export const articleFacets: Migration = {
  version: 22,
  name: 'each article’s entities and speakers in one row, for the library’s facets under a filter',
  up: `
    CREATE TABLE article_facets (
      article_id INTEGER PRIMARY KEY,
      -- The article's outlet and publication day as a JSON array ([null, null] for neither).
      outlet_day TEXT NOT NULL,
      -- Distinct entity ids of the article's mentions, comma-separated.
      entities TEXT NOT NULL DEFAULT '',
      -- Per speaker name of its counted quotes: [name, quotes, highest entity id], comma-separated.
      speakers TEXT NOT NULL DEFAULT ''
    ) STRICT;

    INSERT INTO article_facets (article_id, outlet_day)
      SELECT a.id, ${outletDay('a')} FROM articles a INDEXED BY articles_facet WHERE a.id != 0;
    -- Each article's mentions in the order of the (article, entity) index: nothing to sort.
    UPDATE article_facets SET entities = g.entities FROM (
      SELECT article_id, group_concat(entity_id) AS entities FROM (
        SELECT DISTINCT article_id, entity_id FROM mentions INDEXED BY mentions_article_entity)
      GROUP BY article_id) g
    WHERE article_facets.article_id = g.article_id;
    UPDATE article_facets SET speakers = g.speakers FROM (
      SELECT article_id, group_concat(json_array(name, quotes, entity_id)) AS speakers FROM (
        SELECT article_id, name, count(*) AS quotes, max(entity_id) AS entity_id FROM quote_speaker
        GROUP BY article_id, name)
      GROUP BY article_id) g
    WHERE article_facets.article_id = g.article_id;

    CREATE TRIGGER article_facets_article_insert AFTER INSERT ON articles BEGIN
      INSERT INTO article_facets (article_id, outlet_day) VALUES (NEW.id, ${outletDay('NEW')});
    END;
    CREATE TRIGGER article_facets_article_outlet_day AFTER UPDATE OF outlet, published_at ON articles BEGIN
      UPDATE article_facets SET outlet_day = ${outletDay('NEW')} WHERE article_id = NEW.id;
    END;
    -- The article's mentions and quotes go with it (their own triggers then find no row to update).
    CREATE TRIGGER article_facets_article_delete AFTER DELETE ON articles BEGIN
      DELETE FROM article_facets WHERE article_id = OLD.id;
    END;
    CREATE TRIGGER article_facets_article_id AFTER UPDATE OF id ON articles WHEN OLD.id != NEW.id BEGIN
      DELETE FROM article_facets WHERE article_id = OLD.id;
      INSERT INTO article_facets (article_id, outlet_day, entities, speakers)
        VALUES (NEW.id, ${outletDay('NEW')}, ${entitiesOf('NEW.id')}, ${speakersOf('NEW.id')});
    END;

    -- The entities' lists follow the mentions (after an update the row holds its new values, so
    -- the old entity's other mentions are what is left of it).
    CREATE TRIGGER article_facets_mention_insert AFTER INSERT ON mentions BEGIN
      ${addEntity('AND o.id != NEW.id')}
    END;
    CREATE TRIGGER article_facets_mention_delete AFTER DELETE ON mentions BEGIN
      ${removeEntity}
    END;
    CREATE TRIGGER article_facets_mention_update AFTER UPDATE OF entity_id, article_id ON mentions
    WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.article_id IS NOT NEW.article_id BEGIN
      ${removeEntity}
      ${addEntity('AND o.id != NEW.id')}
    END;

    CREATE TRIGGER article_facets_speaker_insert AFTER INSERT ON quote_speaker BEGIN
      ${recountSpeakers('NEW.article_id')}
    END;
    CREATE TRIGGER article_facets_speaker_delete AFTER DELETE ON quote_speaker BEGIN
      ${recountSpeakers('OLD.article_id')}
    END;
    CREATE TRIGGER article_facets_speaker_update AFTER UPDATE OF name, article_id, entity_id ON quote_speaker BEGIN
      ${recountSpeakers('OLD.article_id')}
      ${recountSpeakers('NEW.article_id')}
    END;
  `,
};
