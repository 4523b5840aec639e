import type { Migration } from './types.ts';

// Issue 12: under a filter, the library's frames and hand codes facets were counted from the frame
// states and annotations of the matching articles (a frame filter at 100,000 articles read 360,000
// frame states: about 140 ms of CPU of a first call's 385). Each article's kept facet row
// (migration 022) now also holds the frames it asserts and denies (its `frame_state` rows) and the
// codes of its annotations not rejected, so a filtered call adds them up from the rows it reads for
// the entities and speakers (db/article-facets.ts). Triggers keep them in the same transaction as
// the frame states (themselves kept with the decisions and evidence: migrations 011 and 014) and
// the annotations they describe. Only hand codes are listed (a frame's evidence is counted through
// its frame state): at a million articles the frames' evidence would add nine ids to every row.

/** An article's frame as its list holds it: the frame's id, after a minus sign when denied. */
const frameToken = (row: 'NEW' | 'OLD') => `iif(${row}.denied = 1, '-' || ${row}.code_id, ${row}.code_id)`;

/** A list with `token` cut out (each token is there once). */
const without = (column: string, token: string) =>
  `trim(replace(',' || ${column} || ',', ',' || ${token} || ',', ','), ',')`;

/** A list with `token` appended. */
const withToken = (column: string, token: string) => `iif(${column} = '', '', ${column} || ',') || ${token}`;

/** Whether `token` is in the list. */
const holds = (column: string, token: string) => `instr(',' || ${column} || ',', ',' || ${token} || ',') > 0`;

const addFrame = `
  UPDATE article_facets SET frames = ${withToken('frames', frameToken('NEW'))}
  WHERE article_id = NEW.article_id AND NOT ${holds('frames', frameToken('NEW'))};`;

const removeFrame = `
  UPDATE article_facets SET frames = ${without('frames', frameToken('OLD'))}
  WHERE article_id = OLD.article_id;`;

/** Whether the code is a hand code. */
const handCode = (codeId: string) =>
  `EXISTS (SELECT 1 FROM codes c WHERE c.id = ${codeId} AND c.kind = 'code')`;

/** The annotation's hand code added to its article's list while it is not rejected, unless listed. */
const addCode = `
  UPDATE article_facets SET codes = ${withToken('codes', 'NEW.code_id')}
  WHERE NEW.status != 'rejected' AND article_id = NEW.article_id AND NOT ${holds('codes', 'NEW.code_id')}
    AND ${handCode('NEW.code_id')};`;

/**
 * The annotation's (old) code taken off its article's list once no annotation of the article with
 * that code is left standing (after an update the row holds its new values, so what is left is
 * read as it now is).
 */
const removeCode = `
  UPDATE article_facets SET codes = ${without('codes', 'OLD.code_id')}
  WHERE article_id = OLD.article_id AND ${holds('codes', 'OLD.code_id')} AND NOT EXISTS (
    SELECT 1 FROM annotations o WHERE o.article_id = OLD.article_id AND o.code_id = OLD.code_id
      AND o.status != 'rejected');`;

/** An article's frames and codes recounted from its own rows. */
const framesOf = (
  articleId: string,
) => `coalesce((SELECT group_concat(iif(denied = 1, '-' || code_id, code_id))
    FROM frame_state WHERE article_id = ${articleId}), '')`;
const codesOf = (articleId: string) => `coalesce((SELECT group_concat(code_id) FROM (
    SELECT DISTINCT a.code_id FROM annotations a JOIN codes c ON c.id = a.code_id
    WHERE a.article_id = ${articleId} AND a.status != 'rejected' AND c.kind = 'code')), '')`;

export const articleFrameFacets: Migration = {
  version: 25,
  name: 'each article’s frames and codes in its kept facet row, for the library’s facets under a filter',
  up: `
    -- The article's frame states: the frame's id, '-' and the id when denied, comma-separated.
    ALTER TABLE article_facets ADD COLUMN frames TEXT NOT NULL DEFAULT '';
    -- Distinct hand codes of the article's annotations not rejected, comma-separated.
    ALTER TABLE article_facets ADD COLUMN codes TEXT NOT NULL DEFAULT '';

    -- Both in the order of their article indexes: nothing to sort.
    UPDATE article_facets SET frames = g.frames FROM (
      SELECT article_id, group_concat(iif(denied = 1, '-' || code_id, code_id)) AS frames
      FROM frame_state GROUP BY article_id) g
    WHERE article_facets.article_id = g.article_id;
    UPDATE article_facets SET codes = g.codes FROM (
      SELECT article_id, group_concat(code_id) AS codes FROM (
        SELECT DISTINCT article_id, code_id FROM annotations INDEXED BY annotations_article_code
        WHERE status != 'rejected' AND code_id IN (SELECT id FROM codes WHERE kind = 'code'))
      GROUP BY article_id) g
    WHERE article_facets.article_id = g.article_id;

    CREATE TRIGGER article_facets_frame_insert AFTER INSERT ON frame_state BEGIN
      ${addFrame}
    END;
    CREATE TRIGGER article_facets_frame_delete AFTER DELETE ON frame_state BEGIN
      ${removeFrame}
    END;
    CREATE TRIGGER article_facets_frame_update AFTER UPDATE ON frame_state BEGIN
      ${removeFrame}
      ${addFrame}
    END;

    CREATE TRIGGER article_facets_annotation_insert AFTER INSERT ON annotations BEGIN
      ${addCode}
    END;
    CREATE TRIGGER article_facets_annotation_delete AFTER DELETE ON annotations
    WHEN OLD.status != 'rejected' BEGIN
      ${removeCode}
    END;
    CREATE TRIGGER article_facets_annotation_update AFTER UPDATE OF status, code_id, article_id ON annotations BEGIN
      ${removeCode}
      ${addCode}
    END;

    -- A code changing kind enters or leaves the lists of the articles annotated with it.
    CREATE TRIGGER article_facets_code_kind AFTER UPDATE OF kind ON codes WHEN OLD.kind IS NOT NEW.kind BEGIN
      UPDATE article_facets SET codes = ${codesOf('article_facets.article_id')}
      WHERE article_id IN (SELECT article_id FROM annotations WHERE code_id = NEW.id);
    END;

    -- An article given another id keeps its frames and codes (migration 022's trigger made the
    -- new row with its entities and speakers only).
    DROP TRIGGER article_facets_article_id;
    CREATE TRIGGER article_facets_article_id AFTER UPDATE OF id ON articles WHEN OLD.id != NEW.id BEGIN
      DELETE FROM article_facets WHERE article_id = OLD.id;
      INSERT INTO article_facets (article_id, outlet_day, entities, speakers, frames, codes)
        VALUES (NEW.id, json_array(NEW.outlet, substr(NEW.published_at, 1, 10)),
          coalesce((SELECT group_concat(entity_id) FROM (
            SELECT DISTINCT m.entity_id FROM mentions m WHERE m.article_id = NEW.id)), ''),
          coalesce((SELECT group_concat(json_array(name, quotes, entity_id)) FROM (
            SELECT k.name, count(*) AS quotes, max(k.entity_id) AS entity_id
            FROM quotes q JOIN quote_speaker k ON k.quote_id = q.id
            WHERE q.article_id = NEW.id AND k.article_id = NEW.id GROUP BY k.name)), ''),
          ${framesOf('NEW.id')}, ${codesOf('NEW.id')});
    END;
  `,
};
