import type { Migration } from './types.ts';

// Issue 12: the library's facets under a filter (a frame, a search, an entity) count outlets and
// publication days over the matching articles. Each article's row holds its text, so reading
// 30,000 outlets and dates read 30,000 of the file's largest rows; this narrow index holds only
// what those counts read, by id. It is partial (`id != 0`, true of every article, and a condition
// no other query writes) so that only the queries that name it (db/library.ts) read it: SQLite
// took a plain index on id for the library's pages, `id > ?`, over the table's own key.
export const facetIndex: Migration = {
  version: 18,
  name: 'a narrow index of every article’s outlet and date, for counting facets under a filter',
  up: `
    CREATE INDEX articles_facet ON articles (id, outlet, published_at) WHERE id != 0;
  `,
};
