import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * Each writable session of a project adds a random id to a short list in `meta`, newest first.
 * A `-wal` holds work of sessions that continue the file's list; one from another file (even a
 * copy that forked from it, where the pages may fit) continues another list. See verify.ts.
 */
export const LINEAGE_KEY = 'lineage';
const KEPT = 16;

export function extendLineage(db: Database): void {
  db.transaction(() => {
    const stored = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(LINEAGE_KEY) as
      string | undefined;
    const chain = [randomBytes(8).toString('hex'), ...parseLineage(stored ?? null)].slice(0, KEPT);
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(LINEAGE_KEY, JSON.stringify(chain));
  })();
}

/** The list stored in `meta`, or [] when there is none (a project older than the list) or it is not one. */
export function parseLineage(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : [];
  } catch {
    return [];
  }
}
