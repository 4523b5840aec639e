// Brings a build of an older bench data version up to this one without analysing 100,000 articles
// again (hours on the shared machine): copies the older project, lets the project's migrations run,
// and writes what newer analysis stores and older analysis did not, from the rows it did store.
//   node bench/scale/upgrade.ts [articles]
import { copyFileSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openProject } from '../../db/open.ts';
import { BENCH_DATA_VERSION, buildPath, readRecord, recordPath, writeRecord } from './cache.ts';

const ARTICLES = Number(process.argv[2] ?? 100_000);
const target = buildPath('analysed', ARTICLES);
const older = target.replace(`-v${BENCH_DATA_VERSION}-`, `-v${BENCH_DATA_VERSION - 1}-`);
const log = (line: string) => console.log(`[upgrade ${ARTICLES.toLocaleString('en')}] ${line}`);

if (existsSync(target) && readRecord(target, 'analysed', ARTICLES).complete) {
  log(`already upgraded: ${target}`);
  process.exit(0);
}
if (!existsSync(older) || !readRecord(older, 'analysed', ARTICLES).complete) {
  log(`no complete older build at ${older}; build one with bench/scale/build-analysed.ts`);
  process.exit(1);
}
log(`copying ${older}...`);
{
  // A checkpoint first, so the copy of the main file holds everything.
  const db = new Database(older);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
copyFileSync(older, `${target}.part`);
{
  // Version 1 builds were made while the sort indexes were migration 5 on the scale branch; main's
  // migrations 5–9 came first once merged, so the indexes go and the project is at version 4 again.
  const db = new Database(`${target}.part`);
  const hasSortIndexes = db
    .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'articles_title_sort'")
    .pluck()
    .get() as number;
  const hasSuggested = (db.prepare('PRAGMA table_info(quotes)').all() as { name: string }[]).some(
    (column) => column.name === 'suggested_speaker',
  );
  if (hasSortIndexes && !hasSuggested) {
    db.exec(`DROP INDEX articles_title_sort; DROP INDEX articles_outlet_sort; DROP INDEX articles_words_sort;
      DROP INDEX articles_id_sort; DROP INDEX articles_not_analysed; PRAGMA user_version = 4;`);
  }
  db.close();
}
const started = performance.now();
log('migrating...');
const db = openProject(`${target}.part`);
// Older analysis wrote frame evidence but no article-level decisions: a frame with evidence is
// present, the one with most evidence sentences primary, salience its share of the article's.
const decisions = db.prepare('SELECT count(*) FROM frame_decisions').pluck().get() as number;
if (decisions === 0) {
  log('deciding frames from their evidence...');
  db.exec(`
    INSERT INTO frame_decisions (article_id, code_id, origin, present, is_primary, denied, salience, decided_at)
    SELECT article_id, code_id, 'auto', 1, rank = 1, 0, round(hits * 1.0 / all_hits, 3), '2026-01-01T00:00:00Z'
    FROM (
      SELECT an.article_id, an.code_id, count(*) AS hits,
        sum(count(*)) OVER (PARTITION BY an.article_id) AS all_hits,
        row_number() OVER (PARTITION BY an.article_id ORDER BY count(*) DESC, an.code_id) AS rank
      FROM annotations an JOIN codes c ON c.id = an.code_id
      WHERE c.kind = 'frame' AND an.origin = 'auto'
      GROUP BY an.article_id, an.code_id
    )`);
}
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
const { renameSync } = await import('node:fs');
renameSync(`${target}.part`, target);
const record = readRecord(older, 'analysed', ARTICLES);
record.seconds.upgrade = (performance.now() - started) / 1000;
record.notes.push(`upgraded from ${older}: migrations run, frame decisions derived from evidence`);
writeRecord(target, record);
log(`done: ${target} (${recordPath(target)})`);
