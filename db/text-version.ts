import type { Db } from './open.ts';
import { statement } from './statements.ts';

/**
 * A number that moves whenever an article is added or deleted or a text is edited, by any connection
 * (migration 024): results computed from the texts stay right while it stays the same.
 */
export function textVersion(db: Db): number {
  return statement(db, 'SELECT version FROM text_version WHERE id = 1').pluck().get() as number;
}
