import type { Migration } from './types.ts';

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
const rowOf = (row: string, sign: number) =>
  `SELECT ${sign} AS sign, ${row}.frames AS frames, ${row}.entities AS entities, ${row}.names AS names,
     ${row}.outlet_id AS outlet_id, ${row}.day_id AS day_id, ${row}.codes AS codes`;

/**
 * The sums `rows` (a row source of signed kept rows) add under each of their frames, per `kind`:
 * 1 an entity, 2 a speaker name (`item` its number, `entity` its highest entity or -1, with quotes),
 * 3 an outlet's number, 4 a day's number (0 for none), 5 a frame (a denied one negative), 6 a hand
 * code. What adds up to nothing is left out.
 */
const sumsOf = (rows: string) => {
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
const addSums = (rows: string) => `
      INSERT INTO frame_facet_sums (frame, kind, item, entity, articles, quotes)
      SELECT * FROM (${sumsOf(rows)}) WHERE true
      ON CONFLICT (frame, kind, item, entity) DO UPDATE
        SET articles = articles + excluded.articles, quotes = quotes + excluded.quotes;`;

export const frameFacetSums: Migration = {
  version: 31,
  name: 'per frame, the sums of its articles’ kept facet rows',
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

    INSERT INTO frame_facet_sums (frame, kind, item, entity, articles, quotes)
    SELECT * FROM (${sumsOf(`(SELECT 1 AS sign, frames, entities, names, outlet_id, day_id, codes
      FROM article_facets WHERE frames != '')`)});

    CREATE TRIGGER frame_facet_sums_insert AFTER INSERT ON article_facets WHEN NEW.frames != '' BEGIN
      ${addSums(`(${rowOf('NEW', 1)})`)}
    END;
    CREATE TRIGGER frame_facet_sums_delete AFTER DELETE ON article_facets WHEN OLD.frames != '' BEGIN
      ${addSums(`(${rowOf('OLD', -1)})`)}
    END;
    CREATE TRIGGER frame_facet_sums_update AFTER UPDATE ON article_facets
    WHEN (OLD.frames != '' OR NEW.frames != '')
      AND (OLD.frames IS NOT NEW.frames OR OLD.entities IS NOT NEW.entities OR OLD.names IS NOT NEW.names
        OR OLD.outlet_id IS NOT NEW.outlet_id OR OLD.day_id IS NOT NEW.day_id OR OLD.codes IS NOT NEW.codes) BEGIN
      ${addSums(`(${rowOf('NEW', 1)} UNION ALL ${rowOf('OLD', -1)})`)}
    END;
  `,
};
