// Issue 12: migration 026 (each article's outlet, day and speakers numbered in its kept facet row)
// timed on a project taken back to migration 025 (tests/engine/old-codebook.ts's takeBackTo, which
// fills the old columns again from the articles and quotes). Prints each progress report with the
// time since the migration began, then its wall and CPU time and a hash of what it made (the kept
// rows, the numbered outlets, days and names, and the table's schema): equal hashes, the same upgrade.
// With a MIGRATION module (026 as another commit wrote it), that one is run instead. It writes: run it
// on a copy.
//
//   node bench/scale/upgrade-026.ts PROJECT [MIGRATION-MODULE]
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { Migration } from '../../db/migrations/types.ts';
import { takeBackTo } from '../../tests/engine/old-codebook.ts';
import { cpuMs } from './timing.ts';

const [project, module] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/upgrade-026.ts PROJECT [MIGRATION-MODULE]');
const migration = module
  ? ((await import(pathToFileURL(resolve(module)).href)) as { articleFacetNumbers: Migration })
      .articleFacetNumbers
  : (await import('../../db/migrations/026-article-facet-numbers.ts')).articleFacetNumbers;

const db = new Database(project);
if ((db.pragma('user_version', { simple: true }) as number) > 25) {
  const wall = performance.now();
  takeBackTo(db, 25);
  console.log(`taken back to 025 in ${((performance.now() - wall) / 1000).toFixed(1)} s`);
}
const wall = performance.now();
const cpu0 = cpuMs();
let reports = 0;
let longest = 0;
let last = wall;
db.transaction(() => {
  db.exec(migration.up);
  migration.fill?.(db, (done, total) => {
    reports++;
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    console.log(`${((now - wall) / 1000).toFixed(2)} s  ${done}/${total}`);
  });
  db.pragma(`user_version = ${migration.version}`);
})();
const end = performance.now();
longest = Math.max(longest, end - last);
const hash = createHash('sha256');
for (const sql of [
  'SELECT * FROM article_facets ORDER BY article_id',
  'SELECT * FROM facet_outlets ORDER BY id',
  'SELECT * FROM facet_days ORDER BY id',
  'SELECT * FROM facet_speaker_names ORDER BY id',
  "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN ('article_facets', 'articles', 'quote_speaker') ORDER BY name",
])
  for (const row of db.prepare(sql).iterate()) hash.update(JSON.stringify(row));
const articles = db.prepare('SELECT count(*) FROM article_facets').pluck().get() as number;
console.log(
  JSON.stringify({
    articles,
    reports,
    wallMs: Math.round(end - wall),
    cpuMs: Math.round(cpuMs() - cpu0),
    longestWithoutReportMs: Math.round(longest),
    load: Number((loadavg()[0] ?? 0).toFixed(1)),
    made: hash.digest('hex').slice(0, 12),
  }),
);
db.close();
