import { Engine } from '../../core/engine/engine.ts';
import { openProject } from '../../db/open.ts';
import { SEED_PATH } from './temp.ts';

/** SQL expressions over `id` for the columns of the articles written in bulk. */
export interface BulkColumns {
  title: string;
  publishedAt: string;
  text: string;
  words: number;
}

/**
 * A large project made fast: the seed article imported and analysed, then articles 2 to `last`
 * written straight into SQLite (no analysis), each in one of seven outlets.
 */
export async function seedAndBulk(path: string, last: number, columns: BulkColumns): Promise<void> {
  const engine = new Engine(path);
  await engine.invoke('import.paths', [SEED_PATH]);
  await engine.close();
  const db = openProject(path);
  try {
    db.prepare(
      `WITH RECURSIVE n(id) AS (SELECT 2 UNION ALL SELECT id + 1 FROM n WHERE id < ?)
       INSERT INTO articles (id, uid, content_hash, title, outlet, published_at, text, source_format, imported_at, word_count)
       SELECT id, 'bulk-' || id, 'bulk-' || id, ${columns.title}, 'Outlet ' || (id % 7), ${columns.publishedAt},
         ${columns.text}, 'text', '2020-04-01T00:00:00Z', ${columns.words} FROM n`,
    ).run(last);
  } finally {
    db.close();
  }
}
