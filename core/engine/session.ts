import type { Db } from '../../db/open.ts';
import type { EditOptions, EditRecorder } from './history.ts';
import type { TaskKind, ChangedEvent } from './events.ts';
import type { ChangeScope } from './change-scope.ts';
import type { Codebook } from '../../nlp/frames/index.ts';
import type { CuePreview } from './frames.ts';
import type { RerunResult } from './frames-rerun.ts';
import type { UnsavedFeatures } from './compare-features.ts';
import type { ComparisonOutcome, ComparisonRequest } from './comparison.ts';

/** Reports how far a task has got. */
export type Progress = (done: number, total: number, label?: string, found?: CuePreview) => void;

/**
 * What a handler sees of the engine: the open project and the engine's services. Handlers are
 * plain functions called with the session as `this`, so their own parameters are exactly the
 * arguments the UI passes (see core/contract.ts).
 */
export interface Session {
  readonly db: Db;
  readonly path: string;
  /**
   * Makes a correction or coding edit in one transaction and records it for undo. A `bulk` edit (one
   * that may change many rows of an article, or many articles) holds the sums per frame and settles
   * them once per article at its end (db/held-frame-sums.ts).
   */
  edit<T>(
    label: string,
    change: (recorder: EditRecorder) => T,
    what?: ChangedEvent['what'],
    options?: EditOptions,
  ): T;
  /**
   * Runs long work as a task: one at a time, reporting progress to every window. A task that
   * watches its signal says so with `cancellable`, and `cancelTask` then stops it. A task that only
   * reads may run `alongside` the others instead of waiting for them.
   */
  task<T>(
    kind: TaskKind,
    run: (progress: Progress, signal: AbortSignal) => Promise<T>,
    finished: (result: T) => string,
    /** `stages`: its progress labels name stages, and a step starting a new one is always sent. */
    options?: { cancellable?: boolean; alongside?: boolean; stages?: boolean },
  ): Promise<T>;
  /** Asks a running or queued task to stop; false when there is no such task. */
  cancelTask(taskId: number): boolean;
  /** Tells every window that data changed; `scope` says what, when known (default: anything). */
  changed(what: ChangedEvent['what'], scope?: ChangeScope): void;
  /**
   * Decisions came in otherwise than one by one (a merge, an import): the learned proposals are
   * refreshed in the background as after a person's decisions, where the engine does that.
   */
  decisionsArrived(): void;
  /**
   * Counts what a one-frame codebook's cues find across the project: on the engine's reader thread
   * when it has one (the thread that answers clicks goes on meanwhile), else here, yielding.
   */
  previewCues(codebook: Codebook, progress: Progress, signal: AbortSignal): Promise<CuePreview>;
  /**
   * Detects frames again in every article: read and detected on the engine's reader thread when it
   * has one, and written here a batch at a time; else both here, yielding between batches.
   */
  rerunFrames(progress: Progress, signal: AbortSignal): Promise<RerunResult>;
  /**
   * Runs a comparison (compare.outlets, compare.wire) stage by stage: on the engine's job thread
   * when it has one, else here, yielding between stages; stops at the next stage once `signal` aborts.
   */
  compare(request: ComparisonRequest, progress: Progress, signal: AbortSignal): Promise<ComparisonOutcome>;
  /**
   * Stores what a comparison counted from articles' texts for want of stored counts, on the
   * engine's connection a batch at a time (from a reader thread, handed to the engine first);
   * nothing when the project may not be changed.
   */
  storeCompareFeatures?(rows: UnsavedFeatures): void;
  /**
   * Closes the project and opens another; refused while a task runs. An older project is upgraded
   * first on a thread of its own, reporting its progress, while calls on the open one are answered.
   */
  switchProject(path: string, mode: 'open' | 'create'): Promise<void>;
}
