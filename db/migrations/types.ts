export interface Migration {
  /** 1, 2, 3, ...: the `PRAGMA user_version` the file has once this migration ran. */
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
}
