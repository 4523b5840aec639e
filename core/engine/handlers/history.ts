import { z } from 'zod';
import type { Session } from '../session.ts';
import { historyState, redoEdit, undoEdit, type HistoryState } from '../history.ts';
import { firstUndoneEdit, lastDoneEdit } from '../../../db/edits.ts';
import { scopeOfRows } from '../change-scope.ts';

export const noArgs = z.tuple([]);

export interface HistoryStep extends HistoryState {
  /** The label of the edit undone or redone; null when there was nothing to do. */
  done: string | null;
}

export function undo(this: Session): HistoryStep {
  const rows = lastDoneEdit(this.db)?.changes ?? [];
  const done = undoEdit(this.db);
  if (done) this.changed('edits', scopeOfRows(rows));
  return { done, ...historyState(this.db) };
}

export function redo(this: Session): HistoryStep {
  const rows = firstUndoneEdit(this.db)?.changes ?? [];
  const done = redoEdit(this.db);
  if (done) this.changed('edits', scopeOfRows(rows));
  return { done, ...historyState(this.db) };
}

export function getHistoryState(this: Session): HistoryState {
  return historyState(this.db);
}
