import type { Db } from './open.ts';
import { statement } from './statements.ts';

// Whole-row reads and writes by primary key, for the edit history: an edit stores the rows it
// changed as they were before and after, and undo writes them back. Only the tables people edit
// are allowed, and column names are checked against the table's own, so no SQL is ever built
// from values.

/** The tables a correction or coding edit may change, with their primary key columns. */
export const EDITABLE_TABLES = {
  quotes: ['id'],
  annotations: ['id'],
  entities: ['id'],
  entity_aliases: ['entity_id', 'alias'],
  mentions: ['id'],
  codes: ['id'],
  coders: ['id'],
  stories: ['id'],
  story_articles: ['article_id'],
  story_exclusions: ['article_id'],
  frame_decisions: ['id'],
  // A merge of a colleague's project adds articles and codebooks, undone as one step.
  articles: ['id'],
  codebooks: ['id'],
} as const;

export type EditableTable = keyof typeof EDITABLE_TABLES;
export type RowValues = Record<string, string | number | null>;

const columnCache = new WeakMap<Db, Map<string, Set<string>>>();

function columnsOf(db: Db, table: EditableTable): Set<string> {
  let tables = columnCache.get(db);
  if (!tables) columnCache.set(db, (tables = new Map<string, Set<string>>()));
  let columns = tables.get(table);
  if (!columns) {
    const info = db.pragma(`table_info(${table})`) as { name: string }[];
    tables.set(table, (columns = new Set(info.map((column) => column.name))));
  }
  return columns;
}

function checkColumns(db: Db, table: EditableTable, names: readonly string[]): void {
  if (!(table in EDITABLE_TABLES)) throw new Error(`${table} is not a table edits may change.`);
  const known = columnsOf(db, table);
  for (const name of names) if (!known.has(name)) throw new Error(`${table} has no column ${name}.`);
}

function keyClause(table: EditableTable): string {
  return EDITABLE_TABLES[table].map((column) => `"${column}" = @key_${column}`).join(' AND ');
}

function keyParams(table: EditableTable, key: RowValues): RowValues {
  return Object.fromEntries(EDITABLE_TABLES[table].map((column) => [`key_${column}`, key[column] ?? null]));
}

/** The key of a row: its primary key columns only. */
export function rowKey(table: EditableTable, row: RowValues): RowValues {
  return Object.fromEntries(EDITABLE_TABLES[table].map((column) => [column, row[column] ?? null]));
}

export function readRow(db: Db, table: EditableTable, key: RowValues): RowValues | undefined {
  checkColumns(db, table, []);
  return statement(db, `SELECT * FROM ${table} WHERE ${keyClause(table)}`).get(keyParams(table, key)) as
    RowValues | undefined;
}

/** Inserts a row (with its id when given) and returns it as stored. */
export function insertRow(db: Db, table: EditableTable, values: RowValues): RowValues {
  const names = Object.keys(values);
  checkColumns(db, table, names);
  const result = statement(
    db,
    `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
  ).run(values);
  const keyed = (EDITABLE_TABLES[table] as readonly string[])[0] === 'id';
  const key = keyed ? { id: Number(result.lastInsertRowid) } : rowKey(table, values);
  return readRow(db, table, key)!;
}

export function updateRow(db: Db, table: EditableTable, key: RowValues, values: RowValues): void {
  const names = Object.keys(values);
  checkColumns(db, table, names);
  if (names.length === 0) return;
  statement(
    db,
    `UPDATE ${table} SET ${names.map((n) => `"${n}" = @${n}`).join(', ')} WHERE ${keyClause(table)}`,
  ).run({ ...values, ...keyParams(table, key) });
}

export function deleteRow(db: Db, table: EditableTable, key: RowValues): void {
  checkColumns(db, table, []);
  statement(db, `DELETE FROM ${table} WHERE ${keyClause(table)}`).run(keyParams(table, key));
}
