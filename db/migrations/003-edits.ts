import type { Migration } from './types.ts';

// The undo history of corrections and coding. Each edit stores the rows it changed as they were
// before and after (JSON), so undo and redo work the same whichever window or process made the
// edit, and survive closing the project. `undone = 1` marks the redo stack.
export const edits: Migration = {
  version: 3,
  name: 'edit history for undo and redo',
  up: `
    CREATE TABLE edits (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      changes TEXT NOT NULL CHECK (json_valid(changes)),
      undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
      made_at TEXT NOT NULL
    ) STRICT;
  `,
};
