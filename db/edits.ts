import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { EditableTable, RowValues } from './rows.ts';

/** One row an edit changed: `before` null for a row it made, `after` null for a row it deleted. */
export interface RowChange {
  table: EditableTable;
  before: RowValues | null;
  after: RowValues | null;
}

export interface EditRow {
  id: number;
  label: string;
  changes: RowChange[];
  undone: boolean;
  madeAt: string;
}

interface StoredEdit {
  id: number;
  label: string;
  changes: string;
  undone: 0 | 1;
  made_at: string;
}

/** The history keeps this many edits; older ones can no longer be undone. */
const KEPT_EDITS = 1000;

function fromStored(row: StoredEdit | undefined): EditRow | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    label: row.label,
    changes: JSON.parse(row.changes) as RowChange[],
    undone: row.undone === 1,
    madeAt: row.made_at,
  };
}

/** Records a new edit; the edits undone before it can no longer be redone. */
export function appendEdit(db: Db, label: string, changes: readonly RowChange[], madeAt: string): number {
  statement(db, 'DELETE FROM edits WHERE undone = 1').run();
  const id = Number(
    statement(db, 'INSERT INTO edits (label, changes, made_at) VALUES (?, ?, ?)').run(
      label,
      JSON.stringify(changes),
      madeAt,
    ).lastInsertRowid,
  );
  statement(db, 'DELETE FROM edits WHERE id <= ?').run(id - KEPT_EDITS);
  return id;
}

/** The edit undo would take back: the latest one not undone. */
export function lastDoneEdit(db: Db): EditRow | undefined {
  return fromStored(
    statement(db, 'SELECT * FROM edits WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
      StoredEdit | undefined,
  );
}

/** The edit redo would make again: the earliest of those undone. */
export function firstUndoneEdit(db: Db): EditRow | undefined {
  return fromStored(
    statement(db, 'SELECT * FROM edits WHERE undone = 1 ORDER BY id LIMIT 1').get() as StoredEdit | undefined,
  );
}

export function markEditUndone(db: Db, id: number, undone: boolean): void {
  statement(db, 'UPDATE edits SET undone = ? WHERE id = ?').run(undone ? 1 : 0, id);
}

export function deleteEdit(db: Db, id: number): void {
  statement(db, 'DELETE FROM edits WHERE id = ?').run(id);
}

export function countEdits(db: Db): { done: number; undone: number } {
  return statement(
    db,
    'SELECT coalesce(sum(undone = 0), 0) AS done, coalesce(sum(undone = 1), 0) AS undone FROM edits',
  ).get() as { done: number; undone: number };
}
