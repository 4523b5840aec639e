// Builds (or goes on building) the analysed project npm run bench:scale measures: N articles
// recombined from Brown paragraphs (bench/articles.ts), imported, then analysed by the real
// pipeline, as a user's import would. Every stage can be stopped and started again: the import
// skips what is there, analysis takes the articles not analysed yet. Run by bench/scale.ts, or
// on its own in the background: node bench/scale/build-analysed.ts [articles].
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../db/open.ts';
import { countArticles } from '../../db/articles.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { writeArticles } from '../articles.ts';
import { buildPath, cacheDir, lockBuild, readRecord, writeRecord, type BuildRecord } from './cache.ts';
import { ensureStory } from './fixtures.ts';

const ARTICLES = Number(process.argv[2] ?? 100_000);
const BATCH = 5000;

const project = buildPath('analysed', ARTICLES);
mkdirSync(cacheDir(), { recursive: true });
const record = readRecord(project, 'analysed', ARTICLES);
const log = (line: string) => console.log(`[build ${ARTICLES.toLocaleString('en')}] ${line}`);

function stage(name: string, seconds: number, current: BuildRecord): void {
  current.seconds[name] = (current.seconds[name] ?? 0) + seconds;
  current.peakRssBytes[name] = Math.max(
    current.peakRssBytes[name] ?? 0,
    process.resourceUsage().maxRSS * 1024,
  );
  writeRecord(project, current);
}

if (record.complete) {
  log(`already built: ${project}`);
  process.exit(0);
}

lockBuild(project);
const db = openProject(project);
try {
  const sources = join(cacheDir(), `sources-${ARTICLES}`);
  if (countArticles(db) < ARTICLES) {
    let started = performance.now();
    if (!existsSync(join(sources, 'done'))) {
      log('writing the articles as JSON Lines...');
      rmSync(sources, { recursive: true, force: true });
      mkdirSync(sources, { recursive: true });
      await writeArticles(sources, ARTICLES, 10_000);
      mkdirSync(join(sources, 'done'));
      stage('write sources', (performance.now() - started) / 1000, record);
    }
    log('importing (analysis follows as its own stage)...');
    started = performance.now();
    const files = Array.from({ length: Math.ceil(ARTICLES / 10_000) }, (_, i) =>
      join(sources, `articles-${String(i).padStart(3, '0')}.jsonl`),
    );
    const summary = await importPaths(db, files);
    stage('import', (performance.now() - started) / 1000, record);
    log(
      `imported ${summary.imported.length.toLocaleString('en')} (${summary.duplicates.length} already there)`,
    );
  }
  rmSync(sources, { recursive: true, force: true });

  const pending = () =>
    db.prepare('SELECT id FROM articles WHERE analyzed_at IS NULL ORDER BY id').pluck().all() as number[];
  let ids = pending();
  const total = countArticles(db);
  while (ids.length > 0) {
    const batch = ids.slice(0, BATCH);
    const started = performance.now();
    let lastLog = started;
    await analyseArticles(db, batch, {
      onProgress: (done) => {
        const now = performance.now();
        if (now - lastLog < 30_000) return;
        lastLog = now;
        const rate = done / ((now - started) / 1000);
        log(
          `analysing: ${(total - ids.length + done).toLocaleString('en')} of ${total.toLocaleString('en')} (${rate.toFixed(1)} articles/s)`,
        );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    stage('analysis', seconds, record);
    ids = pending();
    const rate = batch.length / seconds;
    log(
      `analysed ${(total - ids.length).toLocaleString('en')} of ${total.toLocaleString('en')}; ` +
        `${rate.toFixed(1)} articles/s; about ${Math.round(ids.length / rate / 60)} min left`,
    );
  }

  const started = performance.now();
  ensureStory(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  stage('fixtures', (performance.now() - started) / 1000, record);
  record.complete = true;
  writeRecord(project, record);
  log(`done: ${project}`);
} finally {
  db.close();
}
