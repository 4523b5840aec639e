import type { Migration } from './types.ts';

// What analysis finds and what people correct and code: entities and their mentions, quotes with
// speakers, codebooks of frames and codes, and annotations (frame evidence and hand coding).
// Offsets are UTF-16 code units into articles.text. `origin` says who made a row (the analysis or a
// person) and `status` whether a person has reviewed it; re-analysis replaces only unreviewed
// suggestions, so corrections survive it.
export const analysis: Migration = {
  version: 2,
  name: 'entities, quotes, codebooks and annotations',
  up: `
    ALTER TABLE articles ADD COLUMN analyzed_at TEXT;
    ALTER TABLE articles ADD COLUMN analysis_version INTEGER;

    CREATE TABLE coders (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE entities (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place')),
      UNIQUE (name, type)
    ) STRICT;

    CREATE TABLE entity_aliases (
      entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      PRIMARY KEY (entity_id, alias)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX entity_aliases_alias ON entity_aliases (alias COLLATE NOCASE);

    CREATE TABLE mentions (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      role TEXT,
      origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
      CHECK (start >= 0 AND end > start)
    ) STRICT;
    CREATE INDEX mentions_article ON mentions (article_id, start);
    CREATE INDEX mentions_entity ON mentions (entity_id);

    CREATE TABLE quotes (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      kind TEXT NOT NULL DEFAULT 'direct' CHECK (kind IN ('direct', 'reported')),
      speaker_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
      speaker_text TEXT,
      speaker_type TEXT CHECK (speaker_type IN ('person', 'group')),
      cue TEXT,
      origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
      status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'accepted', 'rejected')),
      coder_id INTEGER REFERENCES coders (id),
      CHECK (start >= 0 AND end > start)
    ) STRICT;
    CREATE INDEX quotes_article ON quotes (article_id, start);
    CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

    CREATE TABLE codebooks (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      description TEXT
    ) STRICT;

    CREATE TABLE codes (
      id INTEGER PRIMARY KEY,
      codebook_id INTEGER NOT NULL REFERENCES codebooks (id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('frame', 'code')),
      name TEXT NOT NULL,
      description TEXT,
      color TEXT,
      cues TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cues)),
      parent_id INTEGER REFERENCES codes (id) ON DELETE SET NULL,
      UNIQUE (codebook_id, key)
    ) STRICT;

    CREATE TABLE annotations (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      cue_start INTEGER,
      cue_end INTEGER,
      cue TEXT,
      negated INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
      memo TEXT,
      origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
      status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'accepted', 'rejected')),
      coder_id INTEGER REFERENCES coders (id),
      created_at TEXT NOT NULL,
      CHECK (start >= 0 AND end > start)
    ) STRICT;
    CREATE INDEX annotations_article ON annotations (article_id, start);
    CREATE INDEX annotations_code ON annotations (code_id);
  `,
};
