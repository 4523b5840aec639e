import Database from 'better-sqlite3';
import { migrate } from '../migrate.ts';
import { latestVersion } from '../migrations/index.ts';

/** One row of `sqlite_schema`, as the trust check compares it. */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  /** Whitespace outside quotes collapsed; null for SQLite's own indexes of UNIQUE and PRIMARY KEY. */
  sql: string | null;
}

/** What a project file of one schema version holds besides its data. */
export interface ExpectedSchema {
  version: number;
  objects: readonly SchemaObject[];
  /** Rows of each FTS5 table's `_config` shadow table, by table name: FTS5 settings live there. */
  ftsConfig: ReadonlyMap<string, readonly (readonly [string, unknown])[]>;
}

const cache = new Map<number, ExpectedSchema>();

/**
 * The one allowlist: exactly the tables, indexes, triggers and views (with their SQL) that the
 * migrations up to `version` create, read back from a database the migrations just built in
 * memory. Migrations added later are covered without touching this file.
 */
export function expectedSchema(version: number): ExpectedSchema {
  if (!Number.isInteger(version) || version < 0 || version > latestVersion)
    throw new RangeError(`There is no schema version ${version}.`);
  let schema = cache.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    try {
      migrate(db, version);
      const objects = schemaObjects(db);
      const ftsConfig = new Map(
        ftsTables(objects).map((name) => [
          name,
          (db.prepare(`SELECT k, v FROM "${name}_config" ORDER BY k`).raw().all() as [string, unknown][]).map(
            ([k, v]) => [k, v] as const,
          ),
        ]),
      );
      schema = { version, objects, ftsConfig };
    } finally {
      db.close();
    }
    cache.set(version, schema);
  }
  return schema;
}

/** The schema rows of an open database, normalised for comparison, in a stable order. */
export function schemaObjects(db: Database.Database): SchemaObject[] {
  const rows = db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name')
    .all() as SchemaObject[];
  return rows.map((row) => ({ ...row, sql: row.sql === null ? null : normaliseSql(row.sql) }));
}

/** Names of the FTS5 virtual tables among schema objects. */
export function ftsTables(objects: readonly SchemaObject[]): string[] {
  return objects
    .filter(
      (o) => o.type === 'table' && o.sql !== null && /^CREATE VIRTUAL TABLE \S+ USING fts5\b/i.test(o.sql),
    )
    .map((o) => o.name);
}

/**
 * Collapses runs of whitespace outside string literals and quoted names, so that a migration
 * re-indented later still matches files made before; everything else must match exactly.
 */
export function normaliseSql(sql: string): string {
  let out = '';
  let quote: string | null = null;
  let pendingSpace = false;
  for (const char of sql) {
    if (quote) {
      out += char;
      if (char === quote) quote = null;
      continue;
    }
    if (/\s/.test(char)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out.length > 0) out += ' ';
    pendingSpace = false;
    out += char;
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '[') quote = ']';
  }
  return out;
}
