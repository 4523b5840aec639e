// Issue 12: a project analysed before migration 032 (no recorded cue hits) opened as a window's host
// opens it (reader threads: the engine records the missing hits in the background). Prints as JSON
// lines: the engine's opening; a frame's cue preview asked as soon as the recording starts, again
// once it is half done, and once it is done (each: time to its first matches and in all, what it
// says was recorded so far, a hash of the answer); then the recording's wall time, the process's
// CPU time (every thread) and both per article. It writes: run it on a copy. To mimic an older
// project on a project of this version, empty `article_cue_hits`, `cue_sets` and `cue_finds` first.
//
//   node bench/scale/missing-cue-hits.ts PROJECT [frame|frame:ID]
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { Engine } from '../../core/engine/engine.ts';
import type { EngineEvent } from '../../core/engine/events.ts';
import { mostUsedFrame } from './calls.ts';
import { cpuMs } from './timing.ts';

const [project, which = 'frame'] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/missing-cue-hits.ts PROJECT [frame|frame:ID]');
const print = (line: object) =>
  process.stdout.write(`${JSON.stringify({ ...line, load: Number((loadavg()[0] ?? 0).toFixed(1)) })}\n`);

const cpuAtStart = cpuMs();
const opening = performance.now();
const engine = new Engine(project, { readerThreads: true, recordMissingCueHits: true });
print({ openMs: Math.round(performance.now() - opening) });
const frame = which === 'frame' ? mostUsedFrame(engine.db) : /^frame:(\d+)$/.exec(which)?.[1];
const cues = JSON.parse(
  engine.db.prepare('SELECT cues FROM codes WHERE id = ?').pluck().get(Number(frame)) as string,
) as string[];

let previewStarted = 0;
let previewsCpu = 0;
let firstMs: number | null = null;
let started: number | null = null;
let half: (() => void) | null = null;
let finished!: (event: EngineEvent) => void;
const halfDone = new Promise<void>((resolve) => (half = resolve));
const recorded = new Promise<EngineEvent>((resolve) => (finished = resolve));
let firstReport!: () => void;
const reported = new Promise<void>((resolve) => (firstReport = resolve));
engine.subscribe((event) => {
  if (event.type === 'changed') return;
  if (
    event.task === 'preview' &&
    event.type === 'progress' &&
    firstMs === null &&
    event.found?.examples.length
  )
    firstMs = performance.now() - previewStarted;
  if (event.task !== 'cue-hits') return;
  if (event.type === 'progress') {
    started ??= performance.now();
    firstReport();
    if (event.done * 2 >= event.total && event.done > 0) half?.();
  } else {
    half?.();
    finished(event);
  }
});

async function preview(what: string): Promise<void> {
  firstMs = null;
  const cpu = cpuMs();
  previewStarted = performance.now();
  const found = await engine.invoke('codes.preview', { cues });
  const totalMs = performance.now() - previewStarted;
  previewsCpu += cpuMs() - cpu;
  print({
    what,
    cues: cues.length,
    firstMs: Math.round(firstMs ?? totalMs),
    totalMs: Math.round(totalMs),
    cpuMs: Math.round(cpuMs() - cpu),
    recording: found.recording ?? null,
    passages: found.passages,
    articles: found.articles,
    answer: createHash('sha256')
      .update(JSON.stringify({ ...found, recording: undefined }))
      .digest('hex')
      .slice(0, 12),
  });
}

await reported;
await preview('as the recording starts');
await halfDone;
half = null;
await preview('the recording half done');
const end = await recorded;
const wallMs = performance.now() - (started ?? opening);
// The opening's and the previews' CPU left out: the recording's own (every thread's).
const cpu = cpuMs() - cpuAtStart - previewsCpu;
const articles = engine.db.prepare('SELECT count(*) FROM article_cue_hits').pluck().get() as number;
print({
  recording: end.type === 'finished' ? end.message : '',
  articles,
  wallMs: Math.round(wallMs),
  cpuMs: Math.round(cpu),
  wallMsPerArticle: Number((wallMs / articles).toFixed(2)),
  cpuMsPerArticle: Number((cpu / articles).toFixed(2)),
});
await preview('the recording done');
await engine.close();
