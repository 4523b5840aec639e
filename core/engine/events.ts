// What the engine tells every window while it works. Plain types: the UI imports them through
// core/contract.ts.
import type { CuePreview } from './frames.ts';

/** Long work that reports progress. */
export type TaskKind =
  | 'import'
  | 'analysis'
  | 'frames'
  | 'preview'
  | 'stories'
  | 'merge'
  | 'compare'
  /** Stored learned proposals refreshed after a person's decisions (issue 9). */
  | 'learn'
  /** An older project brought up to this version as it opens (issue 12). */
  | 'upgrade'
  /** Each cue's hits recorded for the cue preview in articles analysed before migration 032 (issue 12). */
  | 'cue-hits';

export interface ProgressEvent {
  type: 'progress';
  /** Tells apart two tasks of one kind; the same for every event of one task. */
  taskId: number;
  task: TaskKind;
  done: number;
  total: number;
  /** What is being worked on, e.g. the file being read. */
  label?: string;
  /** The task stops when asked (method `tasks.cancel`). */
  cancellable?: boolean;
  /** A cue preview's counts and first matches so far, shown while it reads the rest. */
  found?: CuePreview;
}

export interface TaskFinishedEvent {
  type: 'finished';
  taskId: number;
  task: TaskKind;
  ok: boolean;
  /** One sentence: what was done, or what went wrong. */
  message: string;
  /** It was stopped by request before the end. */
  cancelled?: boolean;
}

/** The project's data changed (by this window or another): views showing it should reload. */
export interface ChangedEvent {
  type: 'changed';
  what: 'project' | 'articles' | 'analysis' | 'edits' | 'codebook' | 'stories';
  /** Counts the engine's changes: a window that got this change with its call's answer skips it here. */
  seq?: number;
  /** The tables written; absent when it could be any. */
  tables?: string[];
  /** The only articles whose rows were written; absent when not limited to some articles. */
  articleIds?: number[];
}

export type EngineEvent = ProgressEvent | TaskFinishedEvent | ChangedEvent;
