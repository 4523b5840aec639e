// Issue 12: do clicks wait behind slow work? Opens a project in an engine with or without its
// reader threads, starts one slow thing (a cue preview, the first facets call with a frame
// filter, or a frames re-run, which writes: run it on a copy), and meanwhile asks for the library's middle page every 100 ms until it is done; prints
// how long each ask took from the moment it was due (a blocked thread delays the ask itself), as
// median and p95, with the slow thing's time (a preview still counting after the clicks is stopped
// then) and peak RSS, as JSON.
//
//   node bench/scale/beside.ts PROJECT threads|inline preview|facets|rerun|none [clicks=20]
import { setTimeout as sleep } from 'node:timers/promises';
import { Engine } from '../../core/engine/engine.ts';
import { mostUsedFrame } from './calls.ts';

const [project, mode, job, clicksArg] = process.argv.slice(2);
if (
  !project ||
  (mode !== 'threads' && mode !== 'inline') ||
  !['preview', 'facets', 'rerun', 'none'].includes(job!)
)
  throw new Error(
    'usage: node bench/scale/beside.ts PROJECT threads|inline preview|facets|rerun|none [clicks]',
  );
const clicks = Number(clicksArg ?? 20);

const engine = new Engine(project, { readerThreads: mode === 'threads' });
const codeId = mostUsedFrame(engine.db);
const middle = engine.db
  .prepare('SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM articles)')
  .pluck()
  .get() as number;
const click = () => engine.invoke('articles.list', { limit: 200, after: middle });
await click();

// A preview or re-run still going after the clicks is stopped, so a run stays short.
let previewTask: number | null = null;
engine.subscribe((event) => {
  if (event.type === 'progress' && (event.task === 'preview' || event.task === 'frames'))
    previewTask = event.taskId;
});
const started = performance.now();
let jobMs = 0;
const slow =
  job === 'none'
    ? new Promise<never>(() => undefined)
    : job === 'preview'
      ? engine.invoke('codes.preview', {
          cues: JSON.parse(
            engine.db.prepare('SELECT cues FROM codes WHERE id = ?').pluck().get(codeId) as string,
          ) as string[],
        })
      : job === 'rerun'
        ? engine.invoke('frames.rerun')
        : engine.invoke('articles.facets', { codeId });
const finished = slow.then(() => (jobMs = performance.now() - started));
const times: number[] = [];
// The first click is made even when the slow thing held the thread until it ended: it waited that long.
for (let k = 1; (k === 1 || jobMs === 0) && times.length < clicks; k++) {
  const due = started + 100 * k;
  await Promise.race([sleep(Math.max(0, due - performance.now())), finished]);
  if (k > 1 && jobMs !== 0) break;
  await click();
  times.push(performance.now() - due);
}
// A job that has not reported yet (a reader thread still opening the project) is waited for, then stopped.
while (job !== 'none' && jobMs === 0 && previewTask === null && job !== 'facets') await sleep(20);
const stoppedEarly = jobMs === 0 && previewTask !== null && engine.cancelTask(previewTask);
if (job !== 'none') await finished;
await engine.close();
const sorted = [...times].sort((a, b) => a - b);
const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({ mode, job, clicks: times.length, medianMs: Math.round(at(0.5)), p95Ms: Math.round(at(0.95)), jobMs: Math.round(jobMs), ...(stoppedEarly ? { jobStoppedAfterClicks: true } : {}), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
