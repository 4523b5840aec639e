import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { sumsOf } from './migrations/031-frame-facet-sums.ts';

// Issue 12: a bulk write's kept sums per frame, brought up to date once per article at its end
// (migration 033). A single correction keeps them row by row in triggers as before.

/**
 * What the noted kept rows held (taken away) and what they hold now (added), per frame. CROSS JOIN
 * keeps the noted rows first: otherwise the planner may scan every kept row to look each up.
 */
const SETTLE = `INSERT INTO frame_facet_sums (frame, kind, item, entity, articles, quotes)
  SELECT * FROM (${sumsOf(`(
    SELECT -1 AS sign, frames, entities, names, outlet_id, day_id, codes FROM frame_sums_before
      WHERE frames != ''
    UNION ALL
    SELECT 1, f.frames, f.entities, f.names, f.outlet_id, f.day_id, f.codes
      FROM frame_sums_before b CROSS JOIN article_facets f ON f.article_id = b.article_id
      WHERE f.frames != '')`)})
  WHERE true
  ON CONFLICT (frame, kind, item, entity) DO UPDATE
    SET articles = articles + excluded.articles, quotes = quotes + excluded.quotes`;

/**
 * Runs `work` in a transaction (begun for writing, so another connection's write in between cannot
 * make it fail; a savepoint within the caller's) with the sums per frame held: the
 * kept rows it changes are noted, and the sums move by what each noted article's row held and holds
 * now, once, before the transaction ends. Nested holds settle with the outermost. If `work` throws,
 * the hold is rolled back with everything else.
 */
export function withFrameSumsHeld<T>(db: Db, work: () => T): T {
  return db
    .transaction(() => {
      if (statement(db, 'SELECT 1 FROM frame_sums_held').get() !== undefined) return work();
      statement(db, 'INSERT INTO frame_sums_held (held) VALUES (1)').run();
      const result = work();
      settleFrameSums(db);
      return result;
    })
    .immediate();
}

/** Moves the sums by the noted rows' differences and ends the hold. */
function settleFrameSums(db: Db): void {
  statement(db, SETTLE).run();
  statement(db, 'DELETE FROM frame_sums_before').run();
  statement(db, 'DELETE FROM frame_sums_held').run();
}
