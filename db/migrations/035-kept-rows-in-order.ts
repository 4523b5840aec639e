import type { Database } from 'better-sqlite3';
import type { Migration } from './types.ts';

// Issue 12: a broad search's first facets call reads the kept facet row of every matching article
// (migrations 022, 025, 026): at a million articles 299,330 rows on nearly all of the table's
// 11,640 leaf pages. Those pages were written as the articles were imported and analysed, between
// the pages of the articles, their texts, mentions and quotes, so they lay scattered over the 10 GB
// file (385 of them next to the page before), and on a cold file cache each was a read of its own
// from the disk: 1.1–2.9 s, against 0.3 s once cached. The table is now written again in article
// order at the end of the file, its leaf pages one run after another, and the old pages are freed
// for the project's later writes. Nothing in it changes: the same rows, the same triggers with the
// same SQL, before and after.

/** The table rewritten. */
const TABLE = 'article_facets';
/** The rows copied per step, so that the upgrade can say how far it got. */
const STEP = 50_000;

/**
 * Writes `table` (a rowid table with no index of its own) again in rowid order, so that its pages
 * follow one another in the file where free pages allow it (the new pages come from the file's free
 * pages first, then from its end). The triggers that name the table (on it or writing into it) are
 * dropped while it is moved and made again from their own SQL, so that no row is added up twice
 * and the schema stays exactly what it was.
 */
export function rewriteInOrder(
  db: Database,
  table: string,
  progress: (done: number, total: number) => void = () => {},
): void {
  const { sql } = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .get(table) as {
    sql: string;
  };
  const triggers = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'
       AND (tbl_name = @table OR sql LIKE '%' || @table || '%') ORDER BY rowid`,
    )
    .all({ table }) as { name: string; sql: string }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  const old = `${table}_before_035`;
  db.exec(`ALTER TABLE "${table}" RENAME TO "${old}"`);
  db.exec(sql);
  const { low, high } = db.prepare(`SELECT min(rowid) AS low, max(rowid) AS high FROM "${old}"`).get() as {
    low: number | null;
    high: number | null;
  };
  let steps = 0;
  if (low !== null && high !== null) {
    const copy = db.prepare(`INSERT INTO "${table}" SELECT * FROM "${old}" WHERE rowid BETWEEN ? AND ?`);
    steps = Math.ceil((high - low + 1) / STEP);
    for (let step = 0; step < steps; step++) {
      progress(step, steps);
      copy.run(low + step * STEP, Math.min(high, low + (step + 1) * STEP - 1));
    }
  }
  db.exec(`DROP TABLE "${old}"`);
  for (const trigger of triggers) db.exec(trigger.sql);
  // An empty table (a new project) has nothing to report: "0 of 0" would read as a finished upgrade.
  if (steps > 0) progress(steps, steps);
}

export const keptRowsInOrder: Migration = {
  version: 35,
  name: 'the kept facet rows written again in article order, one run of pages',
  filling: 'putting the kept facet rows in article order',
  up: '',
  fill: (db, progress) => rewriteInOrder(db, TABLE, progress),
};
