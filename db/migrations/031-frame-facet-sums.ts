import type { Migration } from './types.ts';
import { facetArticleRanges } from './article-ranges.ts';

// Issue 12: the library's facets under a frame filter added up the kept row of every article where the
// frame is asserted (or denied): 600,000 rows at a million articles, 0.8–1.5 s of CPU for the first
// call. Each frame, asserted and denied apart, now keeps the sums of its articles' kept rows: per
// entity its articles, per speaker name and highest entity its articles and quotes, per outlet and
// per day its articles, per frame and hand code its articles. A frame filter alone reads its own
// sums (a few thousand rows) instead of its articles' rows (db/frame-facets.ts).
//
// The sums follow the kept rows themselves (migrations 022, 025, 026), which triggers already keep
// in the same transaction as the mentions, quotes, frame states, annotations and articles they
// describe: a kept row written, changed or deleted adds what it holds now and takes away what it
// held, under each frame it holds now or held. A row of no frame adds nothing, so an import or
// analysis before any frame is decided costs nothing more.

/** A kept row's lists as a row source: `sign` 1 for what it holds now, -1 for what it held. */
export const rowOf = (row: string, sign: number) =>
  `SELECT ${sign} AS sign, ${row}.frames AS frames, ${row}.entities AS entities, ${row}.names AS names,
     ${row}.outlet_id AS outlet_id, ${row}.day_id AS day_id, ${row}.codes AS codes`;

/**
 * The sums `rows` (a row source of signed kept rows) add under each of their frames, per `kind`:
 * 1 an entity, 2 a speaker name (`item` its number, `entity` its highest entity or -1, with quotes),
 * 3 an outlet's number, 4 a day's number (0 for none), 5 a frame (a denied one negative), 6 a hand
 * code. What adds up to nothing is left out.
 */
export const sumsOf = (rows: string) => {
  const framed = `${rows} a, json_each('[' || a.frames || ']') f`;
  return `SELECT frame, kind, item, entity, sum(sign) AS articles, sum(quotes) AS quotes FROM (
      SELECT f.value AS frame, 1 AS kind, e.value AS item, 0 AS entity, a.sign, 0 AS quotes
        FROM ${framed}, json_each('[' || a.entities || ']') e
      UNION ALL
      SELECT f.value, 2, n.value, ('[' || a.names || ']') ->> (n.key + 2), a.sign,
          a.sign * (('[' || a.names || ']') ->> (n.key + 1))
        FROM ${framed}, json_each('[' || a.names || ']') n WHERE n.key % 3 = 0
      UNION ALL
      SELECT f.value, 3, a.outlet_id, 0, a.sign, 0 FROM ${framed}
      UNION ALL
      SELECT f.value, 4, a.day_id, 0, a.sign, 0 FROM ${framed}
      UNION ALL
      SELECT f.value, 5, g.value, 0, a.sign, 0 FROM ${framed}, json_each('[' || a.frames || ']') g
      UNION ALL
      SELECT f.value, 6, c.value, 0, a.sign, 0 FROM ${framed}, json_each('[' || a.codes || ']') c
    ) WHERE true GROUP BY frame, kind, item, entity HAVING sum(sign) != 0 OR sum(quotes) != 0`;
};

/** Adds the sums of `rows` to the kept ones. */
export const addSums = (rows: string) => `
      INSERT INTO frame_facet_sums (frame, kind, item, entity, articles, quotes)
      SELECT * FROM (${sumsOf(rows)}) WHERE true
      ON CONFLICT (frame, kind, item, entity) DO UPDATE
        SET articles = articles + excluded.articles, quotes = quotes + excluded.quotes;`;

/**
 * What a kept row (`NEW` or `OLD`) holds besides its frames, counted `sign` times, as sums rows
 * without their frame: kinds 1 (entity), 2 (speaker name), 3 (outlet), 4 (day) and 6 (hand code).
 */
const itemsOf = (row: string, sign: number) => `
      SELECT 1 AS kind, e.value AS item, 0 AS entity, ${sign} AS articles, 0 AS quotes
        FROM json_each('[' || ${row}.entities || ']') e
      UNION ALL
      SELECT 2, n.value, ('[' || ${row}.names || ']') ->> (n.key + 2), ${sign},
          ${sign} * (('[' || ${row}.names || ']') ->> (n.key + 1))
        FROM json_each('[' || ${row}.names || ']') n WHERE n.key % 3 = 0
      UNION ALL SELECT 3, ${row}.outlet_id, 0, ${sign}, 0
      UNION ALL SELECT 4, ${row}.day_id, 0, ${sign}, 0
      UNION ALL SELECT 6, c.value, 0, ${sign}, 0 FROM json_each('[' || ${row}.codes || ']') c`;

/** The row's frames as a table of `value`s. */
const framesOf = (row: string) => `json_each('[' || ${row}.frames || ']')`;

/** Whether the kept row's lists other than its frames changed. */
export const OTHERS_CHANGED = `(OLD.entities IS NOT NEW.entities OR OLD.names IS NOT NEW.names
        OR OLD.outlet_id IS NOT NEW.outlet_id OR OLD.day_id IS NOT NEW.day_id OR OLD.codes IS NOT NEW.codes)`;

/** Upserts the sums of a SELECT of (frame, kind, item, entity, articles, quotes) rows. */
const upsert = (rows: string) => `
      INSERT INTO frame_facet_sums (frame, kind, item, entity, articles, quotes)
      SELECT * FROM (${rows}) WHERE true
      ON CONFLICT (frame, kind, item, entity) DO UPDATE
        SET articles = articles + excluded.articles, quotes = quotes + excluded.quotes;`;

/**
 * Only the frames changed (a decision, a re-run, evidence rejected): the frames gained add the row's
 * items, the frames lost take them away, and every frame's list of frames moves by the difference.
 */
export const FRAMES_CHANGED = upsert(`
      SELECT f.value, i.kind, i.item, i.entity, i.articles, i.quotes FROM ${framesOf('NEW')} f, (${itemsOf('NEW', 1)}) i
        WHERE f.value NOT IN (SELECT value FROM ${framesOf('OLD')})
      UNION ALL
      SELECT f.value, i.kind, i.item, i.entity, i.articles, i.quotes FROM ${framesOf('OLD')} f, (${itemsOf('OLD', -1)}) i
        WHERE f.value NOT IN (SELECT value FROM ${framesOf('NEW')})
      UNION ALL
      SELECT frame, 5, item, 0, sum(sign), 0 FROM (
        SELECT f.value AS frame, g.value AS item, 1 AS sign FROM ${framesOf('NEW')} f, ${framesOf('NEW')} g
        UNION ALL
        SELECT f.value, g.value, -1 FROM ${framesOf('OLD')} f, ${framesOf('OLD')} g
      ) GROUP BY frame, item HAVING sum(sign) != 0`);

/** Only the other lists changed (an entity, a quote, an outlet): each frame moves by the difference. */
export const OTHERS_DIFFERENCE = upsert(`
      SELECT f.value, d.kind, d.item, d.entity, d.articles, d.quotes FROM ${framesOf('NEW')} f, (
        SELECT kind, item, entity, sum(articles) AS articles, sum(quotes) AS quotes FROM (
          ${itemsOf('NEW', 1)}
          UNION ALL
          ${itemsOf('OLD', -1)}
        ) GROUP BY kind, item, entity HAVING sum(articles) != 0 OR sum(quotes) != 0) d`);

/** The sums of the kept rows of articles `@from` to `@to` (their ids), added to those kept. */
const FILL_RANGE = addSums(`(SELECT 1 AS sign, frames, entities, names, outlet_id, day_id, codes
      FROM article_facets WHERE article_id BETWEEN @from AND @to AND frames != '')`);

/** Parts the fill is made in, so that a person waiting sees it advance (5% each). */
const FILL_PARTS = 20;

export const frameFacetSums: Migration = {
  version: 31,
  name: 'per frame, the sums of its articles’ kept facet rows',
  filling: 'adding up the facets of each frame’s articles',
  // The sums fill from the kept rows in twenty ranges of article ids (each range's sums added to
  // those before), so that the upgrade can say how far it got: 102 s at a million articles.
  fill: (db, progress) => {
    const ranges = facetArticleRanges(db, FILL_PARTS);
    if (ranges.length === 0) return;
    const fillRange = db.prepare(FILL_RANGE);
    ranges.forEach((range, part) => {
      progress(part, FILL_PARTS);
      fillRange.run(range);
    });
    progress(FILL_PARTS, FILL_PARTS);
  },
  up: `
    -- Per frame (its code id; negative for the articles denying it), kind and item: articles and quotes.
    -- Rows that come to nothing stay (the reads skip them): a frame's items come back as coders decide.
    CREATE TABLE frame_facet_sums (
      frame INTEGER NOT NULL,
      kind INTEGER NOT NULL,
      item INTEGER NOT NULL,
      entity INTEGER NOT NULL,
      articles INTEGER NOT NULL,
      quotes INTEGER NOT NULL,
      PRIMARY KEY (frame, kind, item, entity)
    ) STRICT, WITHOUT ROWID;


    CREATE TRIGGER frame_facet_sums_insert AFTER INSERT ON article_facets WHEN NEW.frames != '' BEGIN
      ${addSums(`(${rowOf('NEW', 1)})`)}
    END;
    CREATE TRIGGER frame_facet_sums_delete AFTER DELETE ON article_facets WHEN OLD.frames != '' BEGIN
      ${addSums(`(${rowOf('OLD', -1)})`)}
    END;
    -- A change of the frames alone, or of the other lists alone, moves only what changed; both
    -- at once (which no write of the engine makes) takes the old row away and adds the new.
    CREATE TRIGGER frame_facet_sums_frames AFTER UPDATE ON article_facets
    WHEN OLD.frames IS NOT NEW.frames AND NOT ${OTHERS_CHANGED} BEGIN
      ${FRAMES_CHANGED}
    END;
    CREATE TRIGGER frame_facet_sums_others AFTER UPDATE ON article_facets
    WHEN OLD.frames IS NEW.frames AND NEW.frames != '' AND ${OTHERS_CHANGED} BEGIN
      ${OTHERS_DIFFERENCE}
    END;
    CREATE TRIGGER frame_facet_sums_update AFTER UPDATE ON article_facets
    WHEN OLD.frames IS NOT NEW.frames AND ${OTHERS_CHANGED} BEGIN
      ${addSums(`(${rowOf('NEW', 1)} UNION ALL ${rowOf('OLD', -1)})`)}
    END;
  `,
};
