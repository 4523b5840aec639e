// The first Compare call of a selection on a new connection, stage by stage, with the answer's MD5:
//   node bench/compare-first.ts PROJECT [QUERY | story=ID] [CALLS]
// PROJECT is opened read-only with nothing in memory (as the engine's job thread opens it), so the
// first call reads the counts the analysis stored. Run from two checkouts on the same file to set
// old and new code side by side: each stage's wall and CPU time, the whole call's, later calls', and
// the MD5 of the answer's JSON (of the answer with another voice and reported speech too).
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { openProject } from '../db/open.ts';
import { compareOutletSteps, type CompareResult } from '../core/compare/outlets.ts';
import type { Steps } from '../core/compare/steps.ts';

const [path, query = 'aid OR tax', callsArg = '3'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node bench/compare-first.ts PROJECT [QUERY] [CALLS]');
  process.exit(2);
}
/** The linkage bench:scale asks for (bench/scale/calls.ts). */
const LINKAGE = [
  { name: 'aid', terms: ['aid', 'help', 'humanitarian'] },
  { name: 'sanctions', terms: ['sanctions', 'veto'] },
];

const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const md5 = (value: unknown) => createHash('md5').update(JSON.stringify(value)).digest('hex');

/** Runs the steps to the end, timing each stage (from its first step to the next stage's). */
function staged<T>(steps: Steps<T>, stages: Map<string, { wall: number; cpu: number }>): T {
  let label = 'start';
  let wall = performance.now();
  let cpu = cpuNow();
  const close = () => {
    const entry = stages.get(label) ?? { wall: 0, cpu: 0 };
    entry.wall += performance.now() - wall;
    entry.cpu += cpuNow() - cpu;
    stages.set(label, entry);
    wall = performance.now();
    cpu = cpuNow();
  };
  for (;;) {
    const next = steps.next();
    if (next.done) {
      close();
      return next.value;
    }
    if (next.value.label !== label) {
      close();
      label = next.value.label;
    }
  }
}

const db = openProject(path, { readonly: true });
const story = /^story=(\d+)$/.exec(query);
const selection = story ? { storyId: Number(story[1]) } : { query };
const call = (options = {}) => {
  const stages = new Map<string, { wall: number; cpu: number }>();
  const wall = performance.now();
  const cpu = cpuNow();
  const value: CompareResult = staged(
    compareOutletSteps(db, selection, { linkage: LINKAGE, ...options }),
    stages,
  );
  return { value, stages, wall: performance.now() - wall, cpu: cpuNow() - cpu };
};
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () => loadavg()[0]!.toFixed(1);

const first = call();
console.log(
  `first call: ${s(first.wall)} wall, ${s(first.cpu)} CPU, load ${load()}; ` +
    `${first.value.articles} articles, ${first.value.wirePairs} wire pairs, answer ${md5(first.value)}`,
);
for (const [label, t] of first.stages)
  console.log(`  ${label.padEnd(36)} ${s(t.wall)} wall, ${s(t.cpu)} CPU`);
const toggle = call({ voice: 'own', includeReported: true });
console.log(
  `toggle (own voice, reported): ${s(toggle.wall)} wall, ${s(toggle.cpu)} CPU, answer ${md5(toggle.value)}`,
);
for (let i = 0; i < Number(callsArg); i++) {
  const later = call();
  console.log(
    `later call: ${s(later.wall)} wall, ${s(later.cpu)} CPU, load ${load()}, answer ${md5(later.value)}`,
  );
}
db.close();
