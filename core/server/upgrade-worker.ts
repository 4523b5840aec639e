// An older project upgraded on a thread of its own (core/server/upgrade.ts): the bridge goes on
// serving the window meanwhile. Each report waits until the bridge has passed it on.
import { parentPort, workerData } from 'node:worker_threads';
import { closeProject, openProject } from '../../db/open.ts';
import type { UpgradeWorkerData, UpgradeWorkerReply } from './upgrade.ts';

const { path, told } = workerData as UpgradeWorkerData;
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
  closeProject(db);
  reply = { type: 'done' };
} catch (error) {
  reply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
}
post(reply);
