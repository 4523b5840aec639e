import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3, ...: the `PRAGMA user_version` the file has once this migration ran. */
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
  /**
   * Long work after `up`, in the same transaction, that says how far it got (`done` of `total`):
   * filling what `up` made from a large project's rows.
   */
  fill?: (db: Database, progress: (done: number, total: number) => void) => void;
  /** What `fill` does, in words for the person waiting ("Adding up …"). */
  filling?: string;
}
