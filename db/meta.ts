import type { Db } from './open.ts';
import { statement } from './statements.ts';

/** A project setting stored as JSON in the meta table, or `fallback` when it is not set. */
export function getSetting<T>(db: Db, key: string, fallback: T): T {
  const value = statement(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
  return value === undefined ? fallback : (JSON.parse(value) as T);
}

export function setSetting(db: Db, key: string, value: unknown): void {
  statement(
    db,
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
