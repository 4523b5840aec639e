// npm run bench (second part): Brown press samples ca01–cc17 (about 180,000 words) through
// Framescope's whole pipeline (import, analysis on worker threads, storage) and, side by side in
// the same run, through bare compromise on one thread. Prints both rates, their ratio and peak memory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { countWords } from '../core/import/normalise.ts';
import { brownSamples, brownText } from '../tests/support/brown.ts';

const TARGET_RATIO = 1.5;
const samples = [...brownSamples('ca'), ...brownSamples('cb'), ...brownSamples('cc')];
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
    ) as {
      seconds: number;
      peakRssBytes: number;
    } & Record<string, number>;

  console.log(
    `${samples.length} Brown samples (${samples[0]}–${samples.at(-1)}), ${words.toLocaleString('en')} words, ${availableParallelism()} cores`,
  );
  const bare = run('compromise', ...files);
  const pipeline = run('pipeline', join(dir, 'bench.sqlite'), ...files);
  const rate = (seconds: number) => Math.round(words / seconds);
  const ratio = rate(pipeline.seconds) / rate(bare.seconds);
  const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
  console.log(
    `\n${''.padEnd(36)} ${'words/s'.padStart(9)} ${'seconds'.padStart(8)} ${'peak RSS'.padStart(9)}`,
  );
  console.log(
    `${'bare compromise, one thread'.padEnd(36)} ${String(rate(bare.seconds)).padStart(9)} ${bare.seconds.toFixed(1).padStart(8)} ${mb(bare.peakRssBytes).padStart(9)}`,
  );
  console.log(
    `${'Framescope import + analysis + store'.padEnd(36)} ${String(rate(pipeline.seconds)).padStart(9)} ${pipeline.seconds.toFixed(1).padStart(8)} ${mb(pipeline.peakRssBytes).padStart(9)}`,
  );
  console.log(
    `\nratio ${ratio.toFixed(2)}× (target >= ${TARGET_RATIO}×) ${ratio >= TARGET_RATIO ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `pipeline found: ${pipeline.mentions} entity mentions, ${pipeline.quotes} quotes, ${pipeline.frameHits} frame evidence sentences in ${pipeline.articles} articles`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
