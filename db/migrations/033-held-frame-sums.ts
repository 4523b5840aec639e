import { FRAMES_CHANGED, OTHERS_CHANGED, OTHERS_DIFFERENCE, addSums, rowOf } from './031-frame-facet-sums.ts';
import type { Migration } from './types.ts';

// Issue 12: the kept sums per frame (migration 031) follow each kept row as it changes, in
// triggers, which made a write that changes many articles' frames pay about 0.14 ms of CPU per
// change: an analysis or a frames re-run changes an article's kept row once per mention, quote and
// frame decision it deletes and writes again, and each change moved the row's lists between frames'
// sums. The bulk writes (analysis, a frames re-run, a colleague's merge, an undo or redo) now hold
// the sums' upkeep (db/held-frame-sums.ts): while `frame_sums_held` has its row, the triggers of
// migration 031 stand aside and a kept row's first change in the transaction only notes what the
// row held before it (`frame_sums_before`); at the end of the same transaction the sums take away
// what the noted rows held and add what they hold now, once per article, set-wise, and both tables
// are emptied. No reader ever sees them otherwise: outside a write they are empty.

/** The sums' triggers run only while nothing holds them. */
const FREE = 'NOT EXISTS (SELECT 1 FROM frame_sums_held)';
const HELD = 'EXISTS (SELECT 1 FROM frame_sums_held)';

/** Notes what the kept row `row` held before its first change while the sums are held. */
const note = (row: string) => `
      INSERT OR IGNORE INTO frame_sums_before (article_id, frames, entities, names, outlet_id, day_id, codes)
      VALUES (${row}.article_id, ${row}.frames, ${row}.entities, ${row}.names, ${row}.outlet_id,
        ${row}.day_id, ${row}.codes);`;

export const heldFrameSums: Migration = {
  version: 33,
  name: 'the sums per frame kept once per article at the end of a bulk write',
  up: `
    -- Its one row, while a bulk write holds the sums per frame.
    CREATE TABLE frame_sums_held (held INTEGER PRIMARY KEY CHECK (held = 1)) STRICT;
    -- What each kept row changed during the hold held before it: a row written during the hold as
    -- if it had held no frame.
    CREATE TABLE frame_sums_before (
      article_id INTEGER PRIMARY KEY,
      frames TEXT NOT NULL,
      entities TEXT NOT NULL,
      names TEXT NOT NULL,
      outlet_id INTEGER,
      day_id INTEGER,
      codes TEXT NOT NULL
    ) STRICT;

    DROP TRIGGER frame_facet_sums_insert;
    DROP TRIGGER frame_facet_sums_delete;
    DROP TRIGGER frame_facet_sums_frames;
    DROP TRIGGER frame_facet_sums_others;
    DROP TRIGGER frame_facet_sums_update;

    CREATE TRIGGER frame_facet_sums_insert AFTER INSERT ON article_facets
    WHEN NEW.frames != '' AND ${FREE} BEGIN
      ${addSums(`(${rowOf('NEW', 1)})`)}
    END;
    CREATE TRIGGER frame_facet_sums_delete AFTER DELETE ON article_facets
    WHEN OLD.frames != '' AND ${FREE} BEGIN
      ${addSums(`(${rowOf('OLD', -1)})`)}
    END;
    CREATE TRIGGER frame_facet_sums_frames AFTER UPDATE ON article_facets
    WHEN OLD.frames IS NOT NEW.frames AND NOT ${OTHERS_CHANGED} AND ${FREE} BEGIN
      ${FRAMES_CHANGED}
    END;
    CREATE TRIGGER frame_facet_sums_others AFTER UPDATE ON article_facets
    WHEN OLD.frames IS NEW.frames AND NEW.frames != '' AND ${OTHERS_CHANGED} AND ${FREE} BEGIN
      ${OTHERS_DIFFERENCE}
    END;
    CREATE TRIGGER frame_facet_sums_update AFTER UPDATE ON article_facets
    WHEN OLD.frames IS NOT NEW.frames AND ${OTHERS_CHANGED} AND ${FREE} BEGIN
      ${addSums(`(${rowOf('NEW', 1)} UNION ALL ${rowOf('OLD', -1)})`)}
    END;

    CREATE TRIGGER frame_sums_held_insert AFTER INSERT ON article_facets WHEN ${HELD} BEGIN
      INSERT OR IGNORE INTO frame_sums_before (article_id, frames, entities, names, outlet_id, day_id, codes)
      VALUES (NEW.article_id, '', '', '', NULL, NULL, '');
    END;
    CREATE TRIGGER frame_sums_held_delete AFTER DELETE ON article_facets WHEN ${HELD} BEGIN
      ${note('OLD')}
    END;
    CREATE TRIGGER frame_sums_held_update AFTER UPDATE ON article_facets
    WHEN (OLD.frames IS NOT NEW.frames OR ${OTHERS_CHANGED}) AND ${HELD} BEGIN
      ${note('OLD')}
    END;
  `,
};
