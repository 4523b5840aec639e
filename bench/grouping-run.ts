// Child process of bench/grouping.ts: groups a project's stories through the engine, as the app
// does, calling the engine every 100 ms meanwhile to measure how long a click waits. With
// `--stop-at SHARE` it asks the grouping to stop once that share is done. Prints its figures as
// JSON, so that peak memory is the grouping's own.
import { Engine } from '../core/engine/engine.ts';

const [dbPath, ...flags] = process.argv.slice(2);
const stopAt = flags.includes('--stop-at') ? Number(flags[flags.indexOf('--stop-at') + 1]) : null;
const restart = flags.includes('--restart');

const engine = new Engine(dbPath!);
let stopping = false;
engine.subscribe((event) => {
  if (event.type !== 'progress' || stopAt === null || stopping) return;
  if (event.done / event.total >= stopAt) {
    stopping = true;
    void engine.call('tasks.cancel', [event.taskId]);
  }
});

const waits: number[] = [];
let probing = true;
const probe = async () => {
  while (probing) {
    const started = performance.now();
    await engine.call('history.state', []);
    waits.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
const probes = probe();
const started = performance.now();
const summary = await engine.invoke('stories.group', { restart });
const seconds = (performance.now() - started) / 1000;
probing = false;
await probes;
await engine.close();
waits.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    summary,
    seconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    calls: waits.length,
    waitP50: waits[Math.floor(waits.length / 2)] ?? 0,
    waitP95: waits[Math.floor(waits.length * 0.95)] ?? 0,
    waitMax: waits.at(-1) ?? 0,
  }),
);
