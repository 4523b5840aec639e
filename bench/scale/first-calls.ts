// The library's click path on one project, first calls apart from later ones (issue 12). npm run
// bench:scale times 20 calls of each in one process, and every call after the first answers from
// the read cache (db/read-cache.ts) until the project changes, so its median says little about
// the call a person waits for after opening a project or after an edit. This runs each call of the
// click path in several new processes (bench/scale/measure.ts, 20 calls each) and prints, per
// call, the first calls' median and p95 (wall and CPU) beside the later calls', with the load
// average before and after. Given another checkout and a project at its schema (the code before a
// change, on a copy of the same file), it runs that checkout's measure.ts alternately with this
// one's, process by process, and prints both rows side by side: the same load for old and new.
//
//   [FRAMESCOPE_BENCH_COLD=1] node bench/scale/first-calls.ts PROJECT [processes=5] [only="facets|list"] [OLD_CHECKOUT OLD_PROJECT]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const [project, processesArg, onlyArg, oldCheckout, oldProject] = process.argv.slice(2);
const only = onlyArg || undefined;
if (!project) throw new Error('usage: node bench/scale/first-calls.ts PROJECT [processes=5] [only]');
const processes = Number(processesArg ?? 5);

/** The calls a person's clicks make in the library and the reader (bench/scale/calls.ts names). */
const CLICK_PATH = [
  'engine open',
  'project.info',
  'articles.list, first page (by id)',
  'articles.list, page after the middle (by key)',
  'articles.list, jump to the middle (offset)',
  'articles.facets, no filter',
  'articles.facets, a frame filter',
  'articles.facets, a broad search',
  'articles.facets, one outlet',
  'articles.get (open an article)',
  'codebooks.list',
  'a correction, engine side: the write and the 4 reads it reloads',
].filter((name) => !only || only.split('|').some((part) => name.includes(part)));

interface Figure {
  times: number[];
  cpuMs: number[];
  openMs: number;
  peakRssBytes: number;
}

/** Nearest rank, as bench/scale.ts: p50 is the median, p95 the 19th of 20. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (value: number) =>
  value >= 1000
    ? `${(value / 1000).toFixed(2)} s`
    : value >= 10
      ? `${value.toFixed(0)} ms`
      : `${value.toFixed(1)} ms`;
const pair = (values: number[]) =>
  values.length ? `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}` : '—';
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

/**
 * With FRAMESCOPE_BENCH_COLD=1, each process starts with none of the project file in the operating
 * system's cache (as after a restart), through GNU dd's `nocache`, which drops a file's cached
 * pages without reading or writing it (Linux).
 */
const cold = process.env.FRAMESCOPE_BENCH_COLD === '1';
function dropCached(path: string): void {
  for (const file of [path, `${path}-wal`].filter((file) => existsSync(file)))
    execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none'], { stdio: 'ignore' });
}

console.log(
  `${project}, ${processes} new processes per call${cold ? ', each on a cold file cache' : ''}, load average ${load()}`,
);
const rows: string[] = [];
/** The code measured: this checkout's, and the older one's when given. */
const sides = [
  { label: '', script: join(import.meta.dirname, 'measure.ts'), project },
  ...(oldCheckout && oldProject
    ? [{ label: ' (before)', script: join(oldCheckout, 'bench/scale/measure.ts'), project: oldProject }]
    : []),
];
for (const name of CLICK_PATH) {
  const figures = sides.map(() => ({
    first: [] as number[],
    firstCpu: [] as number[],
    later: [] as number[],
    rss: 0,
  }));
  for (let i = 0; i < processes; i++)
    sides.forEach((side, at) => {
      if (cold) dropCached(side.project);
      const out = execFileSync(process.execPath, [side.script, side.project, name, '20', '60000'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const figure = JSON.parse(out) as Figure;
      const sums = figures[at]!;
      sums.first.push(figure.times[0]!);
      sums.firstCpu.push(figure.cpuMs[0] ?? NaN);
      sums.later.push(...figure.times.slice(1));
      sums.rss = Math.max(sums.rss, figure.peakRssBytes);
    });
  sides.forEach((side, at) => {
    const { first, firstCpu, later, rss } = figures[at]!;
    const row = `| ${name}${side.label} | ${pair(first)} | ${name === 'engine open' ? '—' : pair(firstCpu)} | ${pair(later)} | ${Math.round(rss / 1e6)} MB |`;
    console.log(row);
    rows.push(row);
  });
}
console.log(`\nload average after: ${load()}\n`);
console.log(
  '| call | first call, median / p95 | its CPU, median / p95 | later calls, median / p95 | peak RSS |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
