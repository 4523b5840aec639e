// Opens an older project from the window's call (`project.open`), as the desktop app's Open… and a
// browser window do, on an engine whose first project is a small one, and meanwhile asks that engine
// for `project.info` every 250 ms, as a window would: prints when the window was first told of the
// upgrade, how long the open took (wall and CPU, every thread), how long the calls made meanwhile
// waited, and the longest time the thread that answers them could do nothing else (issue 12: the
// upgrade ran on that thread, so a window's call waited for all of it). It writes: run it on
// a copy of an older project. Run the same script in a tree of the code before to compare.
//
//   node bench/scale/open-upgrade.ts OLD-PROJECT FIRST-PROJECT
import { Engine } from '../../core/engine/engine.ts';
import { cpuMs } from './timing.ts';

const [project, first] = process.argv.slice(2);
if (!project || !first) throw new Error('usage: node bench/scale/open-upgrade.ts OLD-PROJECT FIRST-PROJECT');
const engine = new Engine(first, { readerThreads: true });
await engine.invoke('project.info');
let firstReport: number | null = null;
let reports = 0;
const wall = performance.now();
const since = () => performance.now() - wall;
engine.subscribe((event) => {
  if (event.type === 'changed' || event.task !== 'upgrade' || event.type !== 'progress') return;
  reports++;
  firstReport ??= since();
});
// The longest the thread could do nothing else (a window's call made then waits that long).
let lastTick = performance.now();
let longestStall = 0;
const ticker = setInterval(() => {
  const now = performance.now();
  longestStall = Math.max(longestStall, now - lastTick);
  lastTick = now;
}, 25);
const cpu0 = cpuMs();
let opened = false;
// Started once the calls below are being made, as a window's would be.
const opening = new Promise<void>((resolve) => setTimeout(resolve, 100)).then(() =>
  engine.call('project.open', [project]).then((envelope) => {
    opened = true;
    if (!envelope.ok) throw new Error(envelope.error.message);
    return since();
  }),
);
// A call every 250 ms while the open runs, each timed from when it was made to its answer.
const waits: number[] = [];
const asking = (async () => {
  while (!opened) {
    const asked = performance.now();
    const pause = new Promise((resolve) => setTimeout(resolve, 250));
    await engine.call('project.info', []);
    waits.push(performance.now() - asked);
    await pause;
  }
})();
const openMs = await opening;
const cpu = cpuMs() - cpu0;
clearInterval(ticker);
longestStall = Math.max(longestStall, performance.now() - lastTick);
await asking;
waits.sort((a, b) => a - b);
const at = (q: number) => waits[Math.min(waits.length - 1, Math.floor(q * waits.length))]!.toFixed(0);
console.log(
  `project.open: ${(openMs / 1000).toFixed(1)} s wall, ${(cpu / 1000).toFixed(1)} s CPU; ` +
    `first upgrade report to the window after ${firstReport === null ? 'none' : `${(firstReport / 1000).toFixed(1)} s`} ` +
    `(${reports} reports); calls meanwhile: ${waits.length}, median ${at(0.5)} ms, p95 ${at(0.95)} ms, ` +
    `longest ${waits.at(-1)!.toFixed(0)} ms; the thread's longest stall ${longestStall.toFixed(0)} ms`,
);
await engine.close();
