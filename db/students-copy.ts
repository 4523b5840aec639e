import Database from 'better-sqlite3';
import type { Db } from './open.ts';

// A copy of a project for students (issue 11): the key coder's decisions are taken out so that
// students code the same articles without seeing the answers. Written as VACUUM INTO a temporary
// file, emptied of the key's rows with secure_delete on and vacuumed again (so nothing deleted
// lingers in free pages), checked with integrity_check; the caller renames it into place.

export interface RemovedDecisions {
  codings: number;
  quotes: number;
  frameDecisions: number;
  adjudicated: number;
}

/** Writes a consistent snapshot of the open project to `path` (which must not exist). */
export function vacuumInto(db: Db, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}

/**
 * Opens the snapshot at `path`, takes out the key coder's decisions and the adjudicated layer (the
 * answers), the edit history (which holds them too), and checks the result. Throws on a failed check.
 */
export function stripKeyDecisions(path: string, keyCoderId: number): RemovedDecisions {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('trusted_schema = OFF');
    copy.pragma('foreign_keys = ON');
    copy.pragma('journal_mode = DELETE');
    copy.pragma('secure_delete = ON');
    const removed = copy.transaction(() => {
      const adjudicated =
        copy.prepare('DELETE FROM annotations WHERE adjudicated = 1').run().changes +
        copy.prepare("DELETE FROM frame_decisions WHERE origin = 'adjudicated'").run().changes;
      const codings =
        copy.prepare("DELETE FROM annotations WHERE coder_id = ? AND origin = 'manual'").run(keyCoderId)
          .changes +
        copy
          .prepare(
            `UPDATE annotations SET status = 'suggested', coder_id = NULL, memo = NULL, decided_at = NULL
             WHERE coder_id = ? AND origin = 'auto'`,
          )
          .run(keyCoderId).changes;
      const quotes =
        copy.prepare("DELETE FROM quotes WHERE coder_id = ? AND origin = 'manual'").run(keyCoderId).changes +
        copy
          .prepare(
            `UPDATE quotes SET status = 'suggested', coder_id = NULL, decided_at = NULL,
               speaker_text = CASE WHEN suggested_speaker_known = 1 THEN suggested_speaker ELSE speaker_text END,
               speaker_entity_id = CASE WHEN suggested_speaker_known = 1 AND suggested_speaker IS NOT speaker_text
                 THEN NULL ELSE speaker_entity_id END
             WHERE coder_id = ? AND origin = 'auto'`,
          )
          .run(keyCoderId).changes;
      const frameDecisions = copy
        .prepare("DELETE FROM frame_decisions WHERE coder_id = ? AND origin = 'manual'")
        .run(keyCoderId).changes;
      copy
        .prepare('UPDATE entities SET coder_id = NULL, decided_at = NULL WHERE coder_id = ?')
        .run(keyCoderId);
      copy.prepare('DELETE FROM edits').run();
      return { codings, quotes, frameDecisions, adjudicated };
    })();
    copy.exec('VACUUM');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check (${String(check)})`);
    return removed;
  } finally {
    copy.close();
  }
}
