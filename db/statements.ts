import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

const caches = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, prepared once per connection: hot paths (import, search) call this per row. */
export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Statement>()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
