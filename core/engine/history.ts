import type { Db } from '../../db/open.ts';
import { withFrameSumsHeld } from '../../db/held-frame-sums.ts';
import {
  deleteRow,
  insertRow,
  readRow,
  rowKey,
  updateRow,
  type EditableTable,
  type RowValues,
} from '../../db/rows.ts';
import {
  appendEdit,
  countEdits,
  deleteEdit,
  firstUndoneEdit,
  lastDoneEdit,
  markEditUndone,
  type RowChange,
} from '../../db/edits.ts';
import { EngineError } from './errors.ts';

// Undo and redo as a log of row changes kept in the project (the `edits` table): every correction
// and coding edit records the rows it touched before and after, in the same transaction as the
// change. Undo writes the "before" rows back, redo the "after" rows, after checking that nothing
// (re-analysis, another window) has changed those rows since; so the same history serves the CLI,
// the desktop window and the browser.

/** Collects the row changes of one edit while making them. */
export class EditRecorder {
  readonly changes: RowChange[] = [];
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Inserts a row and returns it as stored (typed as the caller's row type). */
  insert<Row = RowValues>(table: EditableTable, values: RowValues): Row {
    const after = insertRow(this.db, table, values);
    this.changes.push({ table, before: null, after });
    return after as Row;
  }

  /** Updates a row and returns it as stored; undefined when there is no such row. */
  update<Row = RowValues>(table: EditableTable, key: RowValues, values: RowValues): Row | undefined {
    const before = readRow(this.db, table, key);
    if (!before) return undefined;
    updateRow(this.db, table, key, values);
    const after = readRow(this.db, table, key)!;
    if (JSON.stringify(before) !== JSON.stringify(after)) this.changes.push({ table, before, after });
    return after as Row;
  }

  /** Deletes a row; returns it as it was, or undefined when there was none. */
  delete(table: EditableTable, key: RowValues): RowValues | undefined {
    const before = readRow(this.db, table, key);
    if (!before) return undefined;
    deleteRow(this.db, table, key);
    this.changes.push({ table, before, after: null });
    return before;
  }
}

export interface EditOptions {
  /**
   * The edit may change many kept rows (many articles, or one article many times): the sums per frame
   * are held in its transaction and move once per article at its end, instead of row by row.
   */
  bulk?: boolean;
}

/** Makes an edit in one transaction and records it in the history; an edit that changed nothing is not recorded. */
export function recordEdit<T>(
  db: Db,
  label: string,
  change: (recorder: EditRecorder) => T,
  options: EditOptions = {},
): T {
  const run = () => {
    const recorder = new EditRecorder(db);
    const result = change(recorder);
    if (recorder.changes.length > 0) appendEdit(db, label, recorder.changes, new Date().toISOString());
    return result;
  };
  // withFrameSumsHeld begins the transaction itself (for writing), as the plain one does.
  return options.bulk ? withFrameSumsHeld(db, run) : db.transaction(run).immediate();
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What undo would take back, e.g. "Merge “Peskov” into “Dmitry Peskov”". */
  undoLabel: string | null;
  redoLabel: string | null;
  /** Edits that can be undone, and undone edits that can be redone. */
  undoCount: number;
  redoCount: number;
}

export function historyState(db: Db): HistoryState {
  const undo = lastDoneEdit(db);
  const redo = firstUndoneEdit(db);
  const counts = countEdits(db);
  return {
    canUndo: undo !== undefined,
    canRedo: redo !== undefined,
    undoLabel: undo?.label ?? null,
    redoLabel: redo?.label ?? null,
    undoCount: counts.done,
    redoCount: counts.undone,
  };
}

/** Takes back the latest edit; returns its label, or null when there is nothing to undo. */
export function undoEdit(db: Db): string | null {
  const edit = lastDoneEdit(db);
  if (!edit) return null;
  replay(db, edit.id, 'Undo', edit.label, () => {
    for (const change of [...edit.changes].reverse()) restore(db, change.table, change.after, change.before);
    markEditUndone(db, edit.id, true);
  });
  return edit.label;
}

/** Makes the latest undone edit again; returns its label, or null when there is nothing to redo. */
export function redoEdit(db: Db): string | null {
  const edit = firstUndoneEdit(db);
  if (!edit) return null;
  replay(db, edit.id, 'Redo', edit.label, () => {
    for (const change of edit.changes) restore(db, change.table, change.before, change.after);
    markEditUndone(db, edit.id, false);
  });
  return edit.label;
}

/** Runs an undo or redo in one transaction (the hold's); one that no longer fits the data is dropped from the history. */
function replay(db: Db, editId: number, verb: string, label: string, run: () => void): void {
  try {
    // An undo or redo may change many articles (a colleague's merge): the sums per frame move once per article.
    withFrameSumsHeld(db, run);
  } catch (error) {
    if (!(error instanceof StaleRowError)) throw error;
    deleteEdit(db, editId);
    throw new EngineError(
      'conflict',
      `${verb} of “${label}” is not possible any more: ${error.message}. It was taken off the history, so the next ${verb.toLowerCase()} goes on from the edit before it.`,
    );
  }
}

class StaleRowError extends Error {}

const THINGS: Record<EditableTable, string> = {
  quotes: 'a quote',
  annotations: 'an annotation',
  entities: 'an entity',
  entity_aliases: 'an alias',
  mentions: 'a mention',
  codes: 'a code',
  coders: 'a coder',
  stories: 'a story',
  story_articles: 'an article of a story',
  story_exclusions: 'an article taken out of the stories',
  frame_decisions: 'a frame decision',
  articles: 'an article',
  codebooks: 'a codebook',
};

/** Turns a row from `current` (what the edit left) into `target`, refusing when the row has moved on. */
function restore(db: Db, table: EditableTable, current: RowValues | null, target: RowValues | null): void {
  const key = rowKey(table, (current ?? target)!);
  const now = readRow(db, table, key);
  const expected = current === null ? undefined : JSON.stringify(current);
  if ((now === undefined ? undefined : JSON.stringify(now)) !== expected) {
    throw new StaleRowError(
      `${THINGS[table]} it changed has been changed since (by re-analysis or another edit)`,
    );
  }
  if (target === null) deleteRow(db, table, key);
  else if (current === null) insertRow(db, table, target);
  else updateRow(db, table, key, target);
}
