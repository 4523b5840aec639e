// The grouping thread (grouping-thread.ts): groups the project's stories through a connection of
// its own, sending progress back as messages; a flag in shared memory, looked at after each page,
// stops it (it keeps what it did, to be taken up by the next grouping).
import { parentPort, workerData } from 'node:worker_threads';
import { closeProject, openProject } from '../../db/open.ts';
import { ProjectFileError } from '../../db/errors.ts';
import { groupStories } from './grouping.ts';
import { PASSED_ON, PROGRESS_WAIT_MS } from './grouping-thread.ts';
import type { GroupingWorkerData, GroupingWorkerReply } from './grouping-thread.ts';

const { path, options, stop } = workerData as GroupingWorkerData;
const flag = new Int32Array(stop);
const post = (reply: GroupingWorkerReply) => parentPort!.postMessage(reply);
const stopping = new AbortController();

let reply: GroupingWorkerReply;
try {
  const db = openProject(path, { create: false });
  try {
    let sent = 0;
    let lastLabel: string | undefined;
    const summary = await groupStories(
      db,
      options,
      (done, total, label) => {
        if (Atomics.load(flag, 0) === 1) stopping.abort();
        const now = Date.now();
        if (done < total && label === lastLabel && now - sent < 50) return;
        sent = now;
        lastLabel = label;
        Atomics.store(flag, PASSED_ON, 0);
        post({ type: 'progress', done, total, ...(label ? { label } : {}) });
        Atomics.wait(flag, PASSED_ON, 0, PROGRESS_WAIT_MS);
        if (Atomics.load(flag, 0) === 1) stopping.abort();
      },
      stopping.signal,
    );
    reply = { type: 'done', summary };
  } finally {
    closeProject(db);
  }
} catch (error) {
  reply = {
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
    projectFile: error instanceof ProjectFileError,
  };
}
post(reply);
