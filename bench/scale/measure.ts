// Child process of bench/scale.ts: opens a project in an engine, prepares one call of
// bench/scale/calls.ts and times it, up to `runs` times or until `budget` ms have gone by (at
// least once), then prints the figures as JSON. A process per call, so that peak memory is the
// call's own (with the engine's: see the "engine open" row). FRAMESCOPE_BENCH_READONLY=1 opens the
// project read-only, as a project someone else keeps is opened (no call of the click path writes).
import { Engine } from '../../core/engine/engine.ts';
import { CALLS } from './calls.ts';

const [project, name, runsArg, budgetArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const budget = Number(budgetArg ?? 60_000);

const opening = performance.now();
const engine = new Engine(project!, { readOnly: process.env.FRAMESCOPE_BENCH_READONLY === '1' });
const openMs = performance.now() - opening;
const rssOpen = process.memoryUsage().rss;

let times: number[] = [];
/** CPU time of the process during each call (ms): the machine is shared, so wall time alone misleads. */
const cpuMs: number[] = [];
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
let note = '';
if (name !== 'engine open') {
  const entry = CALLS.find((call) => call.name === name);
  if (!entry) throw new Error(`No bench call named “${name}”.`);
  const run = await entry.prepare(engine);
  const started = performance.now();
  try {
    for (let i = 0; i < runs; i++) {
      const before = performance.now();
      const cpuBefore = cpu();
      const result = await run.call();
      times.push(performance.now() - before);
      cpuMs.push(cpu() - cpuBefore);
      if (i === 0 && typeof result === 'number') note = `answer ${(result / 1e6).toFixed(2)} MB of JSON`;
      if (performance.now() - started > budget) break;
    }
  } finally {
    await run.restore?.();
  }
} else {
  times = [openMs];
}
await engine.close();
process.stdout.write(
  `${JSON.stringify({ times, cpuMs, openMs, rssOpenBytes: rssOpen, peakRssBytes: process.resourceUsage().maxRSS * 1024, note })}\n`,
);
