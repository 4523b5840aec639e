import type { RowValues } from '../../db/rows.ts';

// Rows of the other file as a merge reads, compares and copies them.

type Row = RowValues;

/** What a person decided on a quote; the rest is analysis. */
export const QUOTE_DECISION = ['origin', 'status', 'speaker_text', 'speaker_type'];
export const FRAME_DECISION = ['present', 'is_primary', 'denied', 'salience'];

/** A row a person made or decided, as opposed to a machine suggestion nobody has looked at. */
export function isDecided(row: Row): boolean {
  return row.origin !== 'auto' || row.status !== 'suggested';
}

export function pick(row: Row, columns: readonly string[]): Row {
  return Object.fromEntries(columns.map((column) => [column, row[column] ?? null]));
}

export function without(row: Row, ...columns: string[]): Row {
  const copy = { ...row };
  for (const column of columns) delete copy[column];
  return copy;
}

export function describe(row: Row, fields: readonly string[]): string {
  return fields
    .map(
      (field) => `${field.replace('_', ' ')} ${row[field] === null ? '(none)' : JSON.stringify(row[field])}`,
    )
    .join(', ');
}
