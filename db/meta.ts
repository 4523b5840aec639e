import type { Db } from './open.ts';
import { statement } from './statements.ts';

/**
 * A project setting stored as JSON in the meta table, or `fallback` when it is not set, is not
 * JSON, or is not what `accept` expects: a project file may come from anyone, and a crafted value
 * (an object for a name, a megabyte of control characters) must not reach the window.
 */
export function getSetting<T>(db: Db, key: string, fallback: T, accept: (value: unknown) => value is T): T {
  const stored = statement(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(key);
  if (typeof stored !== 'string') return fallback;
  try {
    const value = JSON.parse(stored) as unknown;
    return accept(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function setSetting(db: Db, key: string, value: unknown): void {
  statement(
    db,
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

/** A short line of text: a name as a person would give one. */
export function isShortText(value: unknown, maxLength = 200): value is string {
  return (
    typeof value === 'string' &&
    value.trim().length > 0 &&
    value.length <= maxLength &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(value)
  );
}
