// Child process of bench/nlp.ts, so that each side's peak memory is its own.
//   node bench/nlp-run.ts compromise FILES...   bare compromise, one thread
//   node bench/nlp-run.ts pipeline DB FILES...  Framescope: import, analysis and storage
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { openProject } from '../db/open.ts';
import { importPaths } from '../core/import/pipeline.ts';
import { analyseArticles } from '../core/analyze/run.ts';
import { WorkersAhead } from '../core/analyze/workers-ahead.ts';

const [mode, ...rest] = process.argv.slice(2);
const started = performance.now();
const cpuStarted = process.cpuUsage();
let detail: Record<string, number>;
if (mode === 'compromise') {
  let found = 0;
  for (const file of rest) {
    const doc = nlp(readFileSync(file, 'utf8'));
    for (const view of [doc.people(), doc.places(), doc.organizations(), doc.quotations()]) {
      found += (view.out('array') as string[]).length;
    }
  }
  detail = { found };
} else {
  const [dbPath, ...files] = rest;
  const db = openProject(dbPath!);
  // As `framescope import` and the app's import do: the analysis workers load while the import reads.
  const ahead = new WorkersAhead();
  const { imported } = await importPaths(db, files, {}, ahead.onImportEvent);
  const summary = await analyseArticles(
    db,
    imported.map((article) => article.id),
    { workers: ahead.take() },
  );
  db.close();
  detail = {
    articles: summary.analysed,
    mentions: summary.mentions,
    quotes: summary.quotes,
    frameHits: summary.frameHits,
  };
}
process.stdout.write(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    // process.cpuUsage counts every thread of the process, the analysis workers' too.
    cpuSeconds: (() => {
      const { user, system } = process.cpuUsage(cpuStarted);
      return (user + system) / 1e6;
    })(),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    ...detail,
  }),
);
