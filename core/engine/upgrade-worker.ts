// An older project upgraded on a thread of its own (core/engine/upgrade.ts): the bridge or the
// engine goes on answering the window meanwhile. Each report waits until it has been passed on.
import { parentPort, workerData } from 'node:worker_threads';
import { checkpoint as copyIntoFile, openProject } from '../../db/open.ts';
import type { UpgradeWorkerData, UpgradeWorkerReply } from './upgrade.ts';

const { path, told, checkpoint } = workerData as UpgradeWorkerData;
const flag = new Int32Array(told);
const post = (reply: UpgradeWorkerReply) => parentPort!.postMessage(reply);

let reply: UpgradeWorkerReply;
try {
  const db = openProject(path, {
    create: false,
    onUpgrade: (done, total, label) => {
      Atomics.store(flag, 0, 0);
      post({ type: 'progress', done, total, label });
      Atomics.wait(flag, 0, 0);
    },
  });
  if (checkpoint) copyIntoFile(db);
  // The engine opens the project now: closed after it, this connection is not the last one, so it
  // leaves the write-ahead log (unless copied above) for the engine to copy into the file when idle.
  Atomics.store(flag, 0, 0);
  post({ type: 'upgraded' });
  Atomics.wait(flag, 0, 0);
  db.close();
  reply = { type: 'done' };
} catch (error) {
  reply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
}
post(reply);
