import type { Migration } from './types.ts';

// Issue 12: the cue preview counts each cue's hits once and keeps them until a text changes
// (migration 024, core/engine/cue-finds.ts), but only in memory: the first preview of a frame after
// the project was opened read every candidate text again (9.5 s for the most used frame's 46 cues at
// 100,000 articles). Each cue's hits are now also kept in the project: per cue, the text version
// they were counted at and the hits packed as five little-endian columns (db/cue-finds.ts). A row is
// only read while its version is the project's; and every article added or deleted and every edit of
// a text deletes every row in the same transaction, so no row outlives the texts it was counted from.
export const cueFinds: Migration = {
  version: 27,
  name: "each cue's hits, kept for the cue preview until a text changes",
  up: `
    CREATE TABLE cue_finds (
      cue TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      hits INTEGER NOT NULL,
      stored INTEGER NOT NULL,
      articles BLOB NOT NULL,
      starts BLOB NOT NULL,
      ends BLOB NOT NULL,
      sentence_starts BLOB NOT NULL,
      sentence_ends BLOB NOT NULL
    ) STRICT;
    CREATE TRIGGER cue_finds_insert AFTER INSERT ON articles BEGIN
      DELETE FROM cue_finds;
    END;
    CREATE TRIGGER cue_finds_delete AFTER DELETE ON articles BEGIN
      DELETE FROM cue_finds;
    END;
    CREATE TRIGGER cue_finds_text AFTER UPDATE OF text ON articles
    WHEN new.text IS NOT old.text BEGIN
      DELETE FROM cue_finds;
    END;
  `,
};
