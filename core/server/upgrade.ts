import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { latestVersion } from '../../db/migrations/index.ts';
import type { UpgradeProgress } from '../../db/migrate.ts';
import { PageReader } from '../../db/trust/page-reader.ts';
import { unwritableReason } from '../../db/writable.ts';

// Issue 12: an older project is upgraded as it opens (migration 031's fill: 19 s at 100,000
// articles, 102 s at a million). The bridge upgrades it on a thread of its own while it already
// serves the window, so the browser shows "Upgrading the project…" and how far it got instead of
// nothing; the engine opens the project once it is done. As with every upgrade, each migration is
// one transaction: a bridge stopped part way leaves the file at the version it had.

export interface UpgradeWorkerData {
  path: string;
  /** One Int32: the worker waits at each report until the bridge has passed it on and set it to 1. */
  told: SharedArrayBuffer;
}

export type UpgradeWorkerReply =
  | { type: 'progress'; done: number; total: number; label: string }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/**
 * Whether opening `path` would upgrade it: an existing project file, writable, whose header gives an
 * older version than this code's. Read from the header with plain file reads (no SQLite connection).
 * Anything else (a new, read-only or unreadable file) is left to the engine's own open and its errors.
 */
export function upgradeWaiting(path: string): boolean {
  if (!existsSync(path) || unwritableReason(path)) return false;
  let reader: PageReader;
  try {
    reader = new PageReader(path);
  } catch {
    return false;
  }
  try {
    const version = reader.headerNumber(60);
    return version > 0 && version < latestVersion;
  } finally {
    reader.close();
  }
}

/**
 * Opens the project on a worker thread, which upgrades it, and closes it again. Each report goes to
 * `progress`; the upgrade goes on once `progress` has returned (or its promise settled), so a window
 * is never told of a step later than it was made. Rejects with the open's error.
 */
export function upgradeInWorker(
  path: string,
  progress: (...report: Parameters<UpgradeProgress>) => void | Promise<void>,
): Promise<void> {
  const told = new SharedArrayBuffer(4);
  const flag = new Int32Array(told);
  const worker = new Worker(upgradeWorkerScript(), {
    workerData: { path, told } satisfies UpgradeWorkerData,
  });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    const goOn = () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    };
    worker.on('message', (reply: UpgradeWorkerReply) => {
      if (reply.type === 'progress')
        void Promise.resolve()
          .then(() => progress(reply.done, reply.total, reply.label))
          .finally(goOn);
      else if (reply.type === 'done') settle(resolve);
      else settle(() => reject(new Error(reply.message)));
    });
    worker.on('error', (error: Error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`The upgrade stopped unexpectedly (its thread exited with code ${code}).`)),
      ),
    );
  });
}

/** The worker's script; a bundled host names its copy in FRAMESCOPE_UPGRADE_WORKER. */
function upgradeWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_UPGRADE_WORKER ?? new URL('./upgrade-worker.ts', import.meta.url);
}
