import type { Migration } from './types.ts';

// Issue 12: a frame's very first cue preview read every text that may hold its cues (7–11 s of CPU for
// a frame of 59 cues at 100,000 articles, over a minute for the policy prescription frame), though
// analysis had run the same cues over the same texts. Analysis now records each cue's hits per
// article, as the preview counts them: `cue_sets` names the cues an analysis ran (with the analysis
// version, since a newer detector may find otherwise), and `article_cue_hits` holds one row per
// analysed article, the hits packed five 32-bit numbers each (cue index in the set, start, end,
// sentence start and end; db/recorded-cue-hits.ts). A row is only right for the text it was counted
// from, so a new text or a deleted article deletes it in the same transaction, whichever connection
// writes; the preview counts an article without a row as before.
export const recordedCueHits: Migration = {
  version: 32,
  name: "each cue's hits recorded by analysis, article by article, for the cue preview",
  up: `
    CREATE TABLE cue_sets (
      id INTEGER PRIMARY KEY,
      analysis_version INTEGER NOT NULL,
      cues TEXT NOT NULL,
      UNIQUE (analysis_version, cues)
    ) STRICT;
    CREATE TABLE article_cue_hits (
      article_id INTEGER PRIMARY KEY,
      cue_set INTEGER NOT NULL,
      hits BLOB NOT NULL
    ) STRICT;
    CREATE TRIGGER article_cue_hits_delete AFTER DELETE ON articles BEGIN
      DELETE FROM article_cue_hits WHERE article_id = old.id;
    END;
    CREATE TRIGGER article_cue_hits_text AFTER UPDATE OF text ON articles
    WHEN new.text IS NOT old.text BEGIN
      DELETE FROM article_cue_hits WHERE article_id = new.id;
    END;
  `,
};
