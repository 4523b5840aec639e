import type { Db } from './open.ts';
import { statement } from './statements.ts';

// Answers of costly reads (the library's facets, the project's counts) kept until the project
// changes. The project has changed when this connection has written a row since (SQLite's
// total_changes(): every edit, undo, import and analysis goes through it) or another connection
// has committed (PRAGMA data_version: a command-line import into the open project, say). Both are
// read in microseconds, so a cached answer is never a stale one.

/** Answers kept per project; the least recently used go first. */
const LIMIT = 32;

interface Cache {
  token: string;
  answers: Map<string, unknown>;
}

const caches = new WeakMap<Db, Cache>();

/** A token that differs whenever the project's rows may have changed since it was read. */
export function changeToken(db: Db): string {
  const written = statement(db, 'SELECT total_changes()').pluck().get() as number;
  const committedElsewhere = db.pragma('data_version', { simple: true }) as number;
  return `${written}:${committedElsewhere}`;
}

/** The answer `read` gave for `key` while the project has not changed since, else `read()` anew. */
export function cachedRead<T>(db: Db, key: string, read: () => T): T {
  const token = changeToken(db);
  let cache = caches.get(db);
  if (!cache || cache.token !== token) caches.set(db, (cache = { token, answers: new Map() }));
  if (cache.answers.has(key)) {
    const value = cache.answers.get(key) as T;
    cache.answers.delete(key);
    cache.answers.set(key, value);
    return value;
  }
  const value = read();
  // The read itself may write nothing, but guard against one that did: it answers for the new state.
  const after = changeToken(db);
  if (after !== cache.token) caches.set(db, (cache = { token: after, answers: new Map() }));
  cache.answers.set(key, value);
  if (cache.answers.size > LIMIT) cache.answers.delete(cache.answers.keys().next().value as string);
  return value;
}
