import type { Database } from 'better-sqlite3';
import { migrations } from './migrations/index.ts';

/** Brings a project up to `target` (default: the newest), each migration in its own transaction. */
export function migrate(db: Database, target = migrations.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
