import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { whereOf, type LibraryFilters } from '../../db/library.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import type { Db } from '../../db/open.ts';
import { LATE_ARTICLE, baseProject, coderCopy } from '../merge/support.ts';

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
