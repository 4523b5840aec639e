import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Db } from '../../db/open.ts';
import { checkpoint, closeProject, openProject } from '../../db/open.ts';
import type { UpgradeProgress } from '../../db/migrate.ts';
import { ProjectFileError } from '../../db/errors.ts';
import { unwritableReason } from '../../db/writable.ts';
import { translateSqliteError } from './sqlite-errors.ts';
import { ensureShippedCodebooks } from '../analyze/codebooks.ts';
import type { Args, Call, Envelope, Method, Result } from '../contract.ts';
import type { ChangedEvent, EngineEvent, TaskKind } from './events.ts';
import { recordEdit, type EditOptions, type EditRecorder } from './history.ts';
import type { RowChange } from '../../db/edits.ts';
import { scopeOfRows, type ChangeScope } from './change-scope.ts';
import { EngineError, describeError } from './errors.ts';
import { METHODS, isMethod } from './methods.ts';
import type { Progress, Session } from './session.ts';
import type { Codebook } from '../../nlp/frames/index.ts';
import { previewCues, type CuePreview, type StoreFinds } from './frames.ts';
import { storeCueFinds } from '../../db/cue-finds.ts';
import { frameCodeIds, redetectFrames, storeFrameBatch, type RerunResult } from './frames-rerun.ts';
import { ReaderThread, readerWorkerScript } from './off-thread.ts';
import { OFF_THREAD_METHODS } from './off-thread-methods.ts';
import { runComparison, type ComparisonOutcome, type ComparisonRequest } from './comparison.ts';
import { CompareFeatureWriter, type UnsavedFeatures } from './compare-features.ts';
import { feedsLearner, proposalRefresher, type ProposalRefresher } from './proposal-refresher.ts';
import {
  UPGRADE_TASK,
  UpgradeStopped,
  upgradeFinished,
  upgradeInWorker,
  upgradeLabel,
  upgradeWaiting,
} from './upgrade.ts';
import { CueHitsRecorder } from './cue-hits-job.ts';

/** Progress events of one task are sent at most this often (the last one always). */
const PROGRESS_INTERVAL_MS = 100;

/**
 * After this long without a call or a task, the write-ahead log is checkpointed into the project
 * file, so that the file alone holds all the work (someone may copy it while the app is open).
 */
export const IDLE_CHECKPOINT_MS = 1000;

export interface EngineOptions {
  /** Called with errors that are bugs rather than user mistakes, e.g. to log their stack. */
  onInternalError?: (method: string, error: unknown) => void;
  /**
   * Open the project only to read (the CLI's read commands). A project whose file or folder is
   * read-only is always opened so; every change to it is then refused with a sentence.
   */
  readOnly?: boolean;
  /**
   * Answer the slow reads (OFF_THREAD_METHODS) and run the cue preview on reader threads with
   * connections of their own, so clicks and edits never wait for them: for hosts that serve a
   * window (the bridge, the desktop app). Writes stay on this thread's one connection.
   */
  readerThreads?: boolean;
  /**
   * Record the cue hits of articles analysed before migration 032 in the background once a project
   * opens (core/engine/cue-hits-job.ts). Default: with reader threads, as a window's host runs it.
   */
  recordMissingCueHits?: boolean;
  /**
   * With reader threads, stored learned proposals are refreshed on the job thread this long after a
   * person's last frame decision (default 3000 ms); false: only on request, as without reader threads.
   */
  refreshProposalsAfterMs?: number | false;
  /**
   * Told how far the upgrade of an older project got while the engine opens it (before anyone can
   * subscribe): the desktop app passes it on to the window, the CLI prints it. Listeners subscribed
   * when another project is opened get the same as progress events of an 'upgrade' task. A project
   * opened later (`project.open`) is upgraded on a thread of its own, and goes on from each report
   * once what this returned has settled.
   */
  onUpgrade?: (done: number, total: number, label: string) => unknown;
}

interface Readers {
  /** The slow reads of the library and the project. */
  reads: ReaderThread;
  /** Long read-only jobs (the cue preview, Compare), apart, so a long one does not hold up the reads. */
  jobs: ReaderThread;
}

/** Opening (and upgrading) another project on a thread of its own: which, and when it is done. */
interface Switching {
  path: string;
  done: Promise<unknown>;
  /** Stops the upgrade (closing, or another project opened): the file keeps its old version. */
  stop: AbortController;
}

interface OpenProject {
  db: Db;
  path: string;
  /** Why the project may not be changed, or null when it may. */
  readOnly: string | null;
}

/**
 * Owns one open project and answers the contract's methods: validates arguments, runs the
 * handler, and returns the envelope. Long work (import, analysis) runs as tasks, one at a time,
 * reporting progress to every listener; edits are saved at once and recorded for undo.
 */
export class Engine implements Session {
  private current: OpenProject | null;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private readonly options: EngineOptions;
  private queue: Promise<unknown> = Promise.resolve();
  private runningTasks = 0;
  private nextTaskId = 1;
  private changeSeq = 0;
  /** The latest changes, for the answer of the call that made them. */
  private readonly recentChanges: ChangedEvent[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private idleDelay = IDLE_CHECKPOINT_MS;
  private closing: Promise<void> | null = null;
  private readonly cancellers = new Map<number, AbortController>();
  /** Tasks running alongside the queue; close() waits for them too. */
  private readonly alongside = new Set<Promise<unknown>>();
  private readers: Readers | null = null;
  private switching: Switching | null = null;
  private readonly refresher: ProposalRefresher | null;
  private readonly cueHits: CueHitsRecorder | null;
  private readonly features = new CompareFeatureWriter(
    () => (this.current && !this.current.readOnly && !this.closing ? this.current.db : null),
    (error) => this.options.onInternalError?.('compare.outlets', error),
  );

  constructor(path: string, options: EngineOptions = {}) {
    this.options = options;
    this.current = this.opening(path, 'open', options.readOnly ?? false);
    this.refresher = proposalRefresher(
      options.readerThreads ? options.refreshProposalsAfterMs : false,
      this,
      () => this.readerThreads()?.jobs ?? null,
      (error) => options.onInternalError?.('learn.refresh', error),
    );
    this.cueHits =
      (options.recordMissingCueHits ?? options.readerThreads)
        ? new CueHitsRecorder({
            db: () => this.db,
            task: (kind, run, finished, taskOptions) => this.task(kind, run, finished, taskOptions),
            jobs: () => this.readerThreads()?.jobs ?? null,
          })
        : null;
    // Once the host has listened (it subscribes right after constructing): the task line shows it.
    setImmediate(() => this.recordCueHitsIfMissing());
  }

  /** Starts recording the open project's missing cue hits, when it has some and may be changed. */
  private recordCueHitsIfMissing(): void {
    if (this.current && !this.current.readOnly && !this.closing) this.cueHits?.start();
  }

  /** Opens a project, telling how far an upgrade of an older one got, and that it finished. */
  private opening(path: string, mode: 'open' | 'create', readOnly: boolean): OpenProject {
    let upgraded = false;
    const opened = Engine.openDb(path, mode, readOnly, (done, total, label) => {
      upgraded = true;
      void this.options.onUpgrade?.(done, total, label);
      this.emit({ type: 'progress', taskId: UPGRADE_TASK, task: 'upgrade', done, total, label });
    });
    if (upgraded) this.upgradeDone();
    return opened;
  }

  /** Tells the windows that the project's upgrade finished. */
  private upgradeDone(): void {
    this.emit(upgradeFinished('upgraded'));
  }

  private static openDb(
    path: string,
    mode: 'open' | 'create',
    readOnly: boolean,
    onUpgrade: UpgradeProgress,
  ): OpenProject {
    if (mode === 'create' && existsSync(path) && statSync(path).size > 0)
      throw new ProjectFileError(`${path} already exists; open it instead, or choose a new file name.`);
    const unwritable = existsSync(path) ? unwritableReason(path) : null;
    if (readOnly || unwritable) {
      const reason = unwritable ?? 'it was opened only to read';
      return { db: openProject(path, { readonly: true, create: false, onUpgrade }), path, readOnly: reason };
    }
    const db = openProject(path, { onUpgrade });
    try {
      ensureShippedCodebooks(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return { db, path, readOnly: null };
  }

  get db(): Db {
    if (!this.current) throw new EngineError('project-file', 'No project is open.');
    return this.current.db;
  }

  get path(): string {
    if (!this.current) throw new EngineError('project-file', 'No project is open.');
    return this.current.path;
  }

  /** Why the open project may not be changed (a read-only file or folder), or null when it may. */
  get readOnly(): string | null {
    return this.current?.readOnly ?? null;
  }

  /** Calls a method and returns the envelope; never throws. */
  async call(method: string, args: unknown = []): Promise<Envelope<unknown>> {
    const since = this.changeSeq;
    const changedSince = () => {
      const changed = this.recentChanges.filter((event) => (event.seq ?? 0) > since);
      return changed.length > 0 ? { changed } : {};
    };
    try {
      if (this.closing) throw new EngineError('busy', 'Framescope is closing this project.');
      if (!isMethod(method)) throw new EngineError('unknown-method', `There is no method "${method}".`);
      const entry = METHODS[method];
      const parsed = entry.args.parse(args ?? []) as unknown[];
      const run = entry.run as (this: Session, ...args: unknown[]) => unknown;
      const readers = method in OFF_THREAD_METHODS ? this.readerThreads() : null;
      const value = readers ? await readers.reads.call(method, parsed) : await run.apply(this, parsed);
      return { ok: true, value, ...changedSince() };
    } catch (error) {
      const described = describeError(method, translateSqliteError(error, this.current), this.current?.path);
      if (described.code === 'internal') this.options.onInternalError?.(method, error);
      return { ok: false, error: described, ...changedSince() };
    } finally {
      this.settle();
    }
  }

  /** The typed call of the contract, for in-process use (CLI, tests): resolves to the value or throws. */
  readonly invoke: Call = async <K extends Method>(method: K, ...args: Args<K>): Promise<Result<K>> => {
    const envelope = await this.call(method, args);
    if (envelope.ok) return envelope.value as Result<K>;
    throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  };

  /** Listens to progress and change events; returns the function that stops listening. */
  subscribe(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: EngineEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken listener (a closed connection) must not stop the others or the work.
      }
    }
  }

  edit<T>(
    label: string,
    change: (recorder: EditRecorder) => T,
    what: ChangedEvent['what'] = 'edits',
    options: EditOptions = {},
  ): T {
    let rows: RowChange[] = [];
    const result = recordEdit(
      this.db,
      label,
      (recorder) => {
        const value = change(recorder);
        rows = recorder.changes;
        return value;
      },
      options,
    );
    // An edit that changed nothing (accepting what was accepted) has nothing to show anew.
    if (rows.length > 0) this.changed(what, scopeOfRows(rows));
    return result;
  }

  changed(what: ChangedEvent['what'], scope: ChangeScope = {}): void {
    const event: ChangedEvent = { type: 'changed', what, seq: ++this.changeSeq, ...scope };
    this.recentChanges.push(event);
    if (this.recentChanges.length > 100) this.recentChanges.shift();
    this.emit(event);
    if (what === 'project') this.refresher?.stop();
    else if (feedsLearner(scope)) this.decisionsArrived();
  }

  decisionsArrived(): void {
    if (this.current && !this.current.readOnly) this.refresher?.decided();
  }

  /** Resolves once no refresh of learned proposals is waiting for decisions to pause or running. */
  learnedProposalsSettled(): Promise<void> {
    return this.refresher?.idle() ?? Promise.resolve();
  }

  previewCues(codebook: Codebook, progress: Progress, signal: AbortSignal): Promise<CuePreview> {
    const readers = this.readerThreads();
    const recording = this.cueHits?.underway ?? false;
    return readers
      ? readers.jobs.previewCues(codebook, progress, signal, recording)
      : previewCues(
          this.db,
          codebook,
          progress,
          signal,
          this.current?.readOnly ? null : this.storeFinds,
          recording,
        );
  }

  compare(request: ComparisonRequest, progress: Progress, signal: AbortSignal): Promise<ComparisonOutcome> {
    const readers = this.readerThreads();
    return readers
      ? readers.jobs.compare(request, progress, signal)
      : runComparison(this, request, progress, signal);
  }

  async rerunFrames(progress: Progress, signal: AbortSignal): Promise<RerunResult> {
    const readers = this.readerThreads();
    if (!readers) return redetectFrames(this.db, progress, signal);
    // Stored first, on this connection: the reader thread reads the codebooks it detects with.
    const codeIds = frameCodeIds(this.db);
    let articles = 0;
    let hits = 0;
    // Each batch is written as it arrives, between the clicks this thread answers meanwhile.
    await readers.jobs.detectFrames(
      (batch) => {
        hits += storeFrameBatch(this.db, batch, codeIds);
        articles += batch.length;
      },
      progress,
      signal,
    );
    return { articles, hits, ...(signal.aborted ? { stopped: true as const } : {}) };
  }

  /**
   * Keeps a cue preview's counts in the open project for the next process. Only a cache: a write that
   * fails (the file busy, the disk full) costs the next process a count, nothing else.
   */
  private readonly storeFinds: StoreFinds = (version, found) => {
    try {
      storeCueFinds(this.db, version, found);
    } catch (error) {
      this.options.onInternalError?.('codes.preview', error);
    }
  };

  storeCompareFeatures(rows: UnsavedFeatures): void {
    if (this.current && !this.current.readOnly) this.features.add(this.current.db, rows);
  }

  /** Resolves once what comparisons counted for want of stored counts is written. */
  comparedFeaturesStored(): Promise<void> {
    return this.features.idle();
  }

  /** The reader threads of the open project, started on first use; null when this host has none. */
  private readerThreads(): Readers | null {
    if (!this.options.readerThreads || !this.current || this.current.readOnly || this.closing) return null;
    const db = this.current.db;
    // What a comparison or a cue preview there counted is written here, into the project it was counted in.
    const store = (rows: UnsavedFeatures) => this.features.add(db, rows);
    const storeFinds: StoreFinds = (version, found) => {
      if (this.current?.db === db && !this.closing) this.storeFinds(version, found);
    };
    this.readers ??= {
      reads: new ReaderThread(this.current.path, readerWorkerScript(), store, storeFinds),
      jobs: new ReaderThread(this.current.path, readerWorkerScript(), store, storeFinds),
    };
    return this.readers;
  }

  private closeReaders(): Promise<void> {
    const readers = this.readers;
    this.readers = null;
    return readers
      ? Promise.all([readers.reads.close(), readers.jobs.close()]).then(() => undefined)
      : Promise.resolve();
  }

  task<T>(
    kind: TaskKind,
    run: (progress: Progress, signal: AbortSignal) => Promise<T>,
    finished: (result: T) => string,
    options: { cancellable?: boolean; alongside?: boolean; stages?: boolean } = {},
  ): Promise<T> {
    // The project opened next replaces this one once upgraded: work started on this one now would
    // hold up the switch, or be cut off by it.
    this.refuseWhileUpgrading();
    const taskId = this.nextTaskId++;
    this.runningTasks++;
    const canceller = new AbortController();
    if (options.cancellable) this.cancellers.set(taskId, canceller);
    const cancellable = options.cancellable ? { cancellable: true } : {};
    let lastSent = 0;
    let lastLabel: string | undefined;
    const progress: Progress = (done, total, label, found) => {
      const now = Date.now();
      // A new stage is always shown, however soon after the last step: the person sees where it is.
      const newStage = options.stages === true && label !== lastLabel;
      if (done < total && !newStage && now - lastSent < PROGRESS_INTERVAL_MS) return;
      lastSent = now;
      lastLabel = label;
      this.emit({
        type: 'progress',
        taskId,
        task: kind,
        done,
        total,
        ...(label ? { label } : {}),
        ...(found ? { found } : {}),
        ...cancellable,
      });
    };
    const result = (options.alongside ? Promise.resolve() : this.queue).then(async () => {
      try {
        const value = await run(progress, canceller.signal);
        const stopped = canceller.signal.aborted ? { cancelled: true } : {};
        this.emit({ type: 'finished', taskId, task: kind, ok: true, message: finished(value), ...stopped });
        return value;
      } catch (error) {
        this.emit({
          type: 'finished',
          taskId,
          task: kind,
          ok: false,
          message: describeError(kind, translateSqliteError(error, this.current), this.current?.path).message,
        });
        throw error;
      } finally {
        this.runningTasks--;
        this.cancellers.delete(taskId);
        this.settle();
      }
    });
    const settled = result.catch(() => undefined);
    if (options.alongside) {
      this.alongside.add(settled);
      void settled.then(() => this.alongside.delete(settled));
    } else this.queue = settled;
    return result;
  }

  cancelTask(taskId: number): boolean {
    const canceller = this.cancellers.get(taskId);
    canceller?.abort();
    return canceller !== undefined;
  }

  async switchProject(path: string, mode: 'open' | 'create'): Promise<void> {
    // Another project opened while one is upgraded: that upgrade stops (its file keeps its old
    // version, and upgrades at its next open) and this one opens instead.
    while (this.switching) {
      this.switching.stop.abort();
      await this.switching.done;
    }
    this.refuseWhileUpgrading();
    // Recording cue hits goes on from where it stopped when this project opens again.
    await this.cueHits?.stop();
    if (this.runningTasks > 0)
      throw new EngineError(
        'busy',
        'A task is still running (see the task list): wait for it to finish, or stop it, before switching projects.',
      );
    if (mode === 'create' || !upgradeWaiting(path))
      return this.replaceProject(this.opening(path, mode, false));
    const stop = new AbortController();
    const switching = this.upgradeThenSwitch(path, stop.signal);
    this.switching = { path, done: switching.catch(() => undefined), stop };
    try {
      await switching;
    } finally {
      this.switching = null;
    }
  }

  /**
   * An older project opened from the window: upgraded on a thread of its own (as `framescope serve`
   * upgrades the project it starts with), each report sent to the windows as an 'upgrade' task,
   * while this thread goes on answering calls on the project still open. Then it replaces that one.
   * A file that cannot be upgraded there is opened here, which says in a sentence what is wrong with it.
   */
  private async upgradeThenSwitch(path: string, signal: AbortSignal): Promise<void> {
    const report = (done: number, total: number, label: string) =>
      this.emit({ type: 'progress', taskId: UPGRADE_TASK, task: 'upgrade', done, total, label });
    report(0, 1, upgradeLabel(path, 0, 1));
    let next: OpenProject;
    try {
      next = await upgradeInWorker(
        path,
        async (done, total, label, step) => {
          // Which project, how far, and that closing or opening another stops it.
          report(done, total, upgradeLabel(path, done, total, step));
          await this.options.onUpgrade?.(done, total, label);
        },
        () => Engine.openDb(path, 'open', false, () => {}),
        // This thread answers the window meanwhile: the upgrade is copied into the file on the worker's.
        { checkpoint: true, signal },
      );
    } catch (error) {
      if (error instanceof UpgradeStopped) {
        this.emit(upgradeFinished('stopped', error.message));
        throw new EngineError('busy', error.message);
      }
      try {
        next = Engine.openDb(path, 'open', false, report);
      } catch (error) {
        const message = describeError('project.open', translateSqliteError(error, null), path).message;
        this.emit(upgradeFinished('failed', message));
        throw error;
      }
    }
    this.upgradeDone();
    if (this.closing) {
      closeProject(next.db);
      throw new EngineError('busy', 'Framescope is closing this project.');
    }
    this.replaceProject(next);
  }

  private replaceProject(next: OpenProject): void {
    // The old project's reader threads close their connections as they end.
    void this.closeReaders();
    if (this.current) closeProject(this.current.db);
    this.current = next;
    this.changed('project');
    this.recordCueHitsIfMissing();
  }

  private refuseWhileUpgrading(): void {
    if (this.switching)
      throw new EngineError(
        'busy',
        `${basename(this.switching.path)} is being upgraded for this version of Framescope (see the task list); it opens once that is done. Wait for it before opening another project or starting a task.`,
      );
  }

  /**
   * Closes the project for good: waits for running tasks, checkpoints the write-ahead log into
   * the project file and closes it, so the file alone holds everything. Hosts (the Electron main
   * process, the bridge, the CLI) await this before they exit; calls made meanwhile are refused.
   * Calling it again returns the same promise. Tasks that can stop are asked to (they go on next time).
   */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      this.refresher?.stop();
      // Recording cue hits stops too (the next open goes on), even while it is still asking whether to start.
      const recording = this.cueHits?.stop();
      for (const canceller of this.cancellers.values()) canceller.abort();
      // A project being upgraded is stopped at the upgrade's next step, and keeps its old version.
      this.switching?.stop.abort();
      await this.switching?.done;
      await this.queue;
      await Promise.all(this.alongside);
      await recording;
      await this.closeReaders();
      await this.refresher?.idle();
      await this.features.stop();
      this.stopIdleTimer();
      if (this.current) closeProject(this.current.db);
      this.current = null;
    })());
  }

  /** Something was done: checkpoint once nothing more happens for a while. */
  private settle(): void {
    if (this.closing || !this.current || this.current.readOnly) return;
    this.stopIdleTimer();
    this.idleTimer = setTimeout(() => this.checkpointWhenIdle(), this.idleDelay);
    // An idle engine must not keep a process alive just to checkpoint: close() does that too.
    this.idleTimer.unref();
  }

  private checkpointWhenIdle(): void {
    this.idleTimer = null;
    if (!this.current || this.closing || this.runningTasks > 0) return;
    if (checkpoint(this.current.db)) this.idleDelay = IDLE_CHECKPOINT_MS;
    else {
      // Another connection is reading (a CLI command, say): try again, less often each time.
      this.idleDelay = Math.min(this.idleDelay * 2, 30_000);
      this.settle();
    }
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
