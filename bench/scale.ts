// npm run bench:scale (issue 12): every engine call the UI makes, timed on an analysed
// 100,000-article project and a 1,000,000-article one, each figure beside its target, in one run.
// The projects are built once and kept outside git (bench/scale/cache.ts says where); building
// the analysed one runs real analysis on every article and takes hours on a shared 2-core machine.
//
//   BENCH_SCALE_SIZES=100000        only one size (default 100000,1000000)
//   BENCH_SCALE_RUNS=20             calls per figure (fewer when a call is slow: see BUDGET)
//   BENCH_SCALE_ONLY="facets"       only the calls whose name holds this text (several: "a|b";
//                                   "chromium" names the correction in Chromium)
//   FRAMESCOPE_BENCH_CACHE=DIR      where the projects are kept
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CALLS, type BenchCall, type Target } from './scale/calls.ts';
import { buildPath, isBuilt, readRecord, runningBuilder, type BuildKind } from './scale/cache.ts';
import type { CorrectionParts } from './scale/correction-parts.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_SCALE_SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 20);
const ONLY = process.env.BENCH_SCALE_ONLY?.split('|').filter(Boolean);
const chosen = (name: string) => !ONLY || ONLY.some((part) => name.includes(part));
/** A figure stops taking more calls once this much time went into it (it keeps at least one). */
const BUDGET_MS = 60_000;
/** A call still running after this long is stopped and reported as slower than it. */
const HARD_LIMIT_MS = 30 * 60_000;

interface Figure {
  times: number[];
  peakRssBytes: number;
  note: string;
  stopped?: boolean;
  skipped?: string;
  /** The end-to-end correction taken apart. */
  parts?: CorrectionParts;
}

const kindOf = (size: number): BuildKind => (size === SIZES[0] ? 'analysed' : 'synthetic');

function runChild(script: string, args: string[], inherit = false): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], {
      stdio: ['ignore', inherit ? 'inherit' : 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), HARD_LIMIT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') done('STOPPED');
      else if (code === 0) done(out);
      else fail(new Error(`${script} ${args.join(' ')} exited with ${code ?? signal}`));
    });
  });
}

async function ensureBuilt(size: number): Promise<void> {
  const kind = kindOf(size);
  const project = buildPath(kind, size);
  if (isBuilt(kind, size)) return;
  const builder = runningBuilder(project);
  if (builder !== undefined) {
    console.error(
      `${project} is being built by process ${builder}; run the bench again once it has finished.`,
    );
    process.exit(1);
  }
  console.log(
    `Building the ${size.toLocaleString('en')}-article project (${kind}); it is kept for later runs.`,
  );
  // An analysed build of the data version before is brought up to date instead of built anew.
  if (
    kind === 'analysed' &&
    existsSync(buildPath(kind, size).replace(/-v(\d+)-/, (_, v: string) => `-v${Number(v) - 1}-`))
  )
    await runChild('bench/scale/upgrade.ts', [String(size)], true);
  if (isBuilt(kind, size)) return;
  if (kind === 'analysed') await runChild('bench/scale/build-analysed.ts', [String(size)], true);
  else await runChild('bench/scale/build-synthetic.ts', [String(size), String(SIZES[0])], true);
}

async function measure(call: BenchCall | 'engine open', size: number): Promise<Figure> {
  const name = call === 'engine open' ? call : call.name;
  if (call !== 'engine open' && call.sizes === 'smallest' && size !== SIZES[0])
    return { times: [], peakRssBytes: 0, note: '', skipped: 'not measured at this size' };
  const runs = call !== 'engine open' && call.once ? 1 : RUNS;
  const project = buildPath(kindOf(size), size);
  const out = await runChild('bench/scale/measure.ts', [project, name, String(runs), String(BUDGET_MS)]);
  if (out === 'STOPPED') return { times: [HARD_LIMIT_MS], peakRssBytes: 0, note: 'stopped', stopped: true };
  return JSON.parse(out) as Figure;
}

/** The end-to-end correction (it builds the UI itself); a failure is reported, not fatal. */
async function correctionInChromium(size: number): Promise<Figure> {
  let out: string;
  try {
    out = await runChild('bench/scale/correction-browser.ts', [buildPath(kindOf(size), size), String(RUNS)]);
  } catch {
    // The child said why on stderr, which this process shares.
    return { times: [], peakRssBytes: 0, note: '', skipped: 'failed (the reason is printed above)' };
  }
  if (out === 'STOPPED') return { times: [HARD_LIMIT_MS], peakRssBytes: 0, note: 'stopped', stopped: true };
  return JSON.parse(out) as Figure;
}

/** The value at a rank of the sorted times (nearest rank): p50 is the median, p95 the 19th of 20. */
function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toFixed(0)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 10) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} ms`;
}

function cells(figure: Figure | undefined): string[] {
  if (!figure || figure.skipped) return ['—', '—', '—', '—'];
  if (figure.stopped) return [`> ${ms(HARD_LIMIT_MS)}`, 'stopped', '—', '0'];
  return [
    ms(percentile(figure.times, 50)),
    ms(percentile(figure.times, 95)),
    `${Math.round(figure.peakRssBytes / 1e6)} MB`,
    String(figure.times.length),
  ];
}

function verdict(
  target: Target | undefined,
  millionMs: number | undefined,
  figures: (Figure | undefined)[],
): string {
  const verdicts: string[] = [];
  const [small, large] = figures;
  const p95 = (figure: Figure) => (figure.stopped ? Infinity : percentile(figure.times, 95));
  if (target && small && !small.skipped) {
    if (target.ms !== undefined) verdicts.push(p95(small) < target.ms ? 'met' : 'MISSED');
    if (target.rssMb !== undefined) verdicts.push(small.peakRssBytes / 1e6 < target.rssMb ? 'met' : 'MISSED');
  }
  if (millionMs !== undefined && large && !large.skipped)
    verdicts.push(`1M: ${p95(large) < millionMs ? 'met' : 'MISSED'}`);
  return verdicts.join(', ');
}

const calls = CALLS.filter((call) => chosen(call.name));
for (const size of SIZES) await ensureBuilt(size);
interface Row {
  name: string;
  figures: (Figure | undefined)[];
  target?: Target;
  millionMs?: number;
}
const rows: Row[] = [];
const started = Date.now();
const entries: (BenchCall | 'engine open' | 'chromium')[] = ['engine open', ...calls];
const chromiumAfter = calls.findIndex((call) => call.name.startsWith('a correction, engine side'));
if (chosen('a correction in chromium')) entries.splice(chromiumAfter + 2, 0, 'chromium');
for (const entry of entries) {
  const figures: (Figure | undefined)[] = [];
  for (const size of SIZES) {
    const label = entry === 'engine open' || entry === 'chromium' ? entry : entry.name;
    process.stdout.write(`  ${size.toLocaleString('en').padStart(9)}  ${label}...`);
    const figure = entry === 'chromium' ? await correctionInChromium(size) : await measure(entry, size);
    figures.push(figure);
    process.stdout.write(
      figure.skipped
        ? ` skipped: ${figure.skipped}\n`
        : ` ${cells(figure).slice(0, 2).join(' / ')}${figure.note ? `  (${figure.note})` : ''}\n`,
    );
    if (figure.parts) {
      console.log('             its parts, medians over the corrections:');
      for (const [part, value] of Object.entries(figure.parts.medians))
        console.log(`               ${part}: ${ms(value)}`);
      const engine = Object.entries(figure.parts.engineMs).map(([method, value]) => `${method} ${ms(value)}`);
      console.log(`             in the engine (medians): ${engine.join(', ')}`);
      console.log(
        `             sent before the article's read: ${figure.parts.beforeArticle.join(', ') || 'nothing'}`,
      );
    }
  }
  if (entry === 'engine open')
    rows.push({ name: 'engine open (opening the project; RSS is every row’s baseline)', figures });
  else if (entry === 'chromium')
    rows.push({
      name: 'a correction in Chromium: click ✓ until it shows accepted',
      figures,
      target: { text: '< 300 ms', ms: 300 },
    });
  else rows.push({ name: entry.name, figures, target: entry.target, millionMs: entry.millionMs });
}

const sizeNames = SIZES.map((size) => (size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`));
const header = [
  'call',
  ...sizeNames.flatMap((size) => [`${size} median`, `${size} p95`, `${size} peak RSS`, 'n']),
  'target',
  'met',
];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => ' --- ').join('|')}|`,
  ...rows.map(
    (row) =>
      `| ${[row.name, ...row.figures.flatMap(cells), row.target?.text ?? '', verdict(row.target, row.millionMs, row.figures)].join(' | ')} |`,
  ),
];
console.log(`\n${table.join('\n')}\n`);
console.log(
  `${RUNS} calls per figure (n says how many ran: fewer when ${BUDGET_MS / 1000} s went into one figure).`,
);
console.log('Peak RSS is the measuring process’s, engine included (see "engine open").');
for (const size of SIZES) {
  const project = buildPath(kindOf(size), size);
  const record = readRecord(project, kindOf(size), size);
  const stages = Object.entries(record.seconds)
    .map(([stage, seconds]) => `${stage} ${(seconds / 60).toFixed(1)} min`)
    .join(', ');
  console.log(
    `Build of ${size.toLocaleString('en')} (${kindOf(size)}): ${stages}. ${record.notes.join(' ')}`,
  );
}
console.log(`Bench ran ${((Date.now() - started) / 60_000).toFixed(0)} min.`);

const output = join(ROOT, 'bench-output');
mkdirSync(output, { recursive: true });
writeFileSync(
  join(output, `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
  JSON.stringify({ sizes: SIZES, rows }, null, 2),
);
