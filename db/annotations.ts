import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { Origin, ReviewStatus } from './quotes.ts';

export interface AnnotationRow {
  id: number;
  article_id: number;
  code_id: number;
  start: number;
  end: number;
  cue_start: number | null;
  cue_end: number | null;
  cue: string | null;
  negated: 0 | 1;
  memo: string | null;
  origin: Origin;
  status: ReviewStatus;
  coder_id: number | null;
  created_at: string;
  /** Frame evidence: JSON list of the sentence's cues, [{start, end, cue, negated}]. */
  cues: string | null;
  /** Frame evidence inside a quotation: the frame is its speaker's. */
  in_quote: 0 | 1;
  speaker: string | null;
  /** When a person last decided on it (coded, reviewed, wrote a memo); null for untouched suggestions. */
  decided_at: string | null;
  /** 1: an adjudicator's decision on a unit where coders differ (see db/disagreements.ts), not coding. */
  adjudicated: 0 | 1;
}

export interface NewFrameHit {
  articleId: number;
  codeId: number;
  /** The evidence sentence. */
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  cue: string;
  negated: boolean;
  createdAt: string;
}

export interface NewFrameEvidence extends NewFrameHit {
  /** Every cue the sentence holds; the first is also stored as cueStart/cueEnd/cue. */
  cues: { start: number; end: number; cue: string; negated: boolean }[];
  inQuote: boolean;
  speaker: string | null;
}

/** One evidence sentence of a frame; `negated` marks a sentence that denies the frame's claim. */
export function insertFrameEvidence(db: Db, hit: NewFrameEvidence): void {
  statement(
    db,
    `INSERT INTO annotations (article_id, code_id, start, end, cue_start, cue_end, cue, negated, created_at,
       cues, in_quote, speaker)
     VALUES (@articleId, @codeId, @start, @end, @cueStart, @cueEnd, @cue, @negated, @createdAt,
       @cues, @inQuote, @speaker)`,
  ).run({
    ...hit,
    negated: hit.negated ? 1 : 0,
    cues: JSON.stringify(hit.cues),
    inQuote: hit.inQuote ? 1 : 0,
  });
}

/** Sentences of frame evidence a person has reviewed, which re-analysis must not suggest again. */
export function reviewedFrameHits(db: Db, articleId: number): Set<string> {
  const rows = statement(
    db,
    `SELECT code_id, start, end FROM annotations
     WHERE article_id = ? AND origin = 'auto' AND status != 'suggested'`,
  ).all(articleId) as { code_id: number; start: number; end: number }[];
  return new Set(rows.map((row) => `${row.code_id}:${row.start}:${row.end}`));
}

/** Forgets the frame hits analysis suggested for an article; reviewed ones and hand coding stay. */
export function deleteSuggestedFrameHits(db: Db, articleId: number): void {
  statement(
    db,
    "DELETE FROM annotations WHERE article_id = ? AND origin = 'auto' AND status = 'suggested'",
  ).run(articleId);
}

/** An article's annotations as the reader shows them: the adjudicated layer is shown apart, in Disagreements. */
export function listAnnotations(db: Db, articleId: number): AnnotationRow[] {
  return statement(
    db,
    'SELECT * FROM annotations WHERE article_id = ? AND adjudicated = 0 ORDER BY start',
  ).all(articleId) as AnnotationRow[];
}

/** Ids of every annotation of a code, for keeping them in the history when the code is deleted. */
export function annotationIdsOf(db: Db, codeId: number): number[] {
  return statement(db, 'SELECT id FROM annotations WHERE code_id = ? ORDER BY id')
    .pluck()
    .all(codeId) as number[];
}

export interface CodeUse {
  code_id: number;
  accepted: number;
  suggested: number;
  rejected: number;
  articles: number;
}

/** How often each code is used: annotations by review status, and articles with one not rejected. */
export function codeUse(db: Db): CodeUse[] {
  return statement(
    db,
    // Kept by triggers on annotations (migration 011), so the codebook lists in a row per code.
    `SELECT code_id, accepted, suggested, rejected, articles FROM code_use
     WHERE accepted + suggested + rejected > 0`,
  ).all() as CodeUse[];
}
