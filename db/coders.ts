import type { Db } from './open.ts';
import { statement } from './statements.ts';

/** What a coder is to the project; null where nobody said (a coder). */
export type CoderRole = 'coder' | 'adjudicator' | 'key';
export const CODER_ROLES: readonly CoderRole[] = ['coder', 'adjudicator', 'key'];

export interface CoderRow {
  id: number;
  name: string;
  role: CoderRole | null;
}

export function listCoders(db: Db): CoderRow[] {
  return statement(db, 'SELECT id, name, role FROM coders ORDER BY name COLLATE NOCASE').all() as CoderRow[];
}

export function getCoder(db: Db, id: number): CoderRow | undefined {
  return statement(db, 'SELECT id, name, role FROM coders WHERE id = ?').get(id) as CoderRow | undefined;
}

export function getCoderByName(db: Db, name: string): CoderRow | undefined {
  return statement(db, 'SELECT id, name, role FROM coders WHERE name = ? COLLATE NOCASE').get(name.trim()) as
    CoderRow | undefined;
}

/** The coder of this name, added when new. */
export function ensureCoder(db: Db, name: string): CoderRow {
  statement(db, 'INSERT OR IGNORE INTO coders (name, uid) VALUES (?, lower(hex(randomblob(16))))').run(name);
  return statement(db, 'SELECT id, name, role FROM coders WHERE name = ?').get(name) as CoderRow;
}

/** Ids of the coders with this role. */
export function coderIdsWithRole(db: Db, role: CoderRole): number[] {
  return statement(db, 'SELECT id FROM coders WHERE role = ? ORDER BY id').pluck().all(role) as number[];
}
