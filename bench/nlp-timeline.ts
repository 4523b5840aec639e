// node bench/nlp-timeline.ts: where the wall time of one pipeline pass of bench/nlp.ts goes. The Brown
// samples are imported into a fresh project and analysed as `bench/nlp-run.ts pipeline` does them
// (the workers started ahead while the import reads), and the run prints, in seconds from its start,
// when the project was open and the import done, when each analysis worker thread started, had loaded
// its modules and took its first and last text, how long it worked and how long it waited for work,
// when the last article was stored, and the CPU time of the main thread and of the whole process. On a
// shared machine the times stretch with the load: compare runs taken under the same load.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../db/open.ts';
import { importPaths } from '../core/import/pipeline.ts';
import { analyseArticles } from '../core/analyze/run.ts';
import { WorkersAhead } from '../core/analyze/workers-ahead.ts';
import { brownText, pressSamples } from '../tests/support/brown.ts';

interface Event {
  thread: number;
  event: 'started' | 'loaded' | 'text';
  at: number;
  end?: number;
}

const dir = mkdtempSync(join(tmpdir(), 'framescope-timeline-'));
const timeline = join(dir, 'timeline.jsonl');
writeFileSync(timeline, '');
process.env.FRAMESCOPE_TIMELINE = timeline;
process.env.FRAMESCOPE_ANALYSIS_WORKER = new URL('./timeline-worker.ts', import.meta.url).pathname;
const files = pressSamples().map((sample) => {
  const path = join(dir, `${sample}.txt`);
  writeFileSync(path, brownText(sample));
  return path;
});
const now = () => performance.timeOrigin + performance.now();
const cpu = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
try {
  const start = now();
  const processCpu = process.cpuUsage();
  const mainCpu = process.threadCpuUsage();
  const db = openProject(join(dir, 'project.sqlite'));
  const opened = now();
  const ahead = new WorkersAhead();
  const { imported } = await importPaths(db, files, {}, ahead.onImportEvent);
  const importDone = now();
  const stored: number[] = [];
  await analyseArticles(
    db,
    imported.map((article) => article.id),
    { workers: ahead.take(), onProgress: () => stored.push(now()) },
  );
  const analysed = now();
  db.close();
  const end = now();
  const s = (at: number) => ((at - start) / 1000).toFixed(2).padStart(6);
  console.log(
    `${imported.length} articles, ${availableParallelism()} cores; seconds from the start (wall)\n` +
      `main: project open ${s(opened)}, import done ${s(importDone)}, first article stored ${s(stored[0]!)}, ` +
      `last ${s(stored.at(-1)!)}, workers closed ${s(analysed)}, project closed ${s(end)}`,
  );
  const events = readFileSync(timeline, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Event);
  for (const thread of [...new Set(events.map((event) => event.thread))]) {
    const own = events.filter((event) => event.thread === thread);
    const texts = own.filter((event) => event.event === 'text');
    const first = texts[0]!;
    let waited = 0;
    texts.slice(1).forEach((text, i) => (waited += Math.max(0, text.at - texts[i]!.end!)));
    const worked = texts.reduce((sum, text) => sum + (text.end! - text.at), 0) / 1000;
    console.log(
      `worker ${thread}: started ${s(own.find((event) => event.event === 'started')!.at)}, modules loaded ` +
        `${s(own.find((event) => event.event === 'loaded')!.at)}, first text ${s(first.at)}–${s(first.end!)}, ` +
        `last done ${s(texts.at(-1)!.end!)}; ${texts.length} texts, working ${worked.toFixed(2)} s, ` +
        `waiting for work between texts ${(waited / 1000).toFixed(2)} s`,
    );
  }
  console.log(
    `CPU: main thread ${cpu(process.threadCpuUsage(mainCpu)).toFixed(2)} s, whole process ` +
      `${cpu(process.cpuUsage(processCpu)).toFixed(2)} s, over ${((end - start) / 1000).toFixed(2)} s wall`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
