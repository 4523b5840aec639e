import { z } from 'zod';
import { getArticle } from '../../../db/articles.ts';
import { getCode } from '../../../db/codes.ts';
import { getCoder } from '../../../db/coders.ts';
import { coderDecision, effectiveDecisions, type FrameDecisionRow } from '../../../db/frame-decisions.ts';
import type { EditRecorder } from '../history.ts';
import type { Session } from '../session.ts';
import { EngineError, notFound } from '../errors.ts';
import { id } from '../schemas.ts';
import { frameDecisionViews, type FrameDecisionView } from '../decision-views.ts';

// A coder's article-level frame decisions (issue 9): present or absent, primary, denied. Each is the
// coder's own row beside the machine's suggestion, recorded with the coder and the time, and undoable
// through the edit history. The machine's row is never changed, so re-analysis can replace it freely.

export const frameDecisionPatch = z.strictObject({
  /** The article treats the issue in this frame's terms (false: the coder says it does not). */
  present: z.boolean().optional(),
  /** The frame that best sums the article up in its codebook; other frames of the codebook stop being it. */
  primary: z.boolean().optional(),
  /** The article denies the frame's claim rather than asserting it. */
  denied: z.boolean().optional(),
  coderId: id.nullable().optional(),
});
export type FrameDecisionPatch = z.infer<typeof frameDecisionPatch>;

export const frameDecideArgs = z.tuple([id, id, frameDecisionPatch]);
export const frameUndecideArgs = z.tuple([id, id, z.strictObject({ coderId: id.nullable().optional() })]);

type Values = { present: 0 | 1; is_primary: 0 | 1; denied: 0 | 1 };

/** Records a coder's decision on one frame of one article; returns the article's decisions as they now count. */
export function decideFrame(
  this: Session,
  articleId: number,
  codeId: number,
  patch: FrameDecisionPatch,
): FrameDecisionView[] {
  if (!getArticle(this.db, articleId)) throw notFound('article', articleId);
  const code = getCode(this.db, codeId);
  if (!code) throw notFound('code', codeId);
  if (code.kind !== 'frame')
    throw new EngineError('invalid-arguments', `“${code.name}” is a code, not a frame.`);
  const coderId = patch.coderId ?? null;
  if (coderId !== null && !getCoder(this.db, coderId)) throw notFound('coder', coderId);
  const now = new Date().toISOString();
  const current = effectiveDecisions(this.db, articleId).find((d) => d.code_id === codeId);
  const base: Values = {
    present: current?.present ?? 0,
    is_primary: current?.is_primary ?? 0,
    denied: current?.denied ?? 0,
  };
  const present = patch.present ?? (patch.primary || patch.denied ? true : base.present === 1);
  const values: Values = {
    present: present ? 1 : 0,
    is_primary: present && (patch.primary ?? base.is_primary === 1) ? 1 : 0,
    denied: present && (patch.denied ?? base.denied === 1) ? 1 : 0,
  };
  if (values.denied) values.is_primary = 0; // a denied frame does not sum the article up
  this.edit(
    labelOf(code.name, patch, values),
    (recorder) => {
      writeCoderDecision(recorder, this, articleId, codeId, coderId, values, current?.salience ?? null, now);
      if (values.is_primary) {
        // One primary frame per codebook: the coder's decision takes it from the others.
        for (const other of effectiveDecisions(this.db, articleId))
          if (other.code_id !== codeId && other.codebook_id === code.codebook_id && other.is_primary === 1)
            writeCoderDecision(
              recorder,
              this,
              articleId,
              other.code_id,
              coderId,
              { present: other.present, is_primary: 0, denied: other.denied },
              other.salience,
              now,
            );
      }
    },
    'analysis',
  );
  return frameDecisionViews(this.db, articleId);
}

/** Takes back a coder's decision on a frame, so the machine's suggestion counts again. */
export function undecideFrame(
  this: Session,
  articleId: number,
  codeId: number,
  options: { coderId?: number | null | undefined },
): FrameDecisionView[] {
  const row = coderDecision(this.db, articleId, codeId, options.coderId ?? null);
  if (row) {
    const name = getCode(this.db, codeId)?.name ?? 'a frame';
    this.edit(
      `Go back to the suggestion for “${name}”`,
      (recorder) => recorder.delete('frame_decisions', { id: row.id }),
      'analysis',
    );
  }
  return frameDecisionViews(this.db, articleId);
}

function writeCoderDecision(
  recorder: EditRecorder,
  session: Session,
  articleId: number,
  codeId: number,
  coderId: number | null,
  values: Values,
  salience: number | null,
  now: string,
): void {
  const existing = coderDecision(session.db, articleId, codeId, coderId);
  if (existing)
    recorder.update<FrameDecisionRow>('frame_decisions', { id: existing.id }, { ...values, decided_at: now });
  else
    recorder.insert<FrameDecisionRow>('frame_decisions', {
      article_id: articleId,
      code_id: codeId,
      origin: 'manual',
      coder_id: coderId,
      ...values,
      salience,
      decided_at: now,
    });
}

function labelOf(name: string, patch: FrameDecisionPatch, values: Values): string {
  if (patch.primary !== undefined && values.is_primary) return `Make “${name}” the primary frame`;
  if (patch.denied !== undefined && values.denied) return `Mark “${name}” as denied`;
  if (values.present === 0) return `Mark “${name}” as absent`;
  return `Mark “${name}” as present`;
}
