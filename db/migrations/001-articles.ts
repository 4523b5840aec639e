import type { Migration } from './types.ts';

// Articles and their full-text index. Offsets everywhere refer to `text`, normalised once on import.
export const articles: Migration = {
  version: 1,
  name: 'articles and full-text search',
  up: `
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      uid TEXT NOT NULL UNIQUE,
      content_hash TEXT NOT NULL UNIQUE,
      title TEXT,
      outlet TEXT,
      author TEXT,
      url TEXT,
      published_at TEXT,
      published_raw TEXT,
      language TEXT,
      text TEXT NOT NULL,
      source_file TEXT,
      source_format TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      word_count INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX articles_outlet ON articles (outlet);
    CREATE INDEX articles_published ON articles (published_at);

    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      title, text,
      content = 'articles', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
  `,
};
