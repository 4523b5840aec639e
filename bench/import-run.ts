// Child process of bench/import.ts: imports the files it is given into a new project and prints
// its figures as JSON, so that peak memory is the import's own.
import { openProject } from '../db/open.ts';
import { importPaths } from '../core/import/pipeline.ts';

const [dbPath, ...files] = process.argv.slice(2);
const db = openProject(dbPath!);
const started = performance.now();
const summary = await importPaths(db, files);
const seconds = (performance.now() - started) / 1000;
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
process.stdout.write(
  JSON.stringify({
    imported: summary.imported.length,
    failures: summary.failures.length,
    duplicates: summary.duplicates.length,
    seconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
