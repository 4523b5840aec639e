// npm run bench:grouping (issues 9 and 12): grouping 100,000 articles into stories, through the
// engine as the app runs it, in a child process of its own so peak memory is the grouping's.
// Three runs on one project: from the start to the end; from the start, stopped half way; and the
// run that goes on from there. Meanwhile the engine is called every 100 ms, and how long those
// calls wait shows whether grouping lets other work through. Figures print beside the targets and
// beside the figures measured before this work (README, one run of npm run bench).
// The project (articles recombined from Brown corpus paragraphs, imported without analysis) is
// kept in the system's temp folder and reused: BENCH_GROUP_ARTICLES sets its size.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../db/open.ts';
import { importPaths } from '../core/import/pipeline.ts';
import type { GroupSummary } from '../core/compare/grouping.ts';
import { writeArticles } from './articles.ts';

const COUNT = Number(process.env.BENCH_GROUP_ARTICLES ?? 100_000);
const project = join(tmpdir(), `framescope-bench-grouping-${COUNT}.sqlite`);

if (!existsSync(project)) {
  const dir = mkdtempSync(join(tmpdir(), 'framescope-bench-grouping-'));
  try {
    mkdirSync(join(dir, 'sources'));
    console.log(`Writing ${COUNT.toLocaleString('en')} articles...`);
    const files = await writeArticles(join(dir, 'sources'), COUNT, 10_000);
    console.log('Importing them (no analysis)...');
    const db = openProject(join(dir, 'project.sqlite'));
    await importPaths(db, files);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    renameSync(join(dir, 'project.sqlite'), project);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else console.log(`Reusing ${project}`);

interface Run {
  summary: GroupSummary;
  seconds: number;
  peakRssBytes: number;
  calls: number;
  waitP50: number;
  waitP95: number;
  waitMax: number;
}
const group = (...flags: string[]): Run => {
  const run = JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, 'grouping-run.ts'), project, ...flags], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as Run;
  console.log(`  ${JSON.stringify(run)}`);
  return run;
};

console.log('Grouping from the start...');
const full = group('--restart');
console.log('Grouping from the start, stopped half way...');
const stopped = group('--restart', '--stop-at', '0.5');
console.log('Going on from where it stopped...');
const resumed = group();

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const rows: [string, string, string, string][] = [
  ['', 'measured', 'target', 'before'],
  [
    `grouping ${full.summary.articles.toLocaleString('en')} articles: time`,
    s(full.seconds),
    'minutes',
    '74 s',
  ],
  ['  peak RSS', mb(full.peakRssBytes), '< 400 MB', '1.2 GB'],
  [
    '  stories made / articles grouped',
    `${full.summary.stories.toLocaleString('en')} / ${full.summary.grouped.toLocaleString('en')}`,
    '',
    '',
  ],
  [
    `  wait of a call made meanwhile (${full.calls} calls): p50 / p95 / max`,
    `${ms(full.waitP50)} / ${ms(full.waitP95)} / ${ms(full.waitMax)}`,
    'answered meanwhile',
    'unanswered for 55 s',
  ],
  [
    'stopped half way: time until it stopped',
    `${s(stopped.seconds)} (${Math.round(stopped.summary.done * 100)}% done)`,
    '',
    'could not stop',
  ],
  ['  stories kept as they were', stopped.summary.finished ? 'no' : 'yes', 'yes', ''],
  [
    'going on from there: time to the end',
    `${s(resumed.seconds)} (resumed: ${resumed.summary.resumed ? 'yes' : 'no'})`,
    '< time from the start',
    'started over',
  ],
  ['  peak RSS', mb(resumed.peakRssBytes), '< 400 MB', ''],
  [
    '  stories made / articles grouped',
    `${resumed.summary.stories.toLocaleString('en')} / ${resumed.summary.grouped.toLocaleString('en')}`,
    'as from the start',
    '',
  ],
];
console.log('');
const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
