import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openProject } from '../db/open.ts';
import { importPaths } from './import/pipeline.ts';
import { analyseArticles } from './analyze/run.ts';

/** The sample article a first-time user finds in the default project. */
export const SAMPLE_ARTICLE = resolve(import.meta.dirname, '../samples/russia-italy-aid.txt');

/**
 * Creates the default project on first run, with the sample article imported and analysed, so a
 * new user opens a project with something in it. An existing project is left as it is.
 */
export async function ensureDefaultProject(path: string, sample = SAMPLE_ARTICLE): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const db = openProject(path);
  try {
    const { imported } = await importPaths(db, [sample]);
    await analyseArticles(
      db,
      imported.map((article) => article.id),
      { threads: 1 },
    );
  } finally {
    db.close();
  }
}
