// npm run bench:import: 100,000 articles recombined from Brown paragraphs, imported without NLP;
// then 20 varied full-text queries. Prints figures beside the targets of issue #2.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../db/open.ts';
import { searchArticles } from '../db/search.ts';
import { writeArticles } from './articles.ts';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 100_000);
const QUERIES = [
  'jury',
  'election',
  'sanctions',
  'governor',
  '"grand jury"',
  '"White House"',
  'tax OR taxes',
  'school NOT football',
  'administr*',
  'legislat* AND budget',
  '"city council" OR "county commission"',
  'Kennedy',
  'Moscow OR Russia*',
  'hospital AND doctor*',
  'baseball',
  'church',
  'NEAR(united states, 3)',
  'title:election',
  'president AND congress AND vote',
  'water OR river OR dam',
];
const REPEATS = 5;

const dir = mkdtempSync(join(tmpdir(), 'framescope-bench-'));
try {
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  console.log(`Writing ${COUNT.toLocaleString('en')} articles as JSON Lines...`);
  const files = await writeArticles(sources, COUNT, 10_000);
  const db = join(dir, 'bench.sqlite');

  console.log('Importing (no NLP)...');
  const run = JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, 'import-run.ts'), db, ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as { imported: number; failures: number; duplicates: number; seconds: number; peakRssBytes: number };

  const project = openProject(db, { readonly: true });
  const timings: number[] = [];
  let matched = 0;
  for (const query of QUERIES) {
    for (let i = 0; i < REPEATS; i++) {
      const started = performance.now();
      const hits = searchArticles(project, query, { limit: 20 });
      timings.push(performance.now() - started);
      if (i === 0) matched += hits.length;
    }
  }
  project.close();
  timings.sort((a, b) => a - b);
  const percentile = (p: number) =>
    timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!;

  const rate = run.imported / run.seconds;
  const rows: [string, string, string, boolean][] = [
    [
      'articles imported',
      run.imported.toLocaleString('en'),
      `${COUNT.toLocaleString('en')}`,
      run.imported === COUNT,
    ],
    [
      'import rate',
      `${Math.round(rate).toLocaleString('en')} articles/s`,
      '>= 2,000 articles/s',
      rate >= 2000,
    ],
    ['peak RSS (import)', `${(run.peakRssBytes / 1e6).toFixed(0)} MB`, '< 400 MB', run.peakRssBytes < 400e6],
    ['project file size', `${(statSync(db).size / 1e6).toFixed(0)} MB`, '', true],
    ['search p50', `${percentile(50).toFixed(2)} ms`, '', true],
    ['search p95', `${percentile(95).toFixed(2)} ms`, '< 30 ms', percentile(95) < 30],
  ];
  console.log(`\n${'figure'.padEnd(20)} ${'measured'.padEnd(22)} target`);
  for (const [name, value, target, ok] of rows) {
    console.log(
      `${name.padEnd(20)} ${value.padEnd(22)} ${target}${target ? (ok ? '  ok' : '  MISSED') : ''}`,
    );
  }
  console.log(
    `\n${QUERIES.length} queries × ${REPEATS} runs, 20 results with snippets each; ${matched} results in all; ` +
      `import failures ${run.failures}, duplicates ${run.duplicates}; ${run.seconds.toFixed(1)} s import.`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
