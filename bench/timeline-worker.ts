// The analysis worker as bench/nlp-timeline.ts runs it: core/analyze/worker.ts, with the time of each
// step appended to the file FRAMESCOPE_TIMELINE names (one JSON line per event, times in ms since the
// epoch, so that every thread's clock is the same): the thread's start, its modules loaded, and each
// text's start and end.
import { appendFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';

const now = () => performance.timeOrigin + performance.now();
const log = (event: string, at: number, end?: number) =>
  appendFileSync(
    process.env.FRAMESCOPE_TIMELINE!,
    `${JSON.stringify({ thread: threadId, event, at, end })}\n`,
  );

log('started', now());
let textStarted = 0;
// Registered before the worker's own listener, so it is told first.
parentPort!.on('message', (message: { text?: string }) => {
  if (message.text !== undefined) textStarted = now();
});
const reply = parentPort!.postMessage.bind(parentPort);
parentPort!.postMessage = (value: unknown) => {
  log('text', textStarted, now());
  reply(value);
};
await import('../core/analyze/worker.ts');
log('loaded', now());
