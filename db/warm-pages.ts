import { closeSync, openSync, read, readSync } from 'node:fs';
import type { Db } from './open.ts';
import { statement } from './statements.ts';

// A table's pages brought into the operating system's file cache with several reads in flight
// (issue 12). SQLite reads a table one page at a time, each read waiting for the last; the kept
// facet rows of a million articles are 11,640 leaf pages of 8 KB scattered over a 10 GB file (written
// as the articles were imported and analysed), so a broad search's first facets call on a cold
// cache waited 1.1–2.9 s for them one by one, against 0.3 s of CPU once they are cached. The
// table's leaf pages are found from its interior pages (a few dozen, read here) and read ahead by
// the thread pool of Node while SQLite reads them in order, so that most of its reads find their
// page cached, four reads at a time: of a page each where they lie scattered, of a run of up to 64
// pages where they follow one another (migration 035 writes the kept rows so). Reading the file beside SQLite changes nothing in it; the
// pages read are only a hint: a page newer in the write-ahead log makes one read go astray, and
// SQLite still reads every page it needs itself.

/** Interior table b-tree pages (SQLite file format, 1.6: page type 0x05) and leaves (0x0d). */
const INTERIOR_TABLE = 0x05;
const LEAF_TABLE = 0x0d;

/** Tables smaller than this are read faster by SQLite alone than found here. */
const FEWEST_PAGES = 256;

/**
 * The leaf pages of a table in the order SQLite reads them (by rowid), from its root page down
 * through its interior pages, which are read from `file` (one descriptor, `pageSize` bytes a page).
 * Pages that are not b-tree pages of a table (a file changed meanwhile) end the descent there, and
 * each page is read at most once and never more than `pageCount` of them (a damaged page pointing back
 * up the tree would otherwise have the descent read the same pages over and over).
 */
export function leafPages(fd: number, pageSize: number, root: number, pageCount: number): number[] {
  const leaves: number[] = [];
  const visited = new Set<number>();
  const page = Buffer.alloc(pageSize);
  // A b-tree's leaves are all at one depth: once a child proves to be a leaf, its siblings and
  // cousins are listed without reading them.
  let leafDepth: number | undefined;
  const descend = (number: number, depth: number): void => {
    if (depth > 20 || visited.has(number) || visited.size >= pageCount) return;
    visited.add(number);
    readSync(fd, page, 0, pageSize, (number - 1) * pageSize);
    // Page 1 begins with the 100-byte file header.
    const header = number === 1 ? 100 : 0;
    const type = page[header]!;
    if (type === LEAF_TABLE) {
      leaves.push(number);
      leafDepth = depth;
      return;
    }
    if (type !== INTERIOR_TABLE) return;
    const cells = page.readUInt16BE(header + 3);
    const children: number[] = [];
    for (let cell = 0; cell < cells; cell++)
      children.push(page.readUInt32BE(page.readUInt16BE(header + 12 + cell * 2)));
    children.push(page.readUInt32BE(header + 8));
    for (const child of children)
      if (leafDepth === depth + 1) leaves.push(child);
      else descend(child, depth + 1);
  };
  descend(root, 0);
  return leaves;
}

/** The connections whose table was warmed already, by table: once per connection is enough. */
const warmed = new WeakMap<Db, Set<string>>();

/**
 * Starts reading the pages of `table` into the file cache and returns at once with how many
 * leaf pages it reads (0 when the table is small, already cached, warmed through this
 * connection before, or the project is not a file). The reads complete while the caller goes on reading the table
 * through SQLite; their data is dropped. `uncached` tells whether the table is still on disk.
 */
export function warmTable(
  db: Db,
  table: string,
  uncached: (fd: number, pageSize: number, leaves: number[]) => boolean = mostlyUncached,
): number {
  const done = warmed.get(db) ?? new Set<string>();
  warmed.set(db, done);
  if (done.has(table) || db.memory || !db.name) return 0;
  done.add(table);
  const { root, pageSize, pageCount } = statement(
    db,
    `SELECT (SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?) AS root,
       (SELECT page_size FROM pragma_page_size) AS pageSize, (SELECT page_count FROM pragma_page_count) AS pageCount`,
  ).get(table) as { root: number | null; pageSize: number; pageCount: number };
  if (!root) return 0;
  let fd: number;
  try {
    fd = openSync(db.name, 'r');
  } catch {
    return 0;
  }
  let leaves: number[];
  try {
    leaves = leafPages(fd, pageSize, root, pageCount).filter((page) => page >= 1 && page <= pageCount);
  } catch {
    closeSync(fd);
    return 0;
  }
  if (leaves.length < FEWEST_PAGES || !uncached(fd, pageSize, leaves)) {
    closeSync(fd);
    return 0;
  }
  const runs = pageRuns(leaves);
  // Every read is queued at once: Node's thread pool does them four at a time while SQLite reads
  // the table on this thread (a chain of reads, each started from the last one's callback, would
  // wait for SQLite to finish, since callbacks run on this thread). One buffer for every read:
  // what they read is never looked at.
  const scratch = Buffer.alloc(pageSize * Math.max(...runs.map(([, pages]) => pages)));
  let pending = runs.length;
  const finished = () => {
    if (--pending === 0) closeSync(fd);
  };
  for (const [first, pages] of runs) read(fd, scratch, 0, pages * pageSize, (first - 1) * pageSize, finished);
  return leaves.length;
}

/** The most pages one read ahead takes in (512 KB of 8 KB pages). */
const RUN_PAGES = 64;
/** Pages between two leaves that are read with them rather than apart (the table's interior pages). */
const RUN_GAP = 2;

/**
 * The leaves as runs of pages to read whole, `[first page, pages]`: a table written in order (migration
 * 035) lies in one run of pages after another, with an interior page here and there, and is read
 * 64 pages a read instead of one (170 reads instead of 10,702 at a million articles). Leaves out of
 * order or far apart are read one by one as before.
 */
export function pageRuns(leaves: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const leaf of leaves) {
    const run = runs[runs.length - 1];
    if (run && leaf > run[0] + run[1] - 1 && leaf - (run[0] + run[1]) <= RUN_GAP && leaf - run[0] < RUN_PAGES)
      run[1] = leaf - run[0] + 1;
    else runs.push([leaf, 1]);
  }
  return runs;
}

/** Pages read to tell a cached table from one on disk, spread over it. */
const SAMPLES = 16;
/** A read slower than this came from the disk: a cached page is copied in 5–20 µs. */
const FROM_DISK_MS = 0.1;

/**
 * Whether a table's leaf pages are mostly still on disk: two or more of 16 of them, spread over the
 * table, took longer to read than a cached page takes. Reading a cached table ahead costs four
 * threads about 100 ms of CPU at a million articles for nothing (11,640 reads of cached pages),
 * competing with the call for the machine's cores.
 */
function mostlyUncached(fd: number, pageSize: number, leaves: number[]): boolean {
  const page = Buffer.alloc(pageSize);
  let slow = 0;
  for (let sample = 0; sample < SAMPLES; sample++) {
    const leaf = leaves[Math.floor(((sample + 0.5) * leaves.length) / SAMPLES)]!;
    const start = performance.now();
    readSync(fd, page, 0, pageSize, (leaf - 1) * pageSize);
    if (performance.now() - start > FROM_DISK_MS) slow++;
  }
  return slow >= 2;
}
