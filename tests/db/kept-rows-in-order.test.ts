import Database from 'better-sqlite3';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { migrate } from '../../db/migrate.ts';
import { keptRowsInOrder } from '../../db/migrations/035-kept-rows-in-order.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { closeProject, openProject, type Db } from '../../db/open.ts';
import { schemaObjects } from '../../db/trust/allowlist.ts';
import { APPLICATION_ID } from '../../db/trust/verify.ts';
import { leafPages, pageRuns } from '../../db/warm-pages.ts';
import { brownText } from '../support/brown.ts';
import { useTempDir } from '../support/temp.ts';
import { analysedProject, expectFrameSums, expectSameFacets } from '../engine/counted-facets.ts';

// A broad search's first facets call reads the kept facet rows of most articles; written as the
// articles were imported, their pages lay scattered over the file, each a read of its own from the
// disk. Migration 035 writes the table again in article order, one run of pages after another,
// with the same rows and the same triggers (issue 12).

const OUTLETS = ['Valley Post', 'Harbour Times', 'Ridge Courier'];
const WORDS = ['convoy', 'council', 'clinic', 'river', 'budget', 'harvest', 'ferry', 'school'];

/**
 * A project of `n` articles (`n` not a multiple of 7,919) imported in batches whose ids do not come
 * in order (as articles merged from a colleague's copy, or given other ids, do): each batch's
 * articles, full-text entries and kept facet rows go to the file's pages in turn, and a kept row
 * lands on whichever page holds its neighbours by id.
 */
function project(path: string, n: number): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, latestVersion);
  const insert = db.prepare(
    `INSERT INTO articles (id, uid, content_hash, title, outlet, text, source_format, imported_at, published_at, word_count)
     VALUES (?, ?, ?, ?, ?, ?, 'text', '2021-05-01T00:00:00Z', ?, 36)`,
  );
  for (let batch = 0; batch < n; batch += 200)
    db.transaction(() => {
      for (let i = batch; i < Math.min(n, batch + 200); i++) {
        const id = 1 + ((i * 7919) % n);
        const text = `The ${WORDS[id % WORDS.length]} and the ${WORDS[(id * 7) % WORDS.length]} were late on day ${id}. `;
        const day = `2021-05-${String(1 + (id % 28)).padStart(2, '0')}`;
        insert.run(id, `u${id}`, `h${id}`, `Report ${id}`, OUTLETS[id % 3], text.repeat(3), day);
      }
    })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The kept rows' leaf pages and how many of them follow the page before. */
function keptPages(db: Db): { leaves: number[]; following: number } {
  const fd = openSync(db.name, 'r');
  try {
    const root = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'article_facets'")
      .pluck()
      .get() as number;
    const leaves = leafPages(fd, db.pragma('page_size', { simple: true }) as number, root, Infinity);
    return { leaves, following: leaves.filter((page, at) => at > 0 && page === leaves[at - 1]! + 1).length };
  } finally {
    closeSync(fd);
  }
}

const everyRow = (db: Db) => db.prepare('SELECT * FROM article_facets ORDER BY article_id').raw().all();

/** Takes a project back to the version before migration 035 (whose schema is the same). */
function asBefore(path: string): void {
  const db = new Database(path);
  db.pragma(`user_version = ${keptRowsInOrder.version - 1}`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

describe('the kept facet rows written again in article order (migration 035)', () => {
  const temp = useTempDir();

  it('lie in runs of pages after the upgrade, with the same rows, schema and facets, and stay kept through edits', () => {
    const path = join(temp.dir(), 'scattered.sqlite');
    project(path, 12_000);
    asBefore(path);
    // Read as it is, without the upgrade an open through Framescope would make.
    let db: Db = new Database(path, { readonly: true });
    const before = keptPages(db);
    const rows = everyRow(db);
    const schema = schemaObjects(db);
    const pagesBefore = db.pragma('page_count', { simple: true }) as number;
    // SQLite takes a new page from the file's free pages first, then from its end: the first few
    // pages of the table go where the triggers' long SQL was, dropped while it is moved.
    const free = 10;
    db.close();
    // Written as they came, the kept rows' pages lie in many runs, between other tables' pages.
    const inOrder = (leaves: number[]) => Math.ceil(leaves.length / 64) + 2;
    expect(before.leaves.length).toBeGreaterThan(30);
    expect(pageRuns(before.leaves).length).toBeGreaterThan(inOrder(before.leaves) + 10);

    const reports: number[] = [];
    db = openProject(path, { onUpgrade: (done, total) => reports.push(Math.round((100 * done) / total)) });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(reports.at(-1)).toBe(100);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const after = keptPages(db);
    expect(after.following).toBeGreaterThanOrEqual(after.leaves.length - free - 3);
    expect(pageRuns(after.leaves).length).toBeLessThanOrEqual(inOrder(after.leaves) + free);
    // The rest at the end of the file, after every page the project had before.
    expect(Math.min(...after.leaves.slice(free))).toBeGreaterThan(pagesBefore);
    expect(everyRow(db)).toEqual(rows);
    expect(schemaObjects(db)).toEqual(schema);
    for (const filters of [
      { search: 'convoy' },
      { search: 'river', outlets: ['Harbour Times'] },
      { search: 'ferry OR school', dateFrom: '2021-05-10', dateTo: '2021-05-20' },
    ])
      expectSameFacets(db, filters, 50);

    // The triggers are back: an article added, moved to another outlet and deleted has its row kept.
    db.prepare(
      `INSERT INTO articles (uid, content_hash, title, outlet, text, source_format, imported_at, published_at, word_count)
       VALUES ('late', 'late', 'Late', 'Valley Post', 'The convoy crossed the river at dawn.', 'text', '2021-06-01T00:00:00Z', '2021-06-02', 7)`,
    ).run();
    db.prepare("UPDATE articles SET outlet = 'Ridge Courier' WHERE uid = 'u1'").run();
    db.prepare("DELETE FROM articles WHERE uid = 'u2'").run();
    expect(db.prepare('SELECT count(*) FROM article_facets').pluck().get()).toBe(12_000);
    for (const filters of [{ search: 'convoy' }, { search: 'river', outlets: ['Ridge Courier'] }])
      expectSameFacets(db, filters, 50);
    closeProject(db);
  }, 60_000);

  it('keep the kept rows and each frame’s sums right through a person’s edits after the upgrade', async () => {
    const dir = temp.dir();
    const path = await analysedProject(dir);
    asBefore(path);
    const engine = new Engine(path);
    try {
      const db = engine.db;
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      expectFrameSums(db);
      const article = db.prepare('SELECT min(article_id) FROM frame_state').pluck().get() as number;
      const frame = db
        .prepare('SELECT code_id FROM frame_state WHERE article_id = ? ORDER BY code_id')
        .pluck()
        .get(article) as number;
      const coder = (await engine.invoke('coders.ensure', 'Ana')).id;
      await engine.invoke('frames.decide', article, frame, { denied: true, coderId: coder });
      const quote = db
        .prepare("SELECT id FROM quotes WHERE kind = 'direct' ORDER BY id")
        .pluck()
        .get() as number;
      await engine.invoke('quotes.update', quote, { speakerText: 'Ilse Varga', speakerEntityId: null });
      const late = join(dir, 'ca02.txt');
      writeFileSync(late, brownText('ca02'));
      await engine.invoke('import.paths', [late], { outlet: 'Brown' });
      expectFrameSums(db);
      for (const filters of [
        { search: 'the' },
        { search: 'the', outlets: ['Brown'] },
        { search: 'said', codeId: frame },
      ])
        expectSameFacets(db, filters);
    } finally {
      await engine.close();
    }
  }, 120_000);
});
