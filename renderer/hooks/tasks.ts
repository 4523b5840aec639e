import type { TaskKind } from '../api/contract.ts';
import { subscribe } from '../api/events.ts';
import { createStore } from './store.ts';

// Long work shown in the rail: progress from the engine's events, and the reports of imports.

export interface Task {
  id: number;
  kind: TaskKind;
  done: number;
  total: number;
  label: string;
  finished: boolean;
  ok: boolean;
  message: string;
  /** It can be stopped part way (Stop in the rail). */
  cancellable: boolean;
  /** It was stopped before the end. */
  cancelled: boolean;
}

/** What the imports of one drop or pick did, over all the requests it took. */
export interface ImportTally {
  imported: number;
  duplicates: { file: string; of: number }[];
  failures: { file: string; reason: string }[];
  /** Files in the folders that are not articles (images, scripts). */
  skipped: number;
  analysisFailures: { file: string; reason: string }[];
  /** Articles imported without a date: the date they carry could not be read (kept as written). */
  unreadDates: { file: string; id: number; raw: string }[];
  /** REFI-QDA projects among the files: articles new and already here, and the codings brought in. */
  projects?: { file: string; articles: number; matched: number; codings: number }[];
  /** Articles imported up to the length limit only. */
  shortened?: { file: string; id: number; characters: number; kept: number }[];
}

export interface ImportReport {
  id: number;
  at: string;
  files: number;
  summary: ImportTally | null;
  error: string | null;
}

export const tasksStore = createStore<Task[]>([]);
export const importReports = createStore<ImportReport[]>([]);

let listening = false;

export function listenForTasks(): void {
  if (listening) return;
  listening = true;
  subscribe((event) => {
    // The cue preview and Compare show their progress (and Stop) where they were asked for.
    if (event.type === 'changed' || event.task === 'preview' || event.task === 'compare') return;
    // Proposals refreshed after decisions show themselves in the views: once done (or replaced by a
    // newer refresh) the task leaves the rail, so a coder's clicks do not pile up finished tasks
    // there. One stopped with Stop, or failed, stays to say so.
    if (event.type === 'finished' && event.task === 'learn' && event.ok && !event.cancelled) {
      dismissTask(event.taskId);
      return;
    }
    tasksStore.set((tasks) => {
      const others = tasks.filter((task) => task.id !== event.taskId);
      const found = tasks.find((task) => task.id === event.taskId);
      // An upgrade's events always have id 0: a second project upgraded starts a task of its own.
      const previous = found?.finished && event.type === 'progress' ? undefined : found;
      const base: Task = previous ?? {
        id: event.taskId,
        kind: event.task,
        done: 0,
        total: 0,
        label: '',
        finished: false,
        ok: true,
        message: '',
        cancellable: false,
        cancelled: false,
      };
      const next =
        event.type === 'progress'
          ? {
              ...base,
              done: event.done,
              total: event.total,
              label: event.label ?? base.label,
              cancellable: event.cancellable ?? base.cancellable,
            }
          : {
              ...base,
              finished: true,
              ok: event.ok,
              message: event.message,
              done: base.total,
              cancelled: event.cancelled ?? false,
            };
      return [...others, next].sort((a, b) => a.id - b.id).slice(-6);
    });
  });
}

export function dismissTask(id: number): void {
  tasksStore.set((tasks) => tasks.filter((task) => task.id !== id));
}
