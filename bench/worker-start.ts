// node bench/worker-start.ts [STARTS]: what an analysis worker thread costs before it analyses
// anything. STARTS times (default 5), a pool of two analysis workers is started with the built-in
// codebooks, each analyses one short text (its first text also compiles the codebooks), and the pool
// is closed; the CPU time of the whole process over that (both workers; the main thread only waits)
// and the wall time are printed, with their medians.
import { BUILT_IN_CODEBOOKS } from '../nlp/frames/index.ts';
import { AnalysisPool } from '../core/analyze/pool.ts';

const starts = Number(process.argv[2] ?? 5);
const TEXT =
  'Prices rose in Fairview on Tuesday, the mayor said. "We will manage," Ms. Ortega told reporters.';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const cpus: number[] = [];
const walls: number[] = [];
for (let start = 1; start <= starts; start++) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const pool = new AnalysisPool(2, { codebooks: BUILT_IN_CODEBOOKS, lexicon: {} });
  await Promise.all([0, 1].map((i) => pool.analyse({ articleId: i, title: null, text: TEXT })));
  await pool.close();
  const { user, system } = process.cpuUsage(cpu);
  cpus.push((user + system) / 1e6);
  walls.push((performance.now() - wall) / 1000);
  console.log(
    `start ${start}: two workers to their first text ${cpus.at(-1)!.toFixed(2)} s of CPU, ${walls.at(-1)!.toFixed(2)} s wall`,
  );
}
console.log(`median of ${starts}: ${median(cpus).toFixed(2)} s of CPU, ${median(walls).toFixed(2)} s wall`);
