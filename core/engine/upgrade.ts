import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { latestVersion } from '../../db/migrations/index.ts';
import type { UpgradeProgress } from '../../db/migrate.ts';
import { PageReader } from '../../db/trust/page-reader.ts';
import { unwritableReason } from '../../db/writable.ts';
import type { TaskFinishedEvent } from './events.ts';

// Issue 12: an older project is upgraded as it opens (migration 031's fill: 19 s at 100,000
// articles, 102 s at a million). The bridge's start (`framescope serve OLD`) and the engine's
// `project.open` (the desktop app's Open… and Open Recent, a window served by the bridge) upgrade it
// on a thread of their own while the window goes on being answered, so it shows "Upgrading the
// project…" and how far it got instead of nothing; the engine opens the project once it is done. As
// with every upgrade, each migration is one transaction: a process stopped part way leaves the file
// at the version it had.

export interface UpgradeWorkerData {
  path: string;
  /**
   * Two Int32s: at [0] the worker waits at each report until the host has passed it on and set it
   * to 1; [1] set to 1 asks it to stop (at its next report: the migration's transaction is rolled back).
   */
  told: SharedArrayBuffer;
  /** Copy the upgrade from the write-ahead log into the file before the engine opens it. */
  checkpoint: boolean;
}

export type UpgradeWorkerReply =
  | { type: 'progress'; done: number; total: number; label: string; step?: string }
  /** The project is upgraded; the worker keeps its connection open until told to go on. */
  | { type: 'upgraded' }
  | { type: 'done' }
  /** Stopped when asked: the file stays at the version it had. */
  | { type: 'stopped' }
  | { type: 'failed'; message: string };

/** The last step, once every migration is in: the upgrade is whole, and no longer stops when asked. */
/** The task id of an upgrade's events: the engine numbers its own tasks from 1. */
export const UPGRADE_TASK = 0;

/**
 * The event that ends an upgrade's task line, for the engine and the bridge alike: upgraded, stopped
 * as asked (the file keeps its old version), or failed with the reason.
 */
export function upgradeFinished(
  outcome: 'upgraded' | 'stopped' | 'failed',
  message?: string,
): TaskFinishedEvent {
  return {
    type: 'finished',
    taskId: UPGRADE_TASK,
    task: 'upgrade',
    ok: outcome === 'upgraded',
    ...(outcome === 'stopped' ? { cancelled: true } : {}),
    message: message ?? 'This project was upgraded for this version of Framescope.',
  };
}

export const WRITING_STEP = 'writing the upgraded project into its file';

/** An upgrade stopped because the project was closed or another opened: the file keeps its old version. */
export class UpgradeStopped extends Error {
  constructor(path: string) {
    super(
      `The upgrade of ${basename(path)} was stopped; the file stays at its old version, and the next open upgrades it.`,
    );
    this.name = 'UpgradeStopped';
  }
}

/**
 * Whether opening `path` would upgrade it: an existing project file, writable, whose header gives an
 * older version than this code's. Read from the header with plain file reads (no SQLite connection).
 * Anything else (a new, read-only or unreadable file, or no regular file at all: opening a named pipe
 * to read its header would wait for a writer forever) is left to the engine's own open and its errors.
 */
export function upgradeWaiting(path: string): boolean {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile() || unwritableReason(path)) return false;
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
 * The first report of an upgrade, sent before the worker starts: the migrations before a long fill
 * report nothing themselves (seconds at 100,000 articles), and a person should see at once that the
 * project they opened is being upgraded, and which.
 */
export function upgradeStarting(path: string): { done: number; total: number; label: string } {
  return {
    done: 0,
    total: 1,
    label: `Upgrading ${basename(path)} for this version of Framescope. It is done once; closing Framescope meanwhile leaves the project as it was, and the upgrade starts again at the next open.`,
  };
}

/**
 * What a window reads while a project it opened is upgraded: which, how far, and what closing does
 * ("Upgrading aid.sqlite: 40% — closing will stop it; …").
 */
export function upgradeLabel(path: string, done: number, total: number, step?: string): string {
  if (step === WRITING_STEP)
    return `Upgraded ${basename(path)}: ${WRITING_STEP}; it opens once that is done.`;
  const share = total > 0 ? Math.floor((100 * done) / total) : 100;
  return `Upgrading ${basename(path)}: ${share}% — closing will stop it; the file stays at its old version, and the next open upgrades it.${step ? ` Now: ${step}.` : ''}`;
}

/**
 * Opens the project on a worker thread, which upgrades it. Each report goes to `progress`; the
 * upgrade goes on once `progress` has returned (or its promise settled), so a window is never told
 * of a step later than it was made. Once upgraded, `whileOpen` runs (the engine opens the project)
 * before the worker closes its connection: closing the last connection would first copy the whole
 * upgrade from the write-ahead log into the file (a checkpoint, tens of seconds of writing at
 * 100,000 articles), which the engine does later, when idle, as after any open. Resolves with what
 * `whileOpen` returned; rejects with the open's error, or with `whileOpen`'s.
 *
 * With `checkpoint`, the worker copies the upgrade into the file first (tens of seconds at 100,000
 * articles, on its thread): for an engine that goes on answering a window meanwhile. Opened with the
 * upgrade still in the write-ahead log, the file is checked as SQLite would replay it, which held
 * the engine's thread for 32 s at 100,000 articles (bench/scale/open-upgrade.ts).
 */
export function upgradeInWorker<T>(
  path: string,
  progress: (...report: Parameters<UpgradeProgress>) => void | Promise<void>,
  whileOpen: () => T,
  options: { checkpoint?: boolean; signal?: AbortSignal } = {},
): Promise<T> {
  const told = new SharedArrayBuffer(8);
  const flag = new Int32Array(told);
  const worker = new Worker(upgradeWorkerScript(), {
    workerData: { path, told, checkpoint: options.checkpoint === true } satisfies UpgradeWorkerData,
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let opened: { value: T } | { error: Error } | null = null;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    const goOn = () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    };
    // Asked to stop: the worker stops at its next report (or at once if it waits at one).
    const stop = () => {
      Atomics.store(flag, 1, 1);
      goOn();
    };
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
    const finish = (failure: Error) =>
      settle(() => {
        if (opened && 'value' in opened) resolve(opened.value);
        else reject(opened?.error ?? failure);
      });
    worker.on('message', (reply: UpgradeWorkerReply) => {
      if (reply.type === 'progress')
        void Promise.resolve()
          .then(() => progress(reply.done, reply.total, reply.label, reply.step))
          .finally(goOn);
      else if (reply.type === 'upgraded') {
        try {
          opened = { value: whileOpen() };
        } catch (error) {
          opened = { error: error instanceof Error ? error : new Error(String(error)) };
        } finally {
          goOn();
        }
      } else if (reply.type === 'stopped') finish(new UpgradeStopped(path));
      else finish(new Error(reply.type === 'failed' ? reply.message : 'The upgrade did not finish.'));
    });
    worker.on('error', (error: Error) => finish(error));
    worker.on('exit', (code) =>
      finish(new Error(`The upgrade stopped unexpectedly (its thread exited with code ${code}).`)),
    );
  });
}

/** The worker's script; a bundled host names its copy in FRAMESCOPE_UPGRADE_WORKER. */
function upgradeWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_UPGRADE_WORKER ?? new URL('./upgrade-worker.ts', import.meta.url);
}
