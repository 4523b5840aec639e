import type { Db } from './open.ts';
import { statement } from './statements.ts';

export interface CodeRow {
  id: number;
  codebook_id: number;
  key: string;
  kind: 'frame' | 'code';
  name: string;
  description: string | null;
  color: string | null;
  /** JSON array of cue patterns. */
  cues: string;
  parent_id: number | null;
  /** The cues (JSON) last taken from a shipped codebook; null when not known (see migration 023). */
  shipped_cues: string | null;
}

export interface CodebookRow {
  id: number;
  key: string;
  name: string;
  description: string | null;
}

export interface NewCode {
  key: string;
  kind: 'frame' | 'code';
  name: string;
  description: string | null;
  color: string | null;
  cues: string[];
  /** A code copied from a shipped codebook remembers these cues as the shipped ones. */
  shipped?: boolean;
}

/**
 * Adds a codebook with its codes unless the project has one with that key already; returns its id.
 * A project keeps its own copy, so a user's edits to it are never overwritten by a newer shipped one.
 */
export function ensureCodebook(
  db: Db,
  codebook: { key: string; name: string; description: string | null },
  codes: readonly NewCode[],
): number {
  return db.transaction(() => {
    const existing = statement(db, 'SELECT id FROM codebooks WHERE key = ?').pluck().get(codebook.key) as
      number | undefined;
    if (existing !== undefined) return existing;
    const id = Number(
      statement(db, 'INSERT INTO codebooks (key, name, description) VALUES (@key, @name, @description)').run(
        codebook,
      ).lastInsertRowid,
    );
    const insert = statement(
      db,
      `INSERT INTO codes (codebook_id, key, kind, name, description, color, cues, shipped_cues)
       VALUES (@codebookId, @key, @kind, @name, @description, @color, @cues, @shippedCues)`,
    );
    for (const { shipped, ...code } of codes) {
      const cues = JSON.stringify(code.cues);
      insert.run({ ...code, codebookId: id, cues, shippedCues: shipped ? cues : null });
    }
    return id;
  })();
}

export function listCodebooks(db: Db): CodebookRow[] {
  return statement(db, 'SELECT id, key, name, description FROM codebooks ORDER BY id').all() as CodebookRow[];
}

export function listCodes(db: Db, codebookId?: number): CodeRow[] {
  return statement(
    db,
    'SELECT * FROM codes WHERE @codebookId IS NULL OR codebook_id = @codebookId ORDER BY codebook_id, id',
  ).all({ codebookId: codebookId ?? null }) as CodeRow[];
}

export function getCode(db: Db, id: number): CodeRow | undefined {
  return statement(db, 'SELECT * FROM codes WHERE id = ?').get(id) as CodeRow | undefined;
}

export function getCodebook(db: Db, id: number): CodebookRow | undefined {
  return statement(db, 'SELECT id, key, name, description FROM codebooks WHERE id = ?').get(id) as
    CodebookRow | undefined;
}

/** Keys already used in a codebook, for giving a new code a key of its own. */
export function codeKeys(db: Db, codebookId: number): Set<string> {
  return new Set(
    statement(db, 'SELECT key FROM codes WHERE codebook_id = ?').pluck().all(codebookId) as string[],
  );
}

/** Each codebook's scope (JSON, see core/analyze/scope.ts), by codebook key. */
export function codebookScopeRows(db: Db): { key: string; scope: string }[] {
  return statement(db, 'SELECT key, scope FROM codebooks ORDER BY id').all() as {
    key: string;
    scope: string;
  }[];
}

export function setCodebookScopeJson(db: Db, id: number, scope: string): void {
  statement(db, 'UPDATE codebooks SET scope = ? WHERE id = ?').run(scope, id);
}
