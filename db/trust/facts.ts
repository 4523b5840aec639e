import Database from 'better-sqlite3';
import { ftsTables, normaliseSql, schemaObjects, type SchemaObject } from './allowlist.ts';
import { LINEAGE_KEY, parseLineage } from './lineage.ts';
import { MalformedFileError, PageReader } from './page-reader.ts';

/** What the trust check compares: the marks a file carries and everything in its schema. */
export interface FileFacts {
  applicationId: number;
  userVersion: number;
  objects: SchemaObject[];
  /** `_config` rows of an FTS5 table (its settings); asked for only once the schema matched. */
  ftsConfig: (name: string) => [string, unknown][];
  /** Problems a structural check found; looked for only where a `-wal` or journal was replayed. */
  damage: string[];
  /** The ids of the writable sessions the file has seen, newest first (see lineage.ts). */
  lineage: () => string[];
}

/** The fixed part of an SQLite header, read with a plain file read. */
export interface HeaderFacts {
  /** 1 for UTF-8. */
  encoding: number;
  /** Bytes 18 and 19: 1 and 1 for a rollback journal, 2 and 2 for write-ahead logging. */
  formatBytes: [number, number];
}

export function readHeaderFacts(path: string): HeaderFacts {
  const reader = new PageReader(path);
  try {
    return { encoding: reader.headerNumber(56), formatBytes: [reader.header[18]!, reader.header[19]!] };
  } finally {
    reader.close();
  }
}

/** Reads the facts with plain file reads: nothing about the file, or beside it, changes. */
export function readFactsFromPages<T>(path: string, use: (facts: FileFacts) => T): T {
  const reader = new PageReader(path);
  try {
    const rows = reader.tableRows(1).map(([type, name, tblName, rootpage, sql]) => {
      if (typeof type !== 'string' || typeof name !== 'string' || typeof tblName !== 'string')
        throw new MalformedFileError('its schema has a row that is not a schema entry');
      const object: SchemaObject = {
        type,
        name,
        tbl_name: tblName,
        sql: typeof sql === 'string' ? normaliseSql(sql) : null,
      };
      return { object, rootpage };
    });
    const objects = rows.map((row) => row.object).sort(bySchemaOrder);
    return use({
      applicationId: reader.headerNumber(68),
      userVersion: reader.header.readInt32BE(60),
      objects,
      ftsConfig: (name) => {
        const rootpage = rows.find((row) => row.object.name === `${name}_config`)?.rootpage;
        if (typeof rootpage !== 'number') return [];
        return reader.indexRows(rootpage, 1000).map(([k, v]) => [String(k), v]);
      },
      damage: [],
      lineage: () => {
        const rootpage = rows.find(
          (row) => row.object.name === 'meta' && row.object.type === 'table',
        )?.rootpage;
        if (typeof rootpage !== 'number') return [];
        const row = reader.tableRows(rootpage, 10_000).find(([key]) => key === LINEAGE_KEY);
        return parseLineage(row?.[1] ?? null);
      },
    });
  } finally {
    reader.close();
  }
}

/**
 * Reads the facts through SQLite: for a private copy whose `-wal` or journal SQLite has just
 * replayed, or for a file a live connection may be writing to (only SQLite's own locking gives a
 * consistent view of it; a read-only connection leaves the database as it is). With `structural`,
 * SQLite's quick_check runs too: it reads every page, so it is kept for logs of unknown origin.
 */
export function readFactsWithSqlite<T>(
  path: string,
  options: { readonly: boolean; structural: boolean },
  use: (facts: FileFacts) => T,
): T {
  const db = new Database(path, { readonly: options.readonly, fileMustExist: true, timeout: 5000 });
  try {
    db.pragma('trusted_schema = OFF');
    const objects = schemaObjects(db);
    const damage = options.structural
      ? (db.pragma('quick_check(5)') as { quick_check: string }[])
          .map((row) => row.quick_check)
          .filter((line) => line !== 'ok')
      : [];
    return use({
      applicationId: (db.pragma('application_id', { simple: true }) as number) >>> 0,
      userVersion: db.pragma('user_version', { simple: true }) as number,
      objects,
      ftsConfig: (name) =>
        ftsTables(objects).includes(name)
          ? (db.prepare(`SELECT k, v FROM "${name}_config" ORDER BY k`).raw().all() as [string, unknown][])
          : [],
      damage,
      lineage: () =>
        objects.some((o) => o.type === 'table' && o.name === 'meta')
          ? parseLineage(db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(LINEAGE_KEY) ?? null)
          : [],
    });
  } finally {
    db.close();
  }
}

function bySchemaOrder(a: SchemaObject, b: SchemaObject): number {
  return a.type < b.type ? -1 : a.type > b.type ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
