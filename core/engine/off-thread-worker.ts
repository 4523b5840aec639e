// A reader thread of the engine: its own connection to the open project, only to read. It answers
// the slow reads (core/engine/off-thread-methods.ts) and runs the cue preview, Compare and the
// training behind learned proposals that follow a person's decisions, so the thread that
// answers clicks and saves edits never waits for them. Write-ahead logging lets it read while the
// engine writes; each statement sees everything committed before it began.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openProject, type Db } from '../../db/open.ts';
import { describeError, EngineError } from './errors.ts';
import type { ArticleFrames } from './frames-rerun.ts';
import type { CueHitsBatch } from './missing-cue-hits.ts';
import { OFF_THREAD_METHODS } from './off-thread-methods.ts';
import type { Progress, Session } from './session.ts';
import type { CuePreview } from './frames.ts';
import type { Codebook } from '../../nlp/frames/index.ts';
import type { ToReader, FromReader } from './off-thread.ts';

const port = parentPort!;
const { path } = workerData as { path: string };
let db: Db | null = null;
let openFailure: unknown = null;
try {
  // The engine that started this thread opened and checked the file (db/trust/verify.ts).
  db = openProject(path, { readonly: true, create: false, checked: true });
  // The engine's own page cache: a first facets call reads much of a large project.
  db.pragma('cache_size = -65536');
} catch (error) {
  openFailure = error;
}

const refuse = (): never => {
  throw new EngineError('internal', 'The reader thread cannot change the project.');
};
const session: Session = {
  get db(): Db {
    if (!db) throw openFailure;
    return db;
  },
  path,
  edit: refuse,
  task: refuse,
  cancelTask: () => false,
  changed: () => undefined,
  decisionsArrived: () => undefined,
  switchProject: refuse,
  // The analysis is loaded only by the thread that previews cues: the thread that answers the
  // library's reads starts in a moment instead of after loading the NLP.
  // What it counts is kept in the project by the engine: this thread only reads.
  previewCues: (codebook, progress, signal) => previewHere(codebook, progress, signal, false),
  rerunFrames: refuse,
  // Loaded at the first comparison, as the preview's analysis is: Compare brings the verb lemmatiser.
  compare: async (request, progress, signal) =>
    (await import('./comparison.ts')).runComparison(session, request, progress, signal),
  // Written by the engine: this thread only reads.
  storeCompareFeatures: (rows) => port.postMessage({ kind: 'features', rows } satisfies FromReader),
};

/** Previews counting on this thread now: recording cue hits in the background waits for them. */
let previewing = 0;
let previewsDone: Promise<void> = Promise.resolve();
let allPreviewsDone = () => {};

/** A cue preview on this thread; `recording` as the engine says (core/engine/frames.ts). */
async function previewHere(
  codebook: Codebook,
  progress: Progress,
  signal: AbortSignal,
  recording: boolean,
): Promise<CuePreview> {
  if (previewing++ === 0) previewsDone = new Promise((resolve) => (allPreviewsDone = resolve));
  try {
    return await (
      await import('./frames.ts')
    ).previewCues(
      session.db,
      codebook,
      progress,
      signal,
      (version, found) =>
        port.postMessage({ kind: 'cue-finds', version, found: new Map(found) } satisfies FromReader),
      recording,
    );
  } finally {
    if (--previewing === 0) allPreviewsDone();
  }
}

/** Between two batches of recorded cue hits: a person's preview on this thread goes first. */
async function afterPreviews(): Promise<void> {
  await yieldToEventLoop();
  while (previewing > 0) await previewsDone;
}

const stoppers = new Map<number, AbortController>();
/**
 * A job's batch (a re-run's frames, or cue hits) sent and not yet written by the engine, with what to do once it is (send the
 * next one). One batch is in flight at a time, and the next is detected meanwhile.
 */
const written = new Map<number, () => void>();
const acknowledge = (id: number) => {
  const next = written.get(id);
  written.delete(id);
  next?.();
};
const sendBatch = (id: number, message: Extract<FromReader, { kind: 'frames-batch' | 'cue-hits-batch' }>) =>
  new Promise<void>((resolve) => {
    const send = () => {
      written.set(id, () => undefined);
      port.postMessage(message);
      resolve();
    };
    if (written.has(id)) written.set(id, send);
    else send();
  });
const send = (message: FromReader) => port.postMessage(message);

port.on('message', (message: ToReader) => {
  if (message.kind === 'close') {
    for (const stopper of stoppers.values()) stopper.abort();
    for (const id of [...written.keys()]) acknowledge(id);
    db?.close();
    db = null;
    port.close();
    return;
  }
  if (message.kind === 'cancel') {
    stoppers.get(message.id)?.abort();
    acknowledge(message.id);
    return;
  }
  if (message.kind === 'frames-ack') {
    acknowledge(message.id);
    return;
  }
  const { id } = message;
  const stopper = new AbortController();
  stoppers.set(id, stopper);
  void (async () => {
    try {
      let value: unknown;
      if (message.kind === 'preview')
        value = await previewHere(
          message.codebook,
          (done, total, _label, found) =>
            send({ kind: 'progress', id, done, total, ...(found ? { found } : {}) }),
          stopper.signal,
          message.recording,
        );
      else if (message.kind === 'compare')
        value = await session.compare(
          message.request,
          (done, total, label) => send({ kind: 'progress', id, done, total, ...(label ? { label } : {}) }),
          stopper.signal,
        );
      else if (message.kind === 'frames')
        // Loaded here, not at start: the analysis is only for the thread that runs jobs.
        value = await (
          await import('./frames-rerun.ts')
        ).detectFrameBatches(
          session.db,
          (batch: ArticleFrames[]) => sendBatch(id, { kind: 'frames-batch', id, batch }),
          (done, total) => send({ kind: 'progress', id, done, total }),
          stopper.signal,
        );
      else if (message.kind === 'cue-hits-left')
        value = (await import('../../db/recorded-cue-hits.ts')).unrecordedArticles(
          session.db,
          message.analysisVersion,
        ).length;
      else if (message.kind === 'cue-hits')
        value = await (
          await import('./missing-cue-hits.ts')
        ).countMissingCueHits(
          session.db,
          (batch: CueHitsBatch) => sendBatch(id, { kind: 'cue-hits-batch', id, batch }),
          (done, total) => send({ kind: 'progress', id, done, total }),
          stopper.signal,
          afterPreviews,
        );
      else if (message.kind === 'learn-plan')
        value = (await import('../learn/background.ts')).codebooksToRefresh(session.db);
      else if (message.kind === 'learn')
        value = await (
          await import('../learn/background.ts')
        ).trainProposals(
          session.db,
          message.planned,
          (done, total, label) => send({ kind: 'progress', id, done, total, ...(label ? { label } : {}) }),
          stopper.signal,
        );
      else {
        const run = OFF_THREAD_METHODS[message.method];
        if (!run) throw new EngineError('unknown-method', `There is no method "${message.method}".`);
        value = await run.apply(session, message.args);
      }
      send({ kind: 'done', id, value });
    } catch (error) {
      const method = message.kind === 'call' ? message.method : message.kind;
      send({ kind: 'failed', id, ...describeError(method, error, path) });
    } finally {
      stoppers.delete(id);
    }
  })();
});
