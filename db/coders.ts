import type { Db } from './open.ts';
import { statement } from './statements.ts';

export interface CoderRow {
  id: number;
  name: string;
}

export function listCoders(db: Db): CoderRow[] {
  return statement(db, 'SELECT id, name FROM coders ORDER BY name COLLATE NOCASE').all() as CoderRow[];
}

export function getCoder(db: Db, id: number): CoderRow | undefined {
  return statement(db, 'SELECT id, name FROM coders WHERE id = ?').get(id) as CoderRow | undefined;
}

/** The coder of this name, added when new. */
export function ensureCoder(db: Db, name: string): CoderRow {
  statement(db, 'INSERT OR IGNORE INTO coders (name, uid) VALUES (?, lower(hex(randomblob(16))))').run(name);
  return statement(db, 'SELECT id, name FROM coders WHERE name = ?').get(name) as CoderRow;
}
