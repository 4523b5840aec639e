import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { AnnotationRow } from './annotations.ts';

// Reads and writes for exchanging projects with other tools (REFI-QDA): every annotation with its
// article, code and coder, and the few inserts an import makes outside the edit history.

export interface ExchangeAnnotation extends AnnotationRow {
  article_uid: string;
  codebook_key: string;
  code_key: string;
  coder_name: string | null;
}

export function exchangeAnnotations(db: Db): IterableIterator<ExchangeAnnotation> {
  return statement(
    db,
    `SELECT an.*, a.uid AS article_uid, cb.key AS codebook_key, co.key AS code_key, c.name AS coder_name
     FROM annotations an JOIN articles a ON a.id = an.article_id JOIN codes co ON co.id = an.code_id
     JOIN codebooks cb ON cb.id = co.codebook_id LEFT JOIN coders c ON c.id = an.coder_id
     ORDER BY an.article_id, an.start, an.id`,
  ).iterate() as IterableIterator<ExchangeAnnotation>;
}

export function insertCodebook(
  db: Db,
  codebook: { key: string; name: string; description: string | null },
): number {
  return Number(
    statement(db, 'INSERT INTO codebooks (key, name, description) VALUES (@key, @name, @description)').run(
      codebook,
    ).lastInsertRowid,
  );
}

/** The uids of a story's articles. */
export function storyArticleUids(db: Db, storyId: number): string[] {
  return statement(
    db,
    'SELECT a.uid FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY a.id',
  )
    .pluck()
    .all(storyId) as string[];
}

export function codebookKeys(db: Db): Set<string> {
  return new Set(statement(db, 'SELECT key FROM codebooks').pluck().all() as string[]);
}

/** What makes two codings the same one: article, code, passage, origin, coder and cue. */
export type CodingKey = {
  article_id: number;
  code_id: number;
  start: number;
  end: number;
  origin: string;
  coder_id: number | null;
  cue_start: number | null;
  cue_end: number | null;
};

/**
 * How many annotations have the same article, code, passage, origin, coder and cue: an import
 * adds a coding only when the project holds fewer such rows than the file, so importing the same
 * file twice adds nothing, while a file's own repeats (two cues in one sentence) all come in.
 */
export function countSameAnnotations(db: Db, a: CodingKey): number {
  return statement(
    db,
    `SELECT count(*) FROM annotations WHERE article_id = @article_id AND code_id = @code_id AND start = @start
     AND end = @end AND origin = @origin AND coder_id IS @coder_id AND cue_start IS @cue_start AND cue_end IS @cue_end`,
  )
    .pluck()
    .get(a) as number;
}

/** A person's article-level frame decision (a coder's or adjudicated), for the exchange file. */
export interface ExchangeDecision {
  article_uid: string;
  codebook_key: string;
  code_key: string;
  origin: 'manual' | 'adjudicated';
  coder_name: string | null;
  present: 0 | 1;
  is_primary: 0 | 1;
  denied: 0 | 1;
  salience: number | null;
  decided_at: string;
}

/** Every decision a person made (the analysis's own are made again by analysis), in the order made. */
export function exchangeDecisions(db: Db): ExchangeDecision[] {
  return statement(
    db,
    `SELECT a.uid AS article_uid, cb.key AS codebook_key, co.key AS code_key, d.origin, c.name AS coder_name,
       d.present, d.is_primary, d.denied, d.salience, d.decided_at
     FROM frame_decisions d JOIN articles a ON a.id = d.article_id JOIN codes co ON co.id = d.code_id
     JOIN codebooks cb ON cb.id = co.codebook_id LEFT JOIN coders c ON c.id = d.coder_id
     WHERE d.origin != 'auto' ORDER BY d.id`,
  ).all() as ExchangeDecision[];
}

/** Records a decision from an exchange file; false when the coder's decision there was already made. */
export function insertExchangeDecision(
  db: Db,
  d: {
    articleId: number;
    codeId: number;
    origin: 'manual' | 'adjudicated';
    coderId: number | null;
    present: boolean;
    primary: boolean;
    denied: boolean;
    salience: number | null;
    decidedAt: string;
  },
): boolean {
  const present = d.present ? 1 : 0;
  return (
    statement(
      db,
      `INSERT OR IGNORE INTO frame_decisions
         (article_id, code_id, origin, coder_id, present, is_primary, denied, salience, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      d.articleId,
      d.codeId,
      d.origin,
      d.coderId,
      present,
      present && d.primary ? 1 : 0,
      present && d.denied ? 1 : 0,
      d.salience,
      d.decidedAt,
    ).changes > 0
  );
}
