import { z } from 'zod';
import type { Session } from '../session.ts';
import { historyState, redoEdit, undoEdit, type HistoryState } from '../history.ts';

export const noArgs = z.tuple([]);

export interface HistoryStep extends HistoryState {
  /** The label of the edit undone or redone; null when there was nothing to do. */
  done: string | null;
}

export function undo(this: Session): HistoryStep {
  const done = undoEdit(this.db);
  if (done) this.changed('edits');
  return { done, ...historyState(this.db) };
}

export function redo(this: Session): HistoryStep {
  const done = redoEdit(this.db);
  if (done) this.changed('edits');
  return { done, ...historyState(this.db) };
}

export function getHistoryState(this: Session): HistoryState {
  return historyState(this.db);
}
