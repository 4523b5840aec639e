// A merge on a thread of its own (issue #11): the merge itself is one synchronous transaction, so
// on the engine's thread nothing could report its progress or ask it to stop until it was over.
// Here it runs on its own connection to the project; progress goes back as messages, and a flag
// in shared memory, looked at before each article, stops it (the transaction is rolled back).
import { parentPort, workerData } from 'node:worker_threads';
import { closeProject, openProject } from '../../db/open.ts';
import { ProjectFileError } from '../../db/errors.ts';
import { mergeProjectFile } from './run.ts';
import { MergeStopped } from './report.ts';
import type { MergeWorkerData, MergeWorkerReply } from './in-worker.ts';

const { minePath, theirPath, stop } = workerData as MergeWorkerData;
const flag = new Int32Array(stop);
const post = (reply: MergeWorkerReply) => parentPort!.postMessage(reply);

let reply: MergeWorkerReply;
try {
  const mine = openProject(minePath, { create: false });
  try {
    let sent = 0;
    const report = mergeProjectFile(mine, minePath, theirPath, {
      stopped: () => Atomics.load(flag, 0) === 1,
      progress: (done, total) => {
        const now = Date.now();
        if (done < total && now - sent < 50) return;
        sent = now;
        post({ type: 'progress', done, total });
      },
    });
    reply = { type: 'done', report };
  } finally {
    closeProject(mine);
  }
} catch (error) {
  reply =
    error instanceof MergeStopped
      ? { type: 'stopped' }
      : {
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
          projectFile: error instanceof ProjectFileError,
        };
}
post(reply);
