import type { Database } from 'better-sqlite3';
import { migrations } from './migrations/index.ts';

/**
 * How far an upgrade got: `done` of `total` within the migration that `label` describes (a sentence
 * for the person waiting, the share done in it).
 */
export type UpgradeProgress = (done: number, total: number, label: string, step?: string) => void;

/**
 * Brings a project up to `target` (default: the newest), each migration in its own transaction.
 * A migration's long fill reports how far it got through `progress`. A process that ends during a
 * migration leaves the project as the migration before left it (its transaction never commits), and
 * the next open runs that migration again from its start.
 */
export function migrate(db: Database, target = migrations.length, progress?: UpgradeProgress): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.up);
      migration.fill?.(db, (done, total) => {
        const share = total > 0 ? Math.floor((100 * done) / total) : 100;
        progress?.(
          done,
          total,
          `Upgrading this project for this version of Framescope: ${migration.filling ?? migration.name} (${share}% done). It is done once; closing Framescope meanwhile leaves the project as it was, and the upgrade starts again at the next open.`,
          migration.filling ?? migration.name,
        );
      });
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
