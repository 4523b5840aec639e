import type { Db } from './open.ts';
import { statement } from './statements.ts';

/**
 * A number that moves whenever an article is added or deleted or a text is edited, by any connection
 * (migration 024): results computed from the texts stay right while it stays the same.
 */
export function textVersion(db: Db): number {
  return statement(db, 'SELECT version FROM text_version WHERE id = 1').pluck().get() as number;
}

/**
 * The articles added, deleted or given a new text after version `since`, up to `version`, in id order
 * (migration 030's log); null when the log no longer holds every one of those changes.
 */
export function changedArticles(db: Db, since: number, version: number): number[] | null {
  const logged = statement(db, 'SELECT count(*) FROM text_changes WHERE version > ? AND version <= ?')
    .pluck()
    .get(since, version) as number;
  if (logged !== version - since) return null;
  return statement(
    db,
    'SELECT DISTINCT article_id FROM text_changes WHERE version > ? AND version <= ? ORDER BY article_id',
  )
    .pluck()
    .all(since, version) as number[];
}
