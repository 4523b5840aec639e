import { join } from 'node:path';
import { openProject, type Db } from '../../db/open.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { ensureBuiltInCodebook } from '../../core/analyze/codebooks.ts';
import { RUSSIA_ITALY_AID } from '../../nlp/frames/index.ts';
import { ARTICLES, articlesJsonl } from './fixture.ts';

/** A project holding the fixture's articles, imported and analysed; ids by title. */
export async function fixtureProject(temp: {
  dir: () => string;
  file: (name: string, content: string) => string;
}): Promise<{ db: Db; idOf: (title: string) => number; ids: number[] }> {
  const db = openProject(join(temp.dir(), 'compare.sqlite'));
  // The event's own codebook applies to every article of this project.
  ensureBuiltInCodebook(db, RUSSIA_ITALY_AID);
  const { imported, failures } = await importPaths(db, [temp.file('coverage.jsonl', articlesJsonl())]);
  if (failures.length > 0 || imported.length !== ARTICLES.length)
    throw new Error(`the fixture did not import: ${JSON.stringify(failures)}`);
  const ids = imported.map((article) => article.id);
  await analyseArticles(db, ids, { threads: 1 });
  const byTitle = new Map(
    (db.prepare('SELECT id, title FROM articles').all() as { id: number; title: string }[]).map((row) => [
      row.title,
      row.id,
    ]),
  );
  return { db, ids, idOf: (title) => byTitle.get(title)! };
}
