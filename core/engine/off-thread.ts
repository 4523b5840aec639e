import { Worker } from 'node:worker_threads';
import type { Codebook } from '../../nlp/frames/index.ts';
import { EngineError, type ErrorCode } from './errors.ts';
import type { CueFinds } from './cue-finds.ts';
import type { CuePreview, StoreFinds } from './frames.ts';
import type { ArticleFrames } from './frames-rerun.ts';
import type { CueHitsBatch } from './missing-cue-hits.ts';
import type { Progress } from './session.ts';
import type { UnsavedFeatures } from './compare-features.ts';
import type { ComparisonOutcome, ComparisonRequest } from './comparison.ts';
import type { PlannedRefresh, TrainedProposals } from '../learn/background.ts';

export type ToReader =
  | { kind: 'call'; id: number; method: string; args: unknown[] }
  /** `recording`: the engine records cue hits in the background (frames.ts's `previewCues`). */
  | { kind: 'preview'; id: number; codebook: Codebook; recording: boolean }
  | { kind: 'compare'; id: number; request: ComparisonRequest }
  | { kind: 'cancel'; id: number }
  | { kind: 'close' }
  /** Detect frames again in every article, sending them back a batch at a time (frames.rerun). */
  | { kind: 'frames'; id: number }
  /** How many analysed articles have no recorded cue hits (a project analysed before migration 032). */
  | { kind: 'cue-hits-left'; id: number; analysisVersion: number }
  /** Record each cue's hits in the analysed articles that have none, sending them back a batch at a time. */
  | { kind: 'cue-hits'; id: number }
  /** The batch sent last (of frames or of cue hits) is written: send the next one. */
  | { kind: 'frames-ack'; id: number }
  /** Which codebooks' stored proposals a person's decisions may have changed. */
  | { kind: 'learn-plan'; id: number }
  /** Train those codebooks' models and send back their proposals, for the engine to store. */
  | { kind: 'learn'; id: number; planned: PlannedRefresh[] };

export type FromReader =
  | { kind: 'progress'; id: number; done: number; total: number; label?: string; found?: CuePreview }
  | { kind: 'frames-batch'; id: number; batch: ArticleFrames[] }
  | { kind: 'cue-hits-batch'; id: number; batch: CueHitsBatch }
  /** What a comparison counted from texts for want of stored counts, for the engine to store. */
  | { kind: 'features'; rows: UnsavedFeatures }
  /** What a cue preview there counted from the texts at `version`, for the engine to keep in the project. */
  | { kind: 'cue-finds'; version: number; found: Map<string, CueFinds> }
  | { kind: 'done'; id: number; value: unknown }
  | { kind: 'failed'; id: number; code: ErrorCode; message: string };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  progress?: Progress;
  /** Writes a batch a job sent (frames, or cue hits: the job that asked knows which). */
  onBatch?: (batch: unknown) => void;
}

/**
 * The reader thread's script: in the desktop app the bundled file electron/main.ts names (its
 * build holds no .ts files), else the one beside this file.
 */
export function readerWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_READER_WORKER ?? new URL('./off-thread-worker.ts', import.meta.url);
}

/** How long a closing reader thread (busy with one slow read, say) may take before it is stopped. */
const CLOSE_GRACE_MS = 30_000;

/**
 * One reader thread (core/engine/off-thread-worker.ts) with its own read-only connection to the
 * project, started at the first request. A thread that dies fails what it was doing with a sentence;
 * the next request starts a new one.
 */
export class ReaderThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private readonly path: string;
  private readonly script: string | URL;
  private readonly storeFeatures: (rows: UnsavedFeatures) => void;
  private readonly storeFinds: StoreFinds;

  constructor(
    path: string,
    script: string | URL = new URL('./off-thread-worker.ts', import.meta.url),
    storeFeatures: (rows: UnsavedFeatures) => void = () => undefined,
    storeFinds: StoreFinds = () => undefined,
  ) {
    this.path = path;
    this.script = script;
    this.storeFeatures = storeFeatures;
    this.storeFinds = storeFinds;
  }

  /** Runs one of OFF_THREAD_METHODS there, with arguments already checked. */
  call(method: string, args: unknown[]): Promise<unknown> {
    return this.request((id) => ({ kind: 'call', id, method, args }));
  }

  previewCues(
    codebook: Codebook,
    progress: Progress,
    signal: AbortSignal,
    recording = false,
  ): Promise<CuePreview> {
    return this.request(
      (id) => ({ kind: 'preview', id, codebook, recording }),
      progress,
      signal,
    ) as Promise<CuePreview>;
  }

  /** Runs a comparison there, stage by stage; it stops at the next stage once `signal` aborts. */
  compare(request: ComparisonRequest, progress: Progress, signal: AbortSignal): Promise<ComparisonOutcome> {
    return this.request(
      (id) => ({ kind: 'compare', id, request }),
      progress,
      signal,
    ) as Promise<ComparisonOutcome>;
  }

  /**
   * Reads and detects the frames of every article there, handing each batch to `onBatch` here (on
   * the engine's thread, which writes it); resolves once the last batch has been handed on.
   */
  detectFrames(
    onBatch: (batch: ArticleFrames[]) => void,
    progress: Progress,
    signal: AbortSignal,
  ): Promise<void> {
    return this.request(
      (id) => ({ kind: 'frames', id }),
      progress,
      signal,
      (batch) => onBatch(batch as ArticleFrames[]),
    ).then(() => undefined);
  }

  /**
   * How many analysed articles have no cue hits recorded by `analysisVersion`'s detector, counted
   * there (without loading the analysis: the thread may have no preview to run).
   */
  missingCueHits(analysisVersion: number): Promise<number> {
    return this.request((id) => ({ kind: 'cue-hits-left', id, analysisVersion })) as Promise<number>;
  }

  /**
   * Counts each cue's hits there in the analysed articles that have none recorded, handing each batch
   * to `onBatch` here (on the engine's thread, which writes it); resolves once the last is handed on.
   */
  countMissingCueHits(
    onBatch: (batch: CueHitsBatch) => void,
    progress: Progress,
    signal: AbortSignal,
  ): Promise<void> {
    return this.request(
      (id) => ({ kind: 'cue-hits', id }),
      progress,
      signal,
      (batch) => onBatch(batch as CueHitsBatch),
    ).then(() => undefined);
  }

  /** The codebooks whose stored proposals to refresh after a person's decisions. */
  learnPlan(): Promise<PlannedRefresh[]> {
    return this.request((id) => ({ kind: 'learn-plan', id })) as Promise<PlannedRefresh[]>;
  }

  /** Trains the planned codebooks there; null when stopped (`signal`) before the end. */
  trainProposals(
    planned: PlannedRefresh[],
    progress: Progress,
    signal: AbortSignal,
  ): Promise<TrainedProposals[] | null> {
    return this.request((id) => ({ kind: 'learn', id, planned }), progress, signal) as Promise<
      TrainedProposals[] | null
    >;
  }

  /** Closes the thread's connection and ends it; what it was doing fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    // Not an internal failure: the call was cut off by closing the project, as a person asked.
    this.failAll('The project was closed.', 'busy');
    const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ kind: 'close' } satisfies ToReader);
    const timer = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
    await ended;
    clearTimeout(timer);
  }

  private request(
    message: (id: number) => ToReader,
    progress?: Progress,
    signal?: AbortSignal,
    onBatch?: (batch: unknown) => void,
  ): Promise<unknown> {
    const id = this.nextId++;
    const worker = this.started();
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve,
        reject,
        ...(progress ? { progress } : {}),
        ...(onBatch ? { onBatch } : {}),
      });
      // The thread takes its messages in order: the work first, then any cancel of it.
      worker.postMessage(message(id));
      const cancel = () => worker.postMessage({ kind: 'cancel', id } satisfies ToReader);
      if (signal?.aborted) cancel();
      else signal?.addEventListener('abort', cancel, { once: true });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { path: this.path } });
    // A reader thread must not keep a finished command or test alive on its own.
    worker.unref();
    worker.on('message', (message: FromReader) => this.receive(message));
    worker.on('error', (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(`The engine's reader thread stopped: ${error.message}`);
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll("The engine's reader thread ended.");
    });
    this.worker = worker;
    return worker;
  }

  private receive(message: FromReader): void {
    if (message.kind === 'features') {
      this.storeFeatures(message.rows);
      return;
    }
    if (message.kind === 'cue-finds') {
      this.storeFinds(message.version, message.found);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.kind === 'progress') {
      pending.progress?.(message.done, message.total, message.label, message.found);
      return;
    }
    if (message.kind === 'frames-batch' || message.kind === 'cue-hits-batch') {
      try {
        pending.onBatch?.(message.batch);
        // One batch at a time: a thread that detects faster than this one writes would otherwise
        // keep this thread's message queue full, and its clicks and timers would wait.
        this.worker?.postMessage({ kind: 'frames-ack', id: message.id } satisfies ToReader);
      } catch (error) {
        // The write failed (the disk is full, say): the detection there stops, the re-run fails.
        this.pending.delete(message.id);
        this.started().postMessage({ kind: 'cancel', id: message.id } satisfies ToReader);
        pending.reject(error as Error);
      }
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === 'done') pending.resolve(message.value);
    else pending.reject(new EngineError(message.code, message.message));
  }

  private failAll(message: string, code: ErrorCode = 'internal'): void {
    for (const pending of this.pending.values()) pending.reject(new EngineError(code, message));
    this.pending.clear();
  }
}
