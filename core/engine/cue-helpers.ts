// Issue 12: the first count of a frame's cues reads tens of thousands of texts and tags the sentences
// its patterns may match, seconds of work on one core. Helper threads (core/engine/cue-helper-worker.ts)
// count runs of those articles on the other cores, each with its own read-only connection, while the
// preview's own thread counts from the first article on (core/engine/frames.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CueFinds } from './cue-finds.ts';

export type ToHelper =
  | { kind: 'count'; id: number; path: string; cues: string[]; ids: number[] }
  | { kind: 'stop'; id: number }
  | { kind: 'close' };

export type FromHelper =
  | { kind: 'progress'; id: number; done: number }
  | { kind: 'done'; id: number; finds: CueFinds[] | null }
  | { kind: 'failed'; id: number; message: string };

/**
 * How many helpers a preview may use: FRAMESCOPE_CUE_HELPERS when set (0: none), else two fewer
 * than the cores, at most three. Two cores are left to the thread that answers clicks and to the
 * window: on a 2-core machine a helper bought no time and cost CPU (it loads its own NLP).
 */
export function helperCount(): number {
  const set = Number(process.env.FRAMESCOPE_CUE_HELPERS);
  if (process.env.FRAMESCOPE_CUE_HELPERS !== undefined && Number.isInteger(set) && set >= 0) return set;
  return Math.max(0, Math.min(3, availableParallelism() - 2));
}

/** A helper left idle this long ends, with its connection and its copy of the NLP. */
const IDLE_MS = 30_000;

/**
 * The helper's script: the one beside this file; a bundled app (Electron) names its bundled copy in
 * FRAMESCOPE_CUE_WORKER.
 */
function helperScript(): string | URL {
  return process.env.FRAMESCOPE_CUE_WORKER ?? new URL('./cue-helper-worker.ts', import.meta.url);
}

interface Pending {
  resolve: (finds: CueFinds[] | null) => void;
  reject: (error: Error) => void;
  progress: (done: number) => void;
}

/** One helper thread, started at its first count; it counts one run of articles at a time. */
class Helper {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;

  /**
   * Each cue's hits in the articles `ids` (ascending), in the order of `cues`; null when stopped
   * (`signal`). `progress` gets how many of them are counted so far.
   */
  count(
    path: string,
    cues: string[],
    ids: number[],
    progress: (done: number) => void,
    signal?: AbortSignal,
  ): Promise<CueFinds[] | null> {
    const worker = this.started();
    const id = this.nextId++;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    // A count under way keeps the process alive; an idle helper does not.
    worker.ref();
    return new Promise<CueFinds[] | null>((resolve, reject) => {
      const stop = () => worker.postMessage({ kind: 'stop', id } satisfies ToHelper);
      signal?.addEventListener('abort', stop, { once: true });
      const settled = () => {
        signal?.removeEventListener('abort', stop);
        this.pending.delete(id);
        if (this.pending.size === 0 && this.worker === worker) {
          worker.unref();
          this.idle = setTimeout(() => this.close(), IDLE_MS);
          this.idle.unref();
        }
      };
      this.pending.set(id, {
        resolve: (finds) => {
          settled();
          resolve(finds);
        },
        reject: (error) => {
          settled();
          reject(error);
        },
        progress,
      });
      worker.postMessage({ kind: 'count', id, path, cues, ids } satisfies ToHelper);
      if (signal?.aborted) stop();
    });
  }

  close(): void {
    const worker = this.worker;
    this.worker = null;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (!worker) return;
    this.failAll('The helper thread was closed.');
    worker.postMessage({ kind: 'close' } satisfies ToHelper);
    worker.unref();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(helperScript());
    worker.on('message', (message: FromHelper) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.kind === 'progress') pending.progress(message.done);
      else if (message.kind === 'done') pending.resolve(message.finds);
      else pending.reject(new Error(message.message));
    });
    const ended = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(why);
    };
    worker.on('error', (error: Error) => ended(`The helper thread failed: ${error.message}`));
    worker.on('exit', () => ended('The helper thread ended.'));
    this.worker = worker;
    return worker;
  }

  private failAll(why: string): void {
    for (const pending of [...this.pending.values()]) pending.reject(new Error(why));
  }
}

const helpers: Helper[] = [];

/** The first `count` helpers of this thread, started as they are first asked to count. */
export function cueHelpers(count: number): Helper[] {
  while (helpers.length < count) helpers.push(new Helper());
  return helpers.slice(0, count);
}

/** Ends this thread's helpers now (what they were counting fails); the next count starts new ones. */
export function closeCueHelpers(): void {
  for (const helper of helpers) helper.close();
}
