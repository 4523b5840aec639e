import type { Db } from './open.ts';
import { statement } from './statements.ts';

// Article-level frame decisions (migration 005): the machine's suggestion, each coder's decision and an
// adjudicated one are rows of the same shape; `effective_frame_decisions` picks the one that counts.

export type DecisionOrigin = 'auto' | 'manual' | 'adjudicated';

export interface FrameDecisionRow {
  id: number;
  article_id: number;
  code_id: number;
  origin: DecisionOrigin;
  coder_id: number | null;
  present: 0 | 1;
  is_primary: 0 | 1;
  denied: 0 | 1;
  salience: number | null;
  decided_at: string;
}

export interface NewMachineDecision {
  articleId: number;
  codeId: number;
  present: boolean;
  primary: boolean;
  denied: boolean;
  salience: number;
  decidedAt: string;
}

/** Forgets the machine's decisions on an article (before storing new ones); people's decisions stay. */
export function deleteMachineDecisions(db: Db, articleId: number, codeIds?: readonly number[]): void {
  statement(
    db,
    `DELETE FROM frame_decisions WHERE article_id = @articleId AND origin = 'auto'
       AND (@codeIds IS NULL OR code_id IN (SELECT value FROM json_each(@codeIds)))`,
  ).run({ articleId, codeIds: codeIds ? JSON.stringify(codeIds) : null });
}

export function insertMachineDecision(db: Db, d: NewMachineDecision): void {
  statement(
    db,
    `INSERT INTO frame_decisions (article_id, code_id, origin, present, is_primary, denied, salience, decided_at)
     VALUES (@articleId, @codeId, 'auto', @present, @primary, @denied, @salience, @decidedAt)`,
  ).run({
    ...d,
    present: d.present ? 1 : 0,
    primary: d.primary && d.present ? 1 : 0,
    denied: d.denied && d.present ? 1 : 0,
  });
}

/** Every decision row of an article (machine, coders, adjudicated), oldest first. */
export function listDecisionRows(db: Db, articleId: number): FrameDecisionRow[] {
  return statement(db, 'SELECT * FROM frame_decisions WHERE article_id = ? ORDER BY id').all(
    articleId,
  ) as FrameDecisionRow[];
}

/** A coder's own decision on one frame of one article, if they made one. */
export function coderDecision(
  db: Db,
  articleId: number,
  codeId: number,
  coderId: number | null,
): FrameDecisionRow | undefined {
  return statement(
    db,
    `SELECT * FROM frame_decisions WHERE article_id = ? AND code_id = ? AND origin = 'manual'
       AND ifnull(coder_id, 0) = ifnull(?, 0)`,
  ).get(articleId, codeId, coderId) as FrameDecisionRow | undefined;
}

export interface EffectiveDecision extends FrameDecisionRow {
  key: string;
  name: string;
  color: string | null;
  codebook_id: number;
}

/** The decisions that count for an article (adjudicated, else a coder's, else the machine's), codebook order. */
export function effectiveDecisions(db: Db, articleId: number): EffectiveDecision[] {
  return statement(
    db,
    `SELECT d.*, c.key, c.name, c.color, c.codebook_id FROM effective_frame_decisions d
     JOIN codes c ON c.id = d.code_id WHERE d.article_id = ? ORDER BY c.codebook_id, c.id`,
  ).all(articleId) as EffectiveDecision[];
}

export interface ArticleFrameState {
  article_id: number;
  code_id: number;
  name: string;
  color: string | null;
  denied: 0 | 1;
  is_primary: 0 | 1;
  salience: number | null;
}

/** The frames present (asserted or denied) in each of these articles, by the decisions that count. */
export function presentFrames(db: Db, ids: readonly number[]): ArticleFrameState[] {
  return statement(
    db,
    `SELECT d.article_id, d.code_id, c.name, c.color, d.denied, d.is_primary, d.salience
     FROM effective_frame_decisions d JOIN codes c ON c.id = d.code_id
     WHERE d.article_id IN (SELECT value FROM json_each(?)) AND d.present = 1
     ORDER BY d.article_id, d.denied, d.is_primary DESC, d.salience DESC, c.id`,
  ).all(JSON.stringify(ids)) as ArticleFrameState[];
}
