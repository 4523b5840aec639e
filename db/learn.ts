import type { Db } from './open.ts';
import { statement } from './statements.ts';

// What the frame classifier learns from (issue 9, "Learn from the scholar"): a person's decisions
// on a codebook's frames, per article, and what frame detection found there. Read only.

export interface PersonDecisionRow {
  article_id: number;
  code_id: number;
  present: 0 | 1;
  denied: 0 | 1;
}

/** Per article and frame of the codebook, the person's decision that counts: adjudicated, else the latest coder's. */
export function personDecisions(db: Db, codebookId: number): PersonDecisionRow[] {
  return statement(
    db,
    `SELECT d.article_id, d.code_id, d.present, d.denied FROM frame_decisions d
     JOIN codes c ON c.id = d.code_id
     WHERE c.codebook_id = ? AND c.kind = 'frame' AND d.origin != 'auto' AND d.id = (
       SELECT e.id FROM frame_decisions e
       WHERE e.article_id = d.article_id AND e.code_id = d.code_id AND e.origin != 'auto'
       ORDER BY CASE e.origin WHEN 'adjudicated' THEN 0 ELSE 1 END, e.decided_at DESC, e.id DESC
       LIMIT 1)
     ORDER BY d.article_id, d.code_id`,
  ).all(codebookId) as PersonDecisionRow[];
}

export interface ReviewedEvidenceRow {
  article_id: number;
  code_id: number;
  /** A person accepted a suggested evidence sentence or coded one by hand. */
  kept: 0 | 1;
  /** A person rejected every evidence sentence of the frame in the article. */
  rejected: 0 | 1;
}

/** Per article and frame, whether people kept any of its evidence or rejected all of it (else no row). */
export function reviewedEvidence(db: Db, codebookId: number): ReviewedEvidenceRow[] {
  return statement(
    db,
    `SELECT an.article_id, an.code_id,
       max((an.origin = 'manual' AND an.status != 'rejected') OR an.status = 'accepted') AS kept,
       min(an.status = 'rejected') AS rejected
     FROM annotations an JOIN codes c ON c.id = an.code_id
     WHERE c.codebook_id = ? AND c.kind = 'frame'
     GROUP BY an.article_id, an.code_id
     HAVING kept = 1 OR rejected = 1
     ORDER BY an.article_id, an.code_id`,
  ).all(codebookId) as ReviewedEvidenceRow[];
}

export interface MachineCueRow {
  article_id: number;
  key: string;
  cue: string | null;
  negated: 0 | 1;
  /** JSON [{start, end, cue, negated}] of every cue in the sentence. */
  cues: string | null;
}

/** The evidence frame detection suggested for the codebook's frames, whatever people made of it since. */
export function machineCues(db: Db, codebookId: number): MachineCueRow[] {
  return statement(
    db,
    `SELECT an.article_id, c.key, an.cue, an.negated, an.cues FROM annotations an
     JOIN codes c ON c.id = an.code_id
     WHERE c.codebook_id = ? AND c.kind = 'frame' AND an.origin = 'auto'
     ORDER BY an.article_id, an.start`,
  ).all(codebookId) as MachineCueRow[];
}

/** The analysis's own article-level decisions on the codebook's frames (present or not). */
export function machineDecisions(
  db: Db,
  codebookId: number,
): { article_id: number; code_id: number; present: 0 | 1 }[] {
  return statement(
    db,
    `SELECT d.article_id, d.code_id, d.present FROM frame_decisions d JOIN codes c ON c.id = d.code_id
     WHERE c.codebook_id = ? AND d.origin = 'auto'`,
  ).all(codebookId) as { article_id: number; code_id: number; present: 0 | 1 }[];
}

export interface LearnArticleRow {
  id: number;
  title: string | null;
  outlet: string | null;
  text: string;
}

/** Every article, for reading its features: one pass, in id order. */
export function learnArticles(db: Db): IterableIterator<LearnArticleRow> {
  return statement(
    db,
    'SELECT id, title, outlet, text FROM articles ORDER BY id',
  ).iterate() as IterableIterator<LearnArticleRow>;
}

/**
 * Changes whenever what the classifier reads for a codebook changes: articles added or removed, or
 * frame detection run again (new suggestions get new ids). Reviews do not change it.
 */
export function featuresStamp(db: Db, codebookId: number): string {
  const row = statement(
    db,
    `SELECT (SELECT count(*) || ':' || ifnull(max(id), 0) FROM articles) AS articles,
       (SELECT count(*) || ':' || ifnull(max(an.id), 0) FROM annotations an JOIN codes c ON c.id = an.code_id
        WHERE c.codebook_id = ? AND an.origin = 'auto') AS cues`,
  ).get(codebookId) as { articles: string; cues: string };
  return `${row.articles}/${row.cues}`;
}
