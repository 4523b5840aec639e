import { z } from 'zod';
import { getArticle } from '../../../db/articles.ts';
import { getCode } from '../../../db/codes.ts';
import { getCoder } from '../../../db/coders.ts';
import { likelyEvidence, type LikelyEvidenceRow } from '../../../db/likely-evidence.ts';
import type { Session } from '../session.ts';
import { EngineError, notFound } from '../errors.ts';
import { id } from '../schemas.ts';

// Issue 9: bulk accept of frame evidence the learned model is sure of, as the Reader's bar accepts
// the quotes analysis is sure of. `frames.likely` counts what would be accepted (shown before), and
// `frames.acceptLikely` accepts it in one edit that one undo takes back, recorded with the coder.

/** The learned probability a frame must reach for its evidence to be accepted in bulk, unless the coder says otherwise. */
export const LIKELY_THRESHOLD = 0.9;

const scopeFields = {
  /** One article's evidence (every frame, unless codeId names one). */
  articleId: id.optional(),
  /** One frame's evidence (every article, unless articleId names one). */
  codeId: id.optional(),
  /** The learned probability of the frame in the article, 0.5 to 1; default LIKELY_THRESHOLD (0.9). */
  threshold: z.number().min(0.5).max(1).optional(),
};
const namesAScope = [
  (scope: { articleId?: number; codeId?: number }) =>
    scope.articleId !== undefined || scope.codeId !== undefined,
  { message: 'name an article (articleId), a frame (codeId) or both' },
] as const;

export const likelyScope = z.strictObject(scopeFields).refine(...namesAScope);
export type LikelyScopeArgs = z.infer<typeof likelyScope>;

export const acceptLikelyOptions = z
  .strictObject({ ...scopeFields, coderId: id.optional() })
  .refine(...namesAScope);
export type AcceptLikelyOptions = z.infer<typeof acceptLikelyOptions>;

export const likelyArgs = z.tuple([likelyScope]);
export const acceptLikelyArgs = z.tuple([acceptLikelyOptions]);

export interface LikelyFrameCount {
  codeId: number;
  name: string;
  /** Evidence sentences that would be accepted. */
  evidence: number;
  /** Articles they are in. */
  articles: number;
}

export interface LikelyCount {
  threshold: number;
  evidence: number;
  articles: number;
  /** Per frame, in the order the frames were made (the codebook's). */
  frames: LikelyFrameCount[];
}

function rowsIn(session: Session, scope: LikelyScopeArgs): LikelyEvidenceRow[] {
  if (scope.articleId !== undefined && !getArticle(session.db, scope.articleId))
    throw notFound('article', scope.articleId);
  if (scope.codeId !== undefined) {
    const code = getCode(session.db, scope.codeId);
    if (!code) throw notFound('code', scope.codeId);
    if (code.kind !== 'frame')
      throw new EngineError('invalid-arguments', `“${code.name}” is a code, not a frame.`);
  }
  return likelyEvidence(session.db, { ...scope, threshold: scope.threshold ?? LIKELY_THRESHOLD });
}

function countOf(session: Session, rows: readonly LikelyEvidenceRow[], threshold: number): LikelyCount {
  const byFrame = new Map<number, { evidence: number; articles: Set<number> }>();
  for (const row of rows) {
    let frame = byFrame.get(row.code_id);
    if (!frame) byFrame.set(row.code_id, (frame = { evidence: 0, articles: new Set() }));
    frame.evidence++;
    frame.articles.add(row.article_id);
  }
  const frames = [...byFrame]
    .sort(([a], [b]) => a - b)
    .map(([codeId, frame]) => ({
      codeId,
      name: getCode(session.db, codeId)!.name,
      evidence: frame.evidence,
      articles: frame.articles.size,
    }));
  return {
    threshold,
    evidence: rows.length,
    articles: new Set(rows.map((row) => row.article_id)).size,
    frames,
  };
}

/**
 * How much suggested frame evidence, in one article or of one frame, the model learned from the
 * coders' decisions finds likely enough to accept in bulk: what `frames.acceptLikely` would accept.
 */
export function countLikelyEvidence(this: Session, scope: LikelyScopeArgs): LikelyCount {
  const threshold = scope.threshold ?? LIKELY_THRESHOLD;
  return countOf(this, rowsIn(this, scope), threshold);
}

/**
 * Accepts, in one edit that undo takes back whole, the suggested evidence (in one article, of one
 * frame, or both) whose frame the learned model finds at least `threshold` likely in its article,
 * recorded with the coder. Evidence of a frame a person decided in the article, and evidence that
 * denies its frame, stay as they are.
 */
export function acceptLikelyEvidence(
  this: Session,
  options: AcceptLikelyOptions,
): LikelyCount & { annotationIds: number[] } {
  if (options.coderId !== undefined && !getCoder(this.db, options.coderId))
    throw notFound('coder', options.coderId);
  const threshold = options.threshold ?? LIKELY_THRESHOLD;
  const rows = rowsIn(this, options);
  const count = countOf(this, rows, threshold);
  if (rows.length === 0) return { ...count, annotationIds: [] };
  const now = new Date().toISOString();
  const label =
    rows.length === 1
      ? 'Accept a likely evidence sentence'
      : `Accept ${rows.length} likely evidence sentences`;
  // Accepted evidence asserts its frame: many articles' frames may change, their sums once per article.
  this.edit(
    `${label} (learned, ${Math.round(threshold * 100)}% or more)`,
    (recorder) => {
      for (const row of rows)
        recorder.update(
          'annotations',
          { id: row.id },
          { status: 'accepted', coder_id: options.coderId ?? null, decided_at: now },
        );
    },
    'edits',
    { bulk: rows.length > 1 },
  );
  return { ...count, annotationIds: rows.map((row) => row.id) };
}
