import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { Origin, ReviewStatus } from './quotes.ts';

// What agreement figures are computed from: codings of a codebook's codes, who decided what in
// which article, and quotes with the speaker analysis suggested beside the one a coder set.

export interface CodingRow {
  article_id: number;
  code_id: number;
  start: number;
  end: number;
  origin: Origin;
  status: ReviewStatus;
  coder_id: number | null;
}

export function codebookCodings(db: Db, codebookId: number): CodingRow[] {
  return statement(
    db,
    `SELECT an.article_id, an.code_id, an.start, an.end, an.origin, an.status, an.coder_id
     FROM annotations an JOIN codes c ON c.id = an.code_id
     WHERE c.codebook_id = ? AND an.adjudicated = 0 ORDER BY an.article_id, an.start`,
  ).all(codebookId) as CodingRow[];
}

/** Pairs of coder and article in which the coder made any decision: a code, a review, a quote. */
export function coderArticles(db: Db): { coder_id: number; article_id: number }[] {
  return statement(
    db,
    `SELECT coder_id, article_id FROM annotations WHERE coder_id IS NOT NULL AND adjudicated = 0
     UNION SELECT coder_id, article_id FROM quotes WHERE coder_id IS NOT NULL`,
  ).all() as { coder_id: number; article_id: number }[];
}

export function analysedArticleIds(db: Db): number[] {
  return statement(db, 'SELECT id FROM articles WHERE analyzed_at IS NOT NULL ORDER BY id')
    .pluck()
    .all() as number[];
}

export interface UnitArticleRow {
  id: number;
  text: string;
  outlet: string | null;
}

export function articlesForUnits(db: Db, ids: readonly number[]): UnitArticleRow[] {
  const select = statement(db, 'SELECT id, text, outlet FROM articles WHERE id = ?');
  return ids.map((id) => select.get(id) as UnitArticleRow | undefined).filter((row) => row !== undefined);
}

export interface SpeakerQuoteRow {
  id: number;
  article_id: number;
  start: number;
  end: number;
  origin: Origin;
  status: ReviewStatus;
  coder_id: number | null;
  speaker_entity_id: number | null;
  speaker_text: string | null;
  suggested_speaker: string | null;
  suggested_speaker_known: 0 | 1;
}

export function speakerQuotes(db: Db): SpeakerQuoteRow[] {
  return statement(
    db,
    `SELECT id, article_id, start, end, origin, status, coder_id, speaker_entity_id, speaker_text,
       suggested_speaker, suggested_speaker_known
     FROM quotes WHERE kind = 'direct' AND (origin = 'auto' OR status = 'accepted')
     ORDER BY article_id, start`,
  ).all() as SpeakerQuoteRow[];
}

/** Decisions that name no coder (made before anyone chose a name): counted, not compared. */
export function unattributedCodings(db: Db, codebookId: number): number {
  return statement(
    db,
    `SELECT count(*) FROM annotations an JOIN codes c ON c.id = an.code_id
     WHERE c.codebook_id = ? AND an.status = 'accepted' AND an.coder_id IS NULL AND an.adjudicated = 0`,
  )
    .pluck()
    .get(codebookId) as number;
}
