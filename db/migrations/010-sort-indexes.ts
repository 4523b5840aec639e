import type { Migration } from './types.ts';

// Indexes for every column the library sorts by (issue 12), so a page of a large project is read
// from an index, by key, instead of sorting or walking the whole articles table: titles and outlets
// sort without regard to case (as the library shows them), dates and word counts as they are.
// Outlets and dates already have indexes for filtering, but with the binary collation. Even the
// order of import (by id) gets one: the table's own b-tree holds the texts, so skipping to row
// 50,000 of it read 50,000 texts' pages, where the index holds ids only. The
// articles not analysed yet get a partial index, so counting them (the project's header does on
// every load) reads a handful of entries instead of every article's row and text.
export const sortIndexes: Migration = {
  version: 10,
  name: 'indexes for sorting the library and counting what is not analysed',
  up: `
    CREATE INDEX articles_title_sort ON articles (title COLLATE NOCASE);
    CREATE INDEX articles_outlet_sort ON articles (outlet COLLATE NOCASE);
    CREATE INDEX articles_words_sort ON articles (word_count);
    CREATE INDEX articles_id_sort ON articles (id);
    CREATE INDEX articles_not_analysed ON articles (id) WHERE analyzed_at IS NULL;
  `,
};
