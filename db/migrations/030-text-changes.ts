import type { Migration } from './types.ts';

// Issue 12: every text change deleted every cue's kept hits (migration 027), so an import of a few
// articles, or one corrected text, cost the next preview of a frame a full count again (about a minute
// for the 91 cues of the policy frame at 100,000 articles). Each change of a text now also logs the
// article it touched, at the text version it made; kept hits are no longer deleted but brought up to
// date by counting only the articles logged since their version (core/engine/cue-finds.ts). The log
// keeps only what some kept row may need: the changes after the oldest kept row's version (none when
// nothing is kept), trimmed by the same triggers, so it stays as long as the changes since that row.
const log = (article: string) => `
      UPDATE text_version SET version = version + 1 WHERE id = 1;
      INSERT INTO text_changes (version, article_id) SELECT version, ${article} FROM text_version WHERE id = 1;
      DELETE FROM text_changes
      WHERE version <= ifnull((SELECT min(version) FROM cue_finds), (SELECT version FROM text_version));`;

export const textChanges: Migration = {
  version: 30,
  name: 'a log of the articles whose text changed, so kept cue hits are recounted per article',
  up: `
    CREATE TABLE text_changes (
      version INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL
    ) STRICT;
    -- Each text change asks for the oldest kept row's version.
    CREATE INDEX cue_finds_version ON cue_finds (version);
    DROP TRIGGER cue_finds_insert;
    DROP TRIGGER cue_finds_delete;
    DROP TRIGGER cue_finds_text;
    DROP TRIGGER text_version_insert;
    DROP TRIGGER text_version_delete;
    DROP TRIGGER text_version_update;
    CREATE TRIGGER text_version_insert AFTER INSERT ON articles BEGIN ${log('new.id')}
    END;
    CREATE TRIGGER text_version_delete AFTER DELETE ON articles BEGIN ${log('old.id')}
    END;
    CREATE TRIGGER text_version_update AFTER UPDATE OF text ON articles
    WHEN new.text IS NOT old.text BEGIN ${log('new.id')}
    END;
  `,
};
