import type { Db } from './open.ts';
import { statement } from './statements.ts';

export type ReviewStatus = 'suggested' | 'accepted' | 'rejected';

/**
 * Suggestions at or above this confidence are sure enough to accept in bulk; below it (or with no
 * confidence, as for quotes stored before confidence was kept) they need a person. Set from the
 * reliability table `npm run eval` prints: most attributions at 0.9 and above are right.
 */
export const SURE_CONFIDENCE = 0.9;
export const isSure = (confidence: number | null) => confidence !== null && confidence >= SURE_CONFIDENCE;
export type Origin = 'auto' | 'manual';

export interface QuoteRow {
  id: number;
  article_id: number;
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  speaker_entity_id: number | null;
  speaker_text: string | null;
  speaker_type: 'person' | 'group' | null;
  cue: string | null;
  origin: Origin;
  status: ReviewStatus;
  coder_id: number | null;
  /** The speaker analysis suggested, kept when a person changes it (see migration 005). */
  suggested_speaker: string | null;
  suggested_speaker_known: 0 | 1;
  /** How sure analysis was of the speaker (0–1); null for quotes marked by hand or stored before it was kept. */
  confidence: number | null;
  speaker_source: 'named' | 'unnamed' | 'media' | null;
}

export type NewQuote = Omit<
  QuoteRow,
  'id' | 'origin' | 'status' | 'coder_id' | 'suggested_speaker' | 'suggested_speaker_known'
>;

export function insertQuote(db: Db, quote: NewQuote): number {
  return Number(
    statement(
      db,
      `INSERT INTO quotes (article_id, start, end, kind, speaker_entity_id, speaker_text, speaker_type, cue,
         suggested_speaker, suggested_speaker_known, confidence, speaker_source)
       VALUES (@article_id, @start, @end, @kind, @speaker_entity_id, @speaker_text, @speaker_type, @cue,
         @speaker_text, 1, @confidence, @speaker_source)`,
    ).run(quote).lastInsertRowid,
  );
}

/** Quote spans a person has reviewed or made, which re-analysis must not suggest again. */
export function reviewedQuoteSpans(db: Db, articleId: number): Set<string> {
  const rows = statement(
    db,
    `SELECT start, end FROM quotes WHERE article_id = ? AND (origin = 'manual' OR status != 'suggested')`,
  ).all(articleId) as { start: number; end: number }[];
  return new Set(rows.map((row) => `${row.start}:${row.end}`));
}

/** Forgets the suggestions analysis made for an article; reviewed and hand-made quotes stay. */
export function deleteSuggestedQuotes(db: Db, articleId: number): void {
  statement(db, "DELETE FROM quotes WHERE article_id = ? AND origin = 'auto' AND status = 'suggested'").run(
    articleId,
  );
}

export function listQuotes(db: Db, articleId: number): QuoteRow[] {
  return statement(db, 'SELECT * FROM quotes WHERE article_id = ? ORDER BY start').all(
    articleId,
  ) as QuoteRow[];
}

/** Suggested quotes of an article that are sure enough to accept in bulk, in reading order. */
export function sureSuggestedQuoteIds(db: Db, articleId: number, threshold = SURE_CONFIDENCE): number[] {
  return statement(
    db,
    `SELECT id FROM quotes WHERE article_id = ? AND status = 'suggested' AND confidence >= ? ORDER BY start`,
  )
    .pluck()
    .all(articleId, threshold) as number[];
}
