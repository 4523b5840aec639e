import { Worker } from 'node:worker_threads';
import { ProjectFileError } from '../../db/errors.ts';
import { emptyMergeReport } from './report.ts';
import type { MergeReport } from './types.ts';

export interface MergeWorkerData {
  minePath: string;
  theirPath: string;
  /** One Int32 set to 1 to stop the merge. */
  stop: SharedArrayBuffer;
}

export type MergeWorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: MergeReport }
  | { type: 'stopped' }
  | { type: 'failed'; message: string; projectFile: boolean };

/**
 * Merges `theirPath` into the project at `minePath` on a thread of its own (core/merge/worker.ts),
 * reporting progress; when `signal` aborts, the merge stops and the project is left as it was
 * (the report then says `stopped` and nothing changed).
 */
export function mergeInWorker(
  minePath: string,
  theirPath: string,
  progress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<MergeReport & { stopped?: boolean }> {
  const stop = new SharedArrayBuffer(4);
  const flag = new Int32Array(stop);
  const onAbort = () => Atomics.store(flag, 0, 1);
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort);
  const worker = new Worker(mergeWorkerScript(), {
    workerData: { minePath, theirPath, stop } satisfies MergeWorkerData,
  });
  return new Promise<MergeReport & { stopped?: boolean }>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      finish();
    };
    worker.on('message', (reply: MergeWorkerReply) => {
      if (reply.type === 'progress') progress(reply.done, reply.total);
      else if (reply.type === 'done') settle(() => resolve(reply.report));
      else if (reply.type === 'stopped')
        settle(() => resolve({ ...emptyMergeReport(theirPath), stopped: true }));
      else
        settle(() =>
          reject(reply.projectFile ? new ProjectFileError(reply.message) : new Error(reply.message)),
        );
    });
    worker.on('error', (error: Error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`The merge stopped unexpectedly (its thread exited with code ${code}).`)),
      ),
    );
  });
}

/** The worker's script; the desktop app names its bundled copy in FRAMESCOPE_MERGE_WORKER. */
function mergeWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_MERGE_WORKER ?? new URL('./worker.ts', import.meta.url);
}
