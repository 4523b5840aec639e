import type { Migration } from './types.ts';

// Issue 12: the cue preview keeps what each cue found until the project's texts change, so an edit of
// one cue of a frame's many counts only that cue. It must know when a text changed, whichever process
// or window changed it: one counter, moved in the same transaction as every article added or deleted
// and every edit of a text. Other article edits (outlet, date, title) leave it alone.
export const textVersion: Migration = {
  version: 24,
  name: 'a counter of changes to the articles and their texts, for results kept per cue',
  up: `
    CREATE TABLE text_version (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      version INTEGER NOT NULL
    ) STRICT;
    INSERT INTO text_version (id, version) VALUES (1, 0);
    CREATE TRIGGER text_version_insert AFTER INSERT ON articles BEGIN
      UPDATE text_version SET version = version + 1 WHERE id = 1;
    END;
    CREATE TRIGGER text_version_delete AFTER DELETE ON articles BEGIN
      UPDATE text_version SET version = version + 1 WHERE id = 1;
    END;
    CREATE TRIGGER text_version_update AFTER UPDATE OF text ON articles
    WHEN new.text IS NOT old.text BEGIN
      UPDATE text_version SET version = version + 1 WHERE id = 1;
    END;
  `,
};
