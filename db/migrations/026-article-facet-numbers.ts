import type { Migration } from './types.ts';
import { facetArticleRanges } from './article-ranges.ts';

// Issue 12: a filtered facets call adds up the matching articles' kept rows (migrations 022 and
// 025). Their outlet and day were a JSON text and their speakers JSON arrays holding each name, so
// a call at 100,000 articles under a frame filter (60,000 articles) split and counted 60,000 keys
// in a Map, parsed 90,000 speaker arrays and spent as long again collecting the strings and objects
// this made; a project spanning years has thousands of outlet–day pairs, each named and summed
// three times over. Each outlet, day and speaker name is now numbered once in a table of its own,
// and the kept row holds numbers only: its outlet's and its day's (0 for none), and per speaker
// name the name's number, its quotes and highest entity (`names`). A call counts them as it counts
// entity ids (db/article-facets.ts) and names only the few it lists. Numbers are never taken back
// (an outlet, day or name that no article holds any more counts nothing), so a kept row never has
// to change because another did.

/** The number of the article's outlet (0 for none), numbered first if new. */
const numberOutlet = (row: string) =>
  `INSERT INTO facet_outlets (outlet) SELECT ${row}.outlet WHERE ${row}.outlet IS NOT NULL ON CONFLICT DO NOTHING;`;
const outletId = (row: string) => `coalesce((SELECT id FROM facet_outlets WHERE outlet = ${row}.outlet), 0)`;

/** The number of the article's day (the date facet's day: the first ten characters of its date). */
const dayOf = (row: string) => `substr(${row}.published_at, 1, 10)`;
const numberDay = (row: string) =>
  `INSERT INTO facet_days (day) SELECT ${dayOf(row)} WHERE ${row}.published_at IS NOT NULL ON CONFLICT DO NOTHING;`;
const dayId = (row: string) => `coalesce((SELECT id FROM facet_days WHERE day = ${dayOf(row)}), 0)`;

/** The article's distinct entity ids, comma-separated ('' for none), as migration 022 listed them. */
const entitiesOf = (articleId: string) => `coalesce((SELECT group_concat(entity_id) FROM (
    SELECT DISTINCT m.entity_id FROM mentions m WHERE m.article_id = ${articleId})), '')`;

/**
 * Per speaker name of the article's counted quotes, found through the quotes' article index: the
 * name's number, its quotes and its highest entity id (-1 for none), comma-separated ('' for none).
 */
const namesOf = (
  articleId: string,
) => `coalesce((SELECT group_concat(n.id || ',' || k.quotes || ',' || k.entity_id)
    FROM (SELECT k.name, count(*) AS quotes, coalesce(max(k.entity_id), -1) AS entity_id
          FROM quotes q JOIN quote_speaker k ON k.quote_id = q.id
          WHERE q.article_id = ${articleId} AND k.article_id = ${articleId} GROUP BY k.name) k
    JOIN facet_speaker_names n ON n.name = k.name), '')`;

const recountNames = (articleId: string) =>
  `UPDATE article_facets SET names = ${namesOf(articleId)} WHERE article_id = ${articleId};`;

const numberName = `INSERT INTO facet_speaker_names (name) VALUES (NEW.name) ON CONFLICT DO NOTHING;`;

/** An article's frames and codes as migration 025 listed them. */
const framesOf = (
  articleId: string,
) => `coalesce((SELECT group_concat(iif(denied = 1, '-' || code_id, code_id))
    FROM frame_state WHERE article_id = ${articleId}), '')`;
const codesOf = (articleId: string) => `coalesce((SELECT group_concat(code_id) FROM (
    SELECT DISTINCT a.code_id FROM annotations a JOIN codes c ON c.id = a.code_id
    WHERE a.article_id = ${articleId} AND a.status != 'rejected' AND c.kind = 'code')), '')`;

/**
 * The texts go, with the triggers that kept them, and the numbers' triggers take their place: in two
 * steps, since dropping a column writes the whole table again (seconds at 100,000 articles).
 */
const DROP_TEXTS = [
  `
    DROP TRIGGER article_facets_article_insert;
    DROP TRIGGER article_facets_article_outlet_day;
    DROP TRIGGER article_facets_article_id;
    DROP TRIGGER article_facets_speaker_insert;
    DROP TRIGGER article_facets_speaker_delete;
    DROP TRIGGER article_facets_speaker_update;
    ALTER TABLE article_facets DROP COLUMN outlet_day;`,
  `ALTER TABLE article_facets DROP COLUMN speakers;

    CREATE TRIGGER article_facets_article_insert AFTER INSERT ON articles BEGIN
      ${numberOutlet('NEW')}
      ${numberDay('NEW')}
      INSERT INTO article_facets (article_id, outlet_id, day_id) VALUES (NEW.id, ${outletId('NEW')}, ${dayId('NEW')});
    END;
    CREATE TRIGGER article_facets_article_outlet_day AFTER UPDATE OF outlet, published_at ON articles BEGIN
      ${numberOutlet('NEW')}
      ${numberDay('NEW')}
      UPDATE article_facets SET outlet_id = ${outletId('NEW')}, day_id = ${dayId('NEW')} WHERE article_id = NEW.id;
    END;
    -- An article given another id keeps everything its row held.
    CREATE TRIGGER article_facets_article_id AFTER UPDATE OF id ON articles WHEN OLD.id != NEW.id BEGIN
      ${numberOutlet('NEW')}
      ${numberDay('NEW')}
      DELETE FROM article_facets WHERE article_id = OLD.id;
      INSERT INTO article_facets (article_id, outlet_id, day_id, entities, names, frames, codes)
        VALUES (NEW.id, ${outletId('NEW')}, ${dayId('NEW')}, ${entitiesOf('NEW.id')}, ${namesOf('NEW.id')},
          ${framesOf('NEW.id')}, ${codesOf('NEW.id')});
    END;

    CREATE TRIGGER article_facets_speaker_insert AFTER INSERT ON quote_speaker BEGIN
      ${numberName}
      ${recountNames('NEW.article_id')}
    END;
    CREATE TRIGGER article_facets_speaker_delete AFTER DELETE ON quote_speaker BEGIN
      ${recountNames('OLD.article_id')}
    END;
    CREATE TRIGGER article_facets_speaker_update AFTER UPDATE OF name, article_id, entity_id ON quote_speaker BEGIN
      ${numberName}
      ${recountNames('OLD.article_id')}
      ${recountNames('NEW.article_id')}
    END;
`,
];

/**
 * The kept rows' outlet and day numbers (read from migration 022's texts) and their speaker names'
 * numbers, of articles `@from` to `@to`.
 */
const NUMBER_RANGE = [
  `UPDATE article_facets SET
      outlet_id = coalesce((SELECT id FROM facet_outlets WHERE outlet = outlet_day ->> 0), 0),
      day_id = coalesce((SELECT id FROM facet_days WHERE day = outlet_day ->> 1), 0)
    WHERE article_id BETWEEN @from AND @to`,
  `UPDATE article_facets SET names = g.names FROM (
      SELECT article_id, group_concat(id || ',' || quotes || ',' || entity_id) AS names
      FROM temp.speaker_names WHERE article_id BETWEEN @from AND @to GROUP BY article_id) g
    WHERE article_facets.article_id = g.article_id`,
];

/** Parts the numbering is made in, so that a person waiting sees it advance and a stop waits for one. */
const FILL_PARTS = 20;

export const articleFacetNumbers: Migration = {
  version: 26,
  name: 'each article’s outlet, day and speakers as numbers in its kept facet row',
  filling: 'numbering the outlets, days and speakers of each article’s facets',
  // Issue 12: 6.4 s at 100,000 articles said nothing and could not be stopped. The kept rows are
  // numbered in twenty ranges of article ids, after each speaker name's quotes per article are counted
  // once into a temporary table (by article, so a range reads its own); the old columns then go.
  fill: (db, progressOfRows) => {
    const parts = FILL_PARTS + 1 + DROP_TEXTS.length;
    const ranges = facetArticleRanges(db, FILL_PARTS);
    // A project without articles (a new one is made by these same migrations) has nothing to report.
    const progress = ranges.length === 0 ? () => undefined : progressOfRows;
    progress(0, parts);
    // Each outlet, day and speaker name numbered in the order of their texts; then per article and
    // speaker name: the name's number, its quotes and highest entity (-1 for none).
    db.exec(`INSERT INTO facet_outlets (outlet)
        SELECT DISTINCT outlet_day ->> 0 FROM article_facets WHERE outlet_day ->> 0 IS NOT NULL ORDER BY 1;
      INSERT INTO facet_days (day)
        SELECT DISTINCT outlet_day ->> 1 FROM article_facets WHERE outlet_day ->> 1 IS NOT NULL ORDER BY 1;
      INSERT INTO facet_speaker_names (name) SELECT DISTINCT name FROM quote_speaker ORDER BY 1;
      CREATE TEMP TABLE speaker_names AS
      SELECT k.article_id, n.id, k.quotes, k.entity_id FROM (
        SELECT article_id, name, count(*) AS quotes, coalesce(max(entity_id), -1) AS entity_id
        FROM quote_speaker GROUP BY article_id, name) k
      JOIN facet_speaker_names n ON n.name = k.name;
      CREATE INDEX temp.speaker_names_article ON speaker_names (article_id)`);
    const numberRange = NUMBER_RANGE.map((sql) => db.prepare(sql));
    ranges.forEach((range, part) => {
      progress(part + 1, parts);
      for (const statement of numberRange) statement.run(range);
    });
    db.exec('DROP TABLE temp.speaker_names');
    DROP_TEXTS.forEach((sql, step) => {
      progress(FILL_PARTS + 1 + step, parts);
      db.exec(sql);
    });
    progress(parts, parts);
  },
  up: `
    -- Each outlet, day and speaker name an article or counted quote has held.
    CREATE TABLE facet_outlets (
      id INTEGER PRIMARY KEY,
      outlet TEXT NOT NULL UNIQUE
    ) STRICT;
    CREATE TABLE facet_days (
      id INTEGER PRIMARY KEY,
      day TEXT NOT NULL UNIQUE
    ) STRICT;
    CREATE TABLE facet_speaker_names (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    ) STRICT;

    ALTER TABLE article_facets ADD COLUMN outlet_id INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE article_facets ADD COLUMN day_id INTEGER NOT NULL DEFAULT 0;
    -- Per speaker name: its number, quotes and highest entity id (-1 for none), comma-separated.
    ALTER TABLE article_facets ADD COLUMN names TEXT NOT NULL DEFAULT '';

  `,
};
