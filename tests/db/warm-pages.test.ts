import Database from 'better-sqlite3';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import { leafPages, pageRuns, warmTable } from '../../db/warm-pages.ts';
import { useTempDir } from '../support/temp.ts';
import { expectSameFacets } from '../engine/counted-facets.ts';

// A broad filter's first facets call reads the kept facet row of most articles; on a cold file
// cache SQLite waits for each of the table's pages in turn, so they are read ahead, several at a
// time, from the page numbers the table's interior pages hold (db/warm-pages.ts).

const OUTLETS = ['Valley Post', 'Harbour Times', 'Ridge Courier'];
const WORDS = ['convoy', 'council', 'clinic', 'river', 'budget', 'harvest', 'ferry', 'school'];

/** A project of `n` articles written straight into its tables, each with a few words of text. */
function project(path: string, n: number): Database.Database {
  const db = new Database(path);
  migrate(db, latestVersion);
  const insert = db.prepare(
    `INSERT INTO articles (uid, content_hash, title, outlet, text, source_format, imported_at, published_at, word_count)
     VALUES (?, ?, ?, ?, ?, 'text', '2021-05-01T00:00:00Z', ?, 5)`,
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const text = `The ${WORDS[i % WORDS.length]} and the ${WORDS[(i * 7) % WORDS.length]} were late on day ${i}.`;
      insert.run(
        `u${i}`,
        `h${i}`,
        `Report ${i}`,
        OUTLETS[i % 3],
        text,
        `2021-05-${String(1 + (i % 28)).padStart(2, '0')}`,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}

describe('reading a table’s pages ahead', () => {
  const temp = useTempDir();

  it('stops on a damaged interior page that points back at itself instead of reading it for ever', () => {
    // Page 2 of a file of 8 pages of 1 KB: an interior table page whose three children (two cells and
    // its right-most child) are page 2 again.
    const pageSize = 1024;
    const file = Buffer.alloc(8 * pageSize);
    const page = 1 * pageSize;
    file[page] = 0x05;
    file.writeUInt16BE(2, page + 3);
    file.writeUInt32BE(2, page + 8);
    for (const [cell, offset] of [
      [0, 100],
      [1, 110],
    ] as const) {
      file.writeUInt16BE(offset, page + 12 + cell * 2);
      file.writeUInt32BE(2, page + offset);
    }
    const path = join(temp.dir(), 'looped.sqlite');
    writeFileSync(path, file);
    const fd = openSync(path, 'r');
    try {
      expect(leafPages(fd, pageSize, 2, 8)).toEqual([]);
    } finally {
      closeSync(fd);
    }
  }, 10_000);

  it('finds every leaf page of a table, in the order SQLite reads them, from its interior pages', () => {
    const path = join(temp.dir(), 'wide.sqlite');
    const db = project(path, 20_000);
    const stat = (table: string) =>
      db
        .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path")
        .pluck()
        .all(table) as number[];
    const root = (table: string) =>
      db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const fd = openSync(path, 'r');
    try {
      for (const table of ['article_facets', 'articles', 'articles_fts_data']) {
        const leaves = stat(table);
        expect(leaves.length, table).toBeGreaterThan(1);
        expect(leafPages(fd, pageSize, root(table), Infinity), table).toEqual(leaves);
      }
      // A table of one page: its root is its only leaf.
      expect(stat('project_totals')).toHaveLength(1);
      expect(leafPages(fd, pageSize, root('project_totals'), Infinity)).toEqual(stat('project_totals'));
    } finally {
      closeSync(fd);
    }
    db.close();
  });

  it('reads a large table’s pages ahead once per connection, never a small one’s, and the facets stay right', () => {
    const path = join(temp.dir(), 'wide.sqlite');
    const db = project(path, 20_000);
    const leaves = db
      .prepare("SELECT count(*) FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'")
      .pluck()
      .get() as number;
    expect(leaves).toBeGreaterThanOrEqual(256);
    const cold = () => true;
    expect(warmTable(db, 'articles', cold)).toBe(leaves);
    expect(warmTable(db, 'articles', cold)).toBe(0);
    // A table of a few pages is read faster by SQLite alone.
    expect(warmTable(db, 'codes', cold)).toBe(0);
    // Not on disk: nothing read ahead.
    const other = new Database(path, { readonly: true });
    expect(warmTable(other, 'articles', () => false)).toBe(0);
    other.close();
    // A broad search, with and without another filter: the counts the library counted before.
    for (const filters of [
      { search: 'convoy' },
      { search: 'convoy OR ferry' },
      { search: 'river', outlets: ['Harbour Times'] },
    ]) {
      expect(
        libraryFacets(db, filters, 50).outlets.reduce((sum, row) => sum + row.articles, 0),
      ).toBeGreaterThan(2_000);
      expectSameFacets(db, filters, 50);
    }
    db.close();
  });

  it('reads pages that follow one another in runs of up to 64, and pages out of order one by one', () => {
    // 5–10 (9 with 8 between), then 100–101, then 50 back before them; 70 pages in a row make two runs.
    expect(pageRuns([5, 6, 7, 9, 10, 100, 101, 50])).toEqual([
      [5, 6],
      [100, 2],
      [50, 1],
    ]);
    expect(pageRuns([...Array(70).keys()].map((at) => 200 + at))).toEqual([
      [200, 64],
      [264, 6],
    ]);
    // Scattered pages: a read each.
    expect(pageRuns([40, 10, 30, 20])).toHaveLength(4);
  });
});
