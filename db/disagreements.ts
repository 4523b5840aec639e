import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { FrameDecisionRow } from './frame-decisions.ts';

// The adjudicated layer (migration 010): an adjudicator's decision on a unit where coders differ,
// stored as an annotation with `adjudicated = 1` over the unit: status 'accepted' says the code
// applies there, 'rejected' that it does not. It is kept apart from every coder's own coding, so
// agreement between coders is never changed by it.

export interface AdjudicatedRow {
  id: number;
  article_id: number;
  code_id: number;
  start: number;
  end: number;
  status: 'accepted' | 'rejected';
  memo: string | null;
  coder_id: number | null;
  decided_at: string | null;
}

/** Every adjudicated decision on a codebook's codes. */
export function adjudicatedRows(db: Db, codebookId: number): AdjudicatedRow[] {
  return statement(
    db,
    `SELECT an.id, an.article_id, an.code_id, an.start, an.end, an.status, an.memo, an.coder_id, an.decided_at
     FROM annotations an JOIN codes c ON c.id = an.code_id
     WHERE c.codebook_id = ? AND an.adjudicated = 1 ORDER BY an.article_id, an.start`,
  ).all(codebookId) as AdjudicatedRow[];
}

/** Ids of adjudicated decisions on a code that overlap a passage (replaced by a new decision there). */
export function adjudicatedOverlapping(
  db: Db,
  articleId: number,
  codeId: number,
  start: number,
  end: number,
): number[] {
  return statement(
    db,
    `SELECT id FROM annotations WHERE adjudicated = 1 AND article_id = ? AND code_id = ?
       AND start < ? AND end > ? ORDER BY id`,
  )
    .pluck()
    .all(articleId, codeId, end, start) as number[];
}

export interface MemoRow {
  article_id: number;
  code_id: number;
  coder_id: number;
  start: number;
  end: number;
  memo: string;
}

/** Coders' memos on a codebook's codings, to show beside the places where they differ. */
export function codingMemos(db: Db, codebookId: number): MemoRow[] {
  return statement(
    db,
    `SELECT an.article_id, an.code_id, an.coder_id, an.start, an.end, an.memo
     FROM annotations an JOIN codes c ON c.id = an.code_id
     WHERE c.codebook_id = ? AND an.adjudicated = 0 AND an.coder_id IS NOT NULL
       AND an.memo IS NOT NULL AND an.memo != '' ORDER BY an.article_id, an.start`,
  ).all(codebookId) as MemoRow[];
}

/** The adjudicated frame decision on an article, whoever made it. */
export function adjudicatedFrameDecision(
  db: Db,
  articleId: number,
  codeId: number,
): FrameDecisionRow | undefined {
  return statement(
    db,
    `SELECT * FROM frame_decisions WHERE article_id = ? AND code_id = ? AND origin = 'adjudicated' ORDER BY id LIMIT 1`,
  ).get(articleId, codeId) as FrameDecisionRow | undefined;
}
