import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { liveRows } from './learned-generation.ts';

// Issue 9, bulk review of frame evidence: the suggested evidence sentences of articles where the
// model learned from the coders' decisions finds the frame at least this likely (the last run's
// probability: a stored proposal's, or the one kept beside the proposals, migrations 016 and 028),
// which a coder may accept in one action. A person's decision is never overridden: evidence of a
// frame a person (a coder or an adjudicator) has decided in that article is left alone, whatever
// they decided, and so is evidence that denies the frame (the model speaks of the frame asserted,
// not of a denial).

/** Which evidence: one article (every frame), one frame (every article), or one frame in one article. */
export interface LikelyScope {
  articleId?: number;
  codeId?: number;
  /** The learned probability the frame must reach in the article (0–1). */
  threshold: number;
}

export interface LikelyEvidenceRow {
  id: number;
  article_id: number;
  code_id: number;
}

/** The suggested evidence in scope whose frame the learned model finds at least `threshold` likely. */
export function likelyEvidence(db: Db, scope: LikelyScope): LikelyEvidenceRow[] {
  // Only the filters the scope names: an "@x IS NULL OR …" filter would keep SQLite off the index.
  const within = [
    scope.articleId === undefined ? '' : 'AND article_id = @articleId',
    scope.codeId === undefined ? '' : 'AND code_id = @codeId',
  ].join(' ');
  return statement(
    db,
    `WITH learned AS (
       SELECT article_id, code_id, probability FROM learned_proposals p
       WHERE probability >= @threshold AND ${liveRows('p')} ${within}
       UNION ALL
       SELECT article_id, code_id, probability FROM learned_scores s
       WHERE probability >= @threshold AND ${liveRows('s')} ${within}
     )
     SELECT a.id, a.article_id, a.code_id FROM learned l
     JOIN annotations a INDEXED BY annotations_article_code
       ON a.article_id = l.article_id AND a.code_id = l.code_id AND a.status = 'suggested'
     JOIN codes c ON c.id = a.code_id AND c.kind = 'frame'
     WHERE a.negated = 0 AND a.origin != 'manual'
       AND NOT EXISTS (
         SELECT 1 FROM frame_decisions d
         WHERE d.article_id = a.article_id AND d.code_id = a.code_id AND d.origin != 'auto')
     ORDER BY a.article_id, a.start, a.id`,
  ).all({
    threshold: scope.threshold,
    ...(scope.articleId === undefined ? {} : { articleId: scope.articleId }),
    ...(scope.codeId === undefined ? {} : { codeId: scope.codeId }),
  }) as LikelyEvidenceRow[];
}
