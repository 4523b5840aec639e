import type { Db } from './open.ts';

// A copy of a project for students (issue 11): the key coder's decisions are taken out so that
// students code the same articles without seeing the answers.

export interface RemovedDecisions {
  codings: number;
  quotes: number;
  frameDecisions: number;
  adjudicated: number;
}

/**
 * Takes the key coder's decisions and the adjudicated layer (the answers) out of a fresh copy of a
 * project, with the edit history (which holds them too). A step of `writeSnapshot`, which then
 * vacuums the copy (so nothing deleted lingers in free pages), checks it and moves it into place.
 */
export function stripKeyDecisions(copy: Db, keyCoderId: number): RemovedDecisions {
  copy.pragma('secure_delete = ON');
  return copy.transaction(() => {
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
    copy.prepare('UPDATE entities SET coder_id = NULL, decided_at = NULL WHERE coder_id = ?').run(keyCoderId);
    copy.prepare('DELETE FROM edits').run();
    // A model learned from the answers proposes them again: its proposals go with them.
    copy.prepare('DELETE FROM learned_proposals').run();
    copy.prepare('DELETE FROM learn_runs').run();
    copy.prepare('DELETE FROM learned_scores').run();
    return { codings, quotes, frameDecisions, adjudicated };
  })();
}
