import type { Migration } from './types.ts';

// Grouping that can stop and go on (issues 9 and 12). A grouping run keeps its state in the
// project as it goes: the run itself (options, where it stands, the words it counted), the groups
// it has formed so far and which group each article it placed went to. The stories a person sees
// are replaced only when a run finishes, in one transaction; a run that is cancelled or killed
// leaves them as they were and goes on from its last checkpoint next time.
//
// `story_exclusions` holds the articles a person took out of every story: grouping leaves them
// out, as it leaves the articles a person placed where they are.
export const grouping: Migration = {
  version: 7,
  name: 'resumable story grouping and articles taken out of stories',
  up: `
    CREATE TABLE grouping_runs (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      options TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      started_at TEXT NOT NULL,
      phase TEXT NOT NULL CHECK (phase IN ('counting', 'grouping')),
      position INTEGER NOT NULL DEFAULT 0,
      total INTEGER NOT NULL,
      frequencies BLOB,
      next_group INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE grouping_groups (
      id INTEGER PRIMARY KEY,
      articles INTEGER NOT NULL,
      first_day INTEGER,
      last_day INTEGER,
      name_article_id INTEGER,
      name_score REAL NOT NULL DEFAULT -1,
      centroid BLOB NOT NULL
    ) STRICT;

    CREATE TABLE grouping_members (
      article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      group_id INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX grouping_members_group ON grouping_members (group_id);

    CREATE TABLE story_exclusions (
      article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
    ) STRICT;
  `,
};
