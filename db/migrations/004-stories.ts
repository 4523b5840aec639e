import type { Migration } from './types.ts';

// Stories: articles that report one event (issue 5). An article belongs to at most one story, so
// membership is keyed by the article. `origin` says whether grouping made a row or a person did:
// grouping again replaces only its own memberships, and stories a person made or named stay.
// Memberships are their own table (not a column of articles) so that the edit history records
// small rows, never an article's text.
export const stories: Migration = {
  version: 4,
  name: 'stories grouping articles about one event',
  up: `
    CREATE TABLE stories (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
      query TEXT,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE story_articles (
      article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
      origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual'))
    ) STRICT;
    CREATE INDEX story_articles_story ON story_articles (story_id);
  `,
};
