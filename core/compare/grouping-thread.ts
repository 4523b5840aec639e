import { Worker } from 'node:worker_threads';
import { ProjectFileError } from '../../db/errors.ts';
import type { GroupOptions, GroupSummary } from './grouping.ts';

// Grouping on a thread of its own (issue 12), with a heap of its own that V8 may not grow past
// GROUPING_HEAP_MB. On the engine's thread the collector sized its heap by everything the engine
// holds and let garbage pile up far beyond what grouping keeps alive (693 MB at 100,000 articles
// on a quiet machine); on its own thread, what grouping keeps and the garbage it makes are bounded
// together. The thread writes its checkpoints through a connection of its own, so a grouping
// stopped, failed or out of memory is taken up by the next one, as on the engine's thread.

/**
 * The grouping thread's old generation, in MB. At 100,000 articles grouping keeps some 45 MB alive
 * there at its peak (bench/grouping-heap.ts), so this leaves it room for three times as much.
 */
export const GROUPING_HEAP_MB = 160;
/** Its young generation, in MB: what is made and dropped for each article (words, counts) lives here. */
const GROUPING_YOUNG_MB = 16;

/**
 * The slot of the stop buffer in which the host says a progress report has been passed on. The thread
 * waits for it (at most PROGRESS_WAIT_MS) before going on, so grouping never runs more than one
 * report ahead of what the user is shown, and a Stop pressed on a report arrives before the next page.
 */
export const PASSED_ON = 1;
export const PROGRESS_WAIT_MS = 1000;

export interface GroupingWorkerData {
  path: string;
  options: GroupOptions;
  /**
   * Two Int32s: the first set to 1 stops the grouping (it stops after its current page, keeping what
   * it did); the second is set to 1 by the host once it has passed a progress report on.
   */
  stop: SharedArrayBuffer;
}

export type GroupingWorkerReply =
  | { type: 'progress'; done: number; total: number; label?: string }
  | { type: 'done'; summary: GroupSummary }
  | { type: 'failed'; message: string; projectFile: boolean };

/**
 * Groups the stories of the project at `path` on a thread of its own (grouping-worker.ts),
 * reporting progress; when `signal` aborts, grouping stops after its current page and keeps what
 * it did, as `groupStories` does. `heapMb` caps its old generation (tests set it low).
 */
export function groupStoriesInWorker(
  path: string,
  options: GroupOptions,
  progress: (done: number, total: number, label?: string) => void,
  signal?: AbortSignal,
  heapMb = GROUPING_HEAP_MB,
): Promise<GroupSummary> {
  const stop = new SharedArrayBuffer(8);
  const flag = new Int32Array(stop);
  const onAbort = () => Atomics.store(flag, 0, 1);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort);
  const worker = new Worker(groupingWorkerScript(), {
    workerData: { path, options, stop } satisfies GroupingWorkerData,
    resourceLimits: {
      maxOldGenerationSizeMb: heapMb,
      maxYoungGenerationSizeMb: Math.min(GROUPING_YOUNG_MB, heapMb),
    },
  });
  return new Promise<GroupSummary>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    worker.on('message', (reply: GroupingWorkerReply) => {
      if (reply.type === 'progress') {
        progress(reply.done, reply.total, reply.label);
        Atomics.store(flag, PASSED_ON, 1);
        Atomics.notify(flag, PASSED_ON);
      } else if (reply.type === 'done') settle(() => resolve(reply.summary));
      else
        settle(() =>
          reject(reply.projectFile ? new ProjectFileError(reply.message) : new Error(reply.message)),
        );
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new Error(
                `Grouping needed more than the ${heapMb} MB of memory set aside for it and stopped; what it did is kept.`,
              )
            : error,
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`Grouping stopped unexpectedly (its thread exited with code ${code}).`))),
    );
  });
}

/** The worker's script; the desktop app names its bundled copy in FRAMESCOPE_GROUPING_WORKER. */
function groupingWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_GROUPING_WORKER ?? new URL('./grouping-worker.ts', import.meta.url);
}
