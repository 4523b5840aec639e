// Grouping's memory as the load on the machine does not change it (issue 12): groups a project's
// stories (groupStories, in this process and on its main thread, with nothing else loaded) and at
// every 5% of the work (and after opening) forces a full garbage collection and records what is
// still alive: the V8 heap in use, memory outside it (typed arrays' buffers, better-sqlite3) and
// RSS. The peak RSS of a run depends on how often the collector ran, which depends on the load;
// what grouping keeps alive does not. Prints JSON: the samples, their peaks, CPU seconds and an
// MD5 of the stories made (to compare two versions' answers on one project). bench/grouping-run.ts
// measures the peak RSS of grouping as the app runs it.
// Run: node --expose-gc bench/grouping-heap.ts PROJECT.sqlite [--code CHECKOUT_DIR] [--snapshot SHARE]
// (--code runs another checkout's engine, e.g. the code before a change unpacked with git archive;
// --snapshot writes a heap snapshot at that share of the work, to read in a browser's devtools).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import v8 from 'node:v8';
import Database from 'better-sqlite3';
import type * as GroupingModule from '../core/compare/grouping.ts';
import type * as OpenModule from '../db/open.ts';

const [project, ...flags] = process.argv.slice(2);
const flag = (name: string) => (flags.includes(name) ? flags[flags.indexOf(name) + 1] : undefined);
const gc = (globalThis as { gc?: () => void }).gc;
if (!project || !gc) {
  console.error(
    'Usage: node --expose-gc bench/grouping-heap.ts PROJECT.sqlite [--code CHECKOUT_DIR] [--snapshot SHARE]',
  );
  process.exit(2);
}
const code = resolve(flag('--code') ?? resolve(import.meta.dirname, '..'));
const snapshotAt = flag('--snapshot') === undefined ? null : Number(flag('--snapshot'));
const { groupStories } = (await import(resolve(code, 'core/compare/grouping.ts'))) as typeof GroupingModule;
const { openProject, closeProject } = (await import(resolve(code, 'db/open.ts'))) as typeof OpenModule;

const MB = 2 ** 20;
interface Sample {
  share: number;
  label: string;
  /** Before the forced collection. */
  rssBefore: number;
  heapUsedBefore: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}
const samples: Sample[] = [];
const sample = (share: number, label: string) => {
  const before = process.memoryUsage();
  gc();
  const after = process.memoryUsage();
  samples.push({
    share,
    label,
    rssBefore: before.rss / MB,
    heapUsedBefore: before.heapUsed / MB,
    rss: after.rss / MB,
    heapUsed: after.heapUsed / MB,
    heapTotal: after.heapTotal / MB,
    external: after.external / MB,
    arrayBuffers: after.arrayBuffers / MB,
  });
};

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const db = openProject(project, { create: false });
sample(0, 'project open');
let next = 0.05;
let snapshot: string | null = null;
const progress = (done: number, total: number, label?: string) => {
  if (total === 0) return;
  const share = done / total;
  if (snapshotAt !== null && snapshot === null && share >= snapshotAt) {
    gc();
    snapshot = v8.writeHeapSnapshot();
  }
  if (share < next) return;
  while (next <= share) next += 0.05;
  sample(share, label ?? '');
};
const startedCpu = cpu();
const started = performance.now();
const summary = await groupStories(db, { restart: true }, progress);
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = cpu() - startedCpu;
sample(1, 'done');
closeProject(db);

const reader = new Database(project, { readonly: true });
const stories = reader
  .prepare(
    `SELECT s.name, group_concat(m.article_id) AS ids FROM stories s
     JOIN (SELECT story_id, article_id FROM story_articles ORDER BY article_id) m ON m.story_id = s.id
     WHERE s.origin = 'auto' GROUP BY s.id ORDER BY min(m.article_id)`,
  )
  .all() as { name: string; ids: string }[];
reader.close();
const hash = createHash('md5');
for (const story of stories) hash.update(`${story.name}\t${story.ids}\n`);

const peak = (key: keyof Sample) => Math.round(Math.max(...samples.map((s) => s[key] as number)));
process.stdout.write(
  JSON.stringify(
    {
      code,
      summary,
      seconds,
      cpuSeconds,
      peakRss: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
      peakAfterGc: {
        heapUsed: peak('heapUsed'),
        external: peak('external'),
        arrayBuffers: peak('arrayBuffers'),
        rss: peak('rss'),
      },
      heapLimit: Math.round(v8.getHeapStatistics().heap_size_limit / MB),
      storiesHash: hash.digest('hex'),
      snapshot,
      samples: samples.map((s) =>
        Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' ? +v.toFixed(2) : v])),
      ),
    },
    null,
    1,
  ) + '\n',
);
