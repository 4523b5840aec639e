// An older project upgraded on a thread of its own (core/engine/upgrade.ts): the bridge or the
// engine goes on answering the window meanwhile. Each report waits until it has been passed on.
import { parentPort, workerData } from 'node:worker_threads';
import { checkpoint as copyIntoFile, openProject } from '../../db/open.ts';
import { WRITING_STEP, type UpgradeWorkerData, type UpgradeWorkerReply } from './upgrade.ts';

const { path, told, checkpoint } = workerData as UpgradeWorkerData;
const flag = new Int32Array(told);
const post = (reply: UpgradeWorkerReply) => parentPort!.postMessage(reply);
const stopAsked = () => Atomics.load(flag, 1) === 1;

/** Thrown at a report when the host asked to stop: the migration's transaction rolls back. */
class Stopped extends Error {}

let reply: UpgradeWorkerReply;
try {
  const db = openProject(path, {
    create: false,
    onUpgrade: (done, total, label, step) => {
      Atomics.store(flag, 0, 0);
      post({ type: 'progress', done, total, label, ...(step ? { step } : {}) });
      Atomics.wait(flag, 0, 0);
      if (stopAsked()) throw new Stopped();
    },
  });
  if (checkpoint) {
    // Tens of seconds at 100,000 articles after the last migration's fill: said, not silent. The
    // upgrade is whole by now, so a stop asked here is not heeded (the file is at its new version).
    Atomics.store(flag, 0, 0);
    post({
      type: 'progress',
      done: 0,
      total: 1,
      label: 'Writing the upgrade into the project file.',
      step: WRITING_STEP,
    });
    Atomics.wait(flag, 0, 0);
    copyIntoFile(db);
  }
  // The engine opens the project now: closed after it, this connection is not the last one, so it
  // leaves the write-ahead log (unless copied above) for the engine to copy into the file when idle.
  Atomics.store(flag, 0, 0);
  post({ type: 'upgraded' });
  Atomics.wait(flag, 0, 0);
  db.close();
  reply = { type: 'done' };
} catch (error) {
  reply =
    // The open wraps what a migration threw in a sentence about the file: the flag says it was a stop.
    error instanceof Stopped || stopAsked()
      ? { type: 'stopped' }
      : { type: 'failed', message: error instanceof Error ? error.message : String(error) };
}
post(reply);
