import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { whereOf, type LibraryFilters } from '../../db/library.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import type { Db } from '../../db/open.ts';
import { LATE_ARTICLE, baseProject, coderCopy } from '../merge/support.ts';
import { brownText } from '../support/brown.ts';
import { SEED_PATH } from '../support/temp.ts';

// The library's facets counted as the library counted them before its kept rows and indexes
// (issue 12), over the rows themselves, to compare every faster way with.

/** The facets as the library counted them before, over the rows themselves. */
export function countedFacets(db: Db, filters: LibraryFilters, top = 1000) {
  const where = whereOf(filters);
  const matching = `SELECT a.id FROM articles a WHERE ${where.sql}`;
  const byOutlet = whereOf(filters, ['outlets']);
  const outlets = db
    .prepare(
      `SELECT a.outlet, count(*) AS articles FROM articles a WHERE ${byOutlet.sql}
       GROUP BY a.outlet ORDER BY articles DESC, a.outlet`,
    )
    .all(byOutlet.params);
  const speakers = db
    .prepare(
      `SELECT coalesce(e.name, q.speaker_text) AS name, max(q.speaker_entity_id) AS entity_id,
         count(DISTINCT q.article_id) AS articles, count(*) AS quotes
       FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
       WHERE q.status != 'rejected' AND q.kind = 'direct' AND coalesce(e.name, q.speaker_text) IS NOT NULL
         AND q.article_id IN (${matching})
       GROUP BY 1 ORDER BY articles DESC, quotes DESC, name LIMIT @top`,
    )
    .all({ ...where.params, top });
  const entities = db
    .prepare(
      `SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS articles
       FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (${matching})
       GROUP BY e.id ORDER BY articles DESC, e.name, e.id LIMIT @top`,
    )
    .all({ ...where.params, top });
  const codes = db
    .prepare(
      `SELECT id, name, kind, color, sum(articles) AS articles, sum(denied) AS denied FROM (
         SELECT c.id, c.name, c.kind, c.color, count(DISTINCT an.article_id) AS articles, 0 AS denied
         FROM annotations an JOIN codes c ON c.id = an.code_id
         WHERE c.kind = 'code' AND an.status != 'rejected' AND an.article_id IN (${matching}) GROUP BY c.id
         UNION ALL
         SELECT c.id, c.name, c.kind, c.color, sum(f.denied = 0), sum(f.denied = 1)
         FROM frame_state f JOIN codes c ON c.id = f.code_id WHERE f.article_id IN (${matching}) GROUP BY c.id
       ) GROUP BY id ORDER BY articles DESC, denied DESC, name`,
    )
    .all(where.params);
  const undated = db
    .prepare(`SELECT count(*) FROM articles a WHERE ${where.sql} AND a.published_at IS NULL`)
    .pluck()
    .get(where.params);
  const days = db
    .prepare(
      `SELECT substr(a.published_at, 1, 10) AS bucket, count(*) AS articles FROM articles a
       WHERE ${where.sql} AND a.published_at IS NOT NULL GROUP BY bucket ORDER BY bucket`,
    )
    .all(where.params);
  return { outlets, speakers, entities, codes, undated, days };
}

/** How many rows one query gives that the other does not, both ways (none when they agree). */
export function rowsDiffering(db: Db, kept: string, counted: string) {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM (${kept} EXCEPT ${counted})) + (SELECT count(*) FROM (${counted} EXCEPT ${kept}))`,
    )
    .pluck()
    .get();
}

export function expectSameFacets(db: Db, filters: LibraryFilters, top = 1000) {
  const facets = libraryFacets(db, filters, top);
  const counted = countedFacets(db, filters, top);
  const label = JSON.stringify(filters);
  expect(facets.outlets, label).toEqual(counted.outlets);
  expect(facets.speakers, label).toEqual(counted.speakers);
  // Entities of one count and name may come in either order: compared by id within a count.
  const byCount = (rows: { id: number; name: string; articles: number }[]) =>
    [...rows].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name) || a.id - b.id);
  expect(byCount(facets.entities), label).toEqual(byCount(counted.entities as typeof facets.entities));
  expect(facets.codes, label).toEqual(counted.codes);
  expect(facets.undated, label).toBe(counted.undated);
  if (facets.bucket === 'day') expect(facets.dates, label).toEqual(counted.days);
}

/**
 * A project and a colleague's copy of it, in which Ada imported a late article and rejected the
 * first direct quote: a merge the kept counts must follow.
 */
export async function projectAndColleaguesCopy(dir: string): Promise<{ base: string; theirs: string }> {
  const base = await baseProject(dir);
  const late = join(dir, 'late.txt');
  writeFileSync(late, LATE_ARTICLE);
  const theirs = await coderCopy(base, dir, 'Ada', async (project) => {
    await project.invoke('import.paths', [late], { outlet: 'Valley Post' });
    const quote = project.db.prepare("SELECT id FROM quotes WHERE kind = 'direct' ORDER BY id").pluck().get();
    await project.invoke('quotes.update', quote as number, { status: 'rejected' });
  });
  return { base, theirs };
}

/**
 * The sums each frame keeps of its articles' kept rows (migration 031) that differ from a recount
 * of those rows in JavaScript, as `frame kind item entity: kept articles/quotes, recounted …`
 * lines (none when kept right). Kinds: 1 entity, 2 speaker name with its highest entity, 3 outlet,
 * 4 day, 5 frame, 6 hand code.
 */
export function frameSumsDiffering(db: Db): string[] {
  const counted = new Map<string, [number, number]>();
  const add = (key: string, quotes: number) => {
    const sum = counted.get(key) ?? [0, 0];
    counted.set(key, [sum[0] + 1, sum[1] + quotes]);
  };
  const split = (list: string) => (list === '' ? [] : list.split(',').map(Number));
  const rows = db
    .prepare('SELECT frames, entities, names, outlet_id, day_id, codes FROM article_facets')
    .all() as {
    frames: string;
    entities: string;
    names: string;
    outlet_id: number;
    day_id: number;
    codes: string;
  }[];
  for (const row of rows)
    for (const frame of split(row.frames)) {
      for (const entity of split(row.entities)) add(`${frame} 1 ${entity} 0`, 0);
      const names = split(row.names);
      for (let at = 0; at < names.length; at += 3)
        add(`${frame} 2 ${names[at]} ${names[at + 2]}`, names[at + 1]!);
      add(`${frame} 3 ${row.outlet_id} 0`, 0);
      add(`${frame} 4 ${row.day_id} 0`, 0);
      for (const other of split(row.frames)) add(`${frame} 5 ${other} 0`, 0);
      for (const code of split(row.codes)) add(`${frame} 6 ${code} 0`, 0);
    }
  const kept = new Map(
    (
      db.prepare('SELECT frame, kind, item, entity, articles, quotes FROM frame_facet_sums').all() as Record<
        string,
        number
      >[]
    )
      .filter((row) => row.articles !== 0 || row.quotes !== 0)
      .map((row) => [`${row.frame} ${row.kind} ${row.item} ${row.entity}`, [row.articles!, row.quotes!]]),
  );
  return [...new Set([...kept.keys(), ...counted.keys()])]
    .filter((key) => String(kept.get(key)) !== String(counted.get(key)))
    .map(
      (key) =>
        `${key}: kept ${kept.get(key)?.join('/') ?? '-'}, recounted ${counted.get(key)?.join('/') ?? '-'}`,
    );
}

/** Every frame's kept sums recounted, and the facets under each frame asserted and denied compared with counting. */
export function expectFrameSums(db: Db) {
  expect(frameSumsDiffering(db)).toEqual([]);
  const frames = db
    .prepare('SELECT DISTINCT code_id, denied FROM frame_state ORDER BY code_id, denied')
    .all() as {
    code_id: number;
    denied: number;
  }[];
  for (const { code_id, denied } of frames)
    for (const top of [1000, 2])
      expectSameFacets(db, denied ? { deniedCodeId: code_id } : { codeId: code_id }, top);
}

/** Counts on this connection the articles each write notes while the sums are held. */
export function watchNotes(db: Db): () => number {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS noted (article_id INTEGER);
    CREATE TEMP TRIGGER IF NOT EXISTS noted_watch AFTER INSERT ON main.frame_sums_before BEGIN
      INSERT INTO noted VALUES (NEW.article_id);
    END;`);
  return () => {
    const noted = db.prepare('SELECT count(DISTINCT article_id) FROM temp.noted').pluck().get() as number;
    db.exec('DELETE FROM temp.noted');
    return noted;
  };
}

/** Nothing is held or noted between writes. */
export function expectNothingHeld(db: Db) {
  expect(db.prepare('SELECT count(*) FROM frame_sums_held').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM frame_sums_before').pluck().get()).toBe(0);
}

/** A project of the seed article and a Brown sample, analysed with the shipped aid codebook. */
export async function analysedProject(dir: string): Promise<string> {
  const path = await baseProject(dir);
  const brown = join(dir, 'ca01.txt');
  writeFileSync(brown, brownText('ca01'));
  const engine = new Engine(path);
  try {
    await engine.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    await engine.invoke('import.paths', [SEED_PATH, brown], { outlet: 'Valley Post' });
  } finally {
    await engine.close();
  }
  return path;
}
