// npm run bench:nlp (and the second part of npm run bench): Brown press samples ca01–cc17 (about
// 180,000 words) through Framescope's whole pipeline (import, analysis on worker threads, storage)
// and through bare compromise on one thread, side by side in the same run. One pass of each is
// too noisy on a shared machine (bare compromise alone varied 20,000–33,000 words/s from run to
// run), so the two sides alternate: one warm-up pair (not counted), then PASSES pairs (default 5;
// `node bench/nlp.ts 7` for more). Each pass is a process of its own (so peak memory is its own)
// and prints wall and CPU time; the ratio is the median pipeline rate over the median bare rate,
// with the spread of the per-pair ratios beside it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { countWords } from '../core/import/normalise.ts';
import { brownText, pressSamples } from '../tests/support/brown.ts';

const TARGET_RATIO = 1.5;
const passes = Number(process.argv[2] ?? 5);
if (!Number.isInteger(passes) || passes < 1) {
  throw new Error(`bench/nlp.ts: passes must be a whole number >= 1, got ${process.argv[2]}`);
}

interface Pass {
  seconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  [detail: string]: number;
}

const samples = pressSamples();
const dir = mkdtempSync(join(tmpdir(), 'framescope-nlp-bench-'));
try {
  let words = 0;
  const files = samples.map((sample) => {
    const text = brownText(sample);
    words += countWords(text);
    const path = join(dir, `${sample}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const run = (...args: string[]) =>
    JSON.parse(
      execFileSync(process.execPath, [join(import.meta.dirname, 'nlp-run.ts'), ...args], {
        encoding: 'utf8',
      }),
    ) as Pass;
  let dbCount = 0;
  const bare = () => run('compromise', ...files);
  const pipeline = () => run('pipeline', join(dir, `bench-${dbCount++}.sqlite`), ...files);
  const rate = (seconds: number) => Math.round(words / seconds);
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
  const row = (label: string, wall: number, cpu: number, rss: number) =>
    `${label.padEnd(40)} ${String(rate(wall)).padStart(9)} ${wall.toFixed(2).padStart(8)} ${cpu.toFixed(2).padStart(8)} ${mb(rss).padStart(9)}`;

  console.log(
    `${samples.length} Brown samples (${samples[0]}–${samples.at(-1)}), ${words.toLocaleString('en')} words, ${availableParallelism()} cores, ${passes} alternating passes after a warm-up pair`,
  );
  console.log(
    `\n${''.padEnd(40)} ${'words/s'.padStart(9)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'peak RSS'.padStart(9)}`,
  );
  const bares: Pass[] = [];
  const pipelines: Pass[] = [];
  for (let pass = 0; pass <= passes; pass++) {
    // Alternate which side goes first, so that neither always follows the other.
    const order = pass % 2 ? [pipeline, bare] : [bare, pipeline];
    const [first, second] = order.map((side) => side());
    const [b, p] = order[0] === bare ? [first!, second!] : [second!, first!];
    const tag = pass === 0 ? 'warm-up' : `pass ${pass}`;
    console.log(row(`${tag}: bare compromise, one thread`, b.seconds, b.cpuSeconds, b.peakRssBytes));
    console.log(row(`${tag}: Framescope pipeline`, p.seconds, p.cpuSeconds, p.peakRssBytes));
    if (pass > 0) {
      bares.push(b);
      pipelines.push(p);
    }
  }
  const med = (list: Pass[], key: 'seconds' | 'cpuSeconds' | 'peakRssBytes') =>
    median(list.map((pass) => pass[key]));
  console.log(`\nmedians of ${passes} passes`);
  console.log(
    row(
      'bare compromise, one thread',
      med(bares, 'seconds'),
      med(bares, 'cpuSeconds'),
      med(bares, 'peakRssBytes'),
    ),
  );
  console.log(
    row(
      'Framescope import + analysis + store',
      med(pipelines, 'seconds'),
      med(pipelines, 'cpuSeconds'),
      med(pipelines, 'peakRssBytes'),
    ),
  );
  const pairRatios = bares.map((b, i) => b.seconds / pipelines[i]!.seconds);
  const ratio = med(bares, 'seconds') / med(pipelines, 'seconds');
  console.log(
    `\nratio ${ratio.toFixed(2)}× (target >= ${TARGET_RATIO}×) ${ratio >= TARGET_RATIO ? 'ok' : 'MISSED'}; pair by pair ${Math.min(...pairRatios).toFixed(2)}–${Math.max(...pairRatios).toFixed(2)}×`,
  );
  const cpuRatio = med(bares, 'cpuSeconds') / med(pipelines, 'cpuSeconds');
  console.log(
    `CPU per word: the pipeline spends ${(1 / cpuRatio).toFixed(2)}× bare compromise's CPU time (all threads counted)`,
  );
  const last = pipelines.at(-1)!;
  console.log(
    `pipeline found: ${last.mentions} entity mentions, ${last.quotes} quotes, ${last.frameHits} frame evidence sentences in ${last.articles} articles`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
