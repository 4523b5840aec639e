import { z } from 'zod';
import { getArticle } from '../../../db/articles.ts';
import { getCode } from '../../../db/codes.ts';
import { ensureCoder, getCoder, listCoders, type CoderRow } from '../../../db/coders.ts';
import { readRow, type RowValues } from '../../../db/rows.ts';
import type { AnnotationRow } from '../../../db/annotations.ts';
import type { Session } from '../session.ts';
import { notFound } from '../errors.ts';
import { id, nonEmpty, reviewStatus, span } from '../schemas.ts';
import { annotationView, type AnnotationView } from '../views.ts';
import { checkSpan, statusLabel } from './quotes.ts';

export const newAnnotation = z.strictObject({
  articleId: id,
  codeId: id,
  ...span,
  memo: z.string().optional(),
  coderId: id.optional(),
});
export type NewAnnotationArgs = z.infer<typeof newAnnotation>;

export const annotationPatch = z.strictObject({
  /** null or "" clears the memo. */
  memo: z.string().nullable().optional(),
  codeId: id.optional(),
  /** Accept or reject frame evidence. */
  status: reviewStatus.optional(),
  coderId: id.nullable().optional(),
});
export type AnnotationPatch = z.infer<typeof annotationPatch>;

export const annotationCreateArgs = z.tuple([newAnnotation]);
export const annotationUpdateArgs = z.tuple([id, annotationPatch]);
export const annotationDeleteArgs = z.tuple([id]);
export const coderEnsureArgs = z.tuple([nonEmpty]);

function checkCode(session: Session, codeId: number): string {
  const code = getCode(session.db, codeId);
  if (!code) throw notFound('code', codeId);
  return code.name;
}

function checkCoder(session: Session, coderId: number | null | undefined): void {
  if (coderId != null && !getCoder(session.db, coderId)) throw notFound('coder', coderId);
}

/** Codes a passage by hand (accepted, origin manual). */
export function createAnnotation(this: Session, input: NewAnnotationArgs): AnnotationView {
  const article = getArticle(this.db, input.articleId);
  if (!article) throw notFound('article', input.articleId);
  checkSpan(input.start, input.end, article.text.length);
  const codeName = checkCode(this, input.codeId);
  checkCoder(this, input.coderId);
  const now = new Date().toISOString();
  const row = this.edit(`Code a passage as “${codeName}”`, (recorder) =>
    recorder.insert<AnnotationRow>('annotations', {
      article_id: input.articleId,
      code_id: input.codeId,
      start: input.start,
      end: input.end,
      memo: input.memo?.trim() || null,
      origin: 'manual',
      status: 'accepted',
      coder_id: input.coderId ?? null,
      created_at: now,
      decided_at: now,
    }),
  );
  return annotationView(this.db, row);
}

/** Changes an annotation's memo or code, or accepts or rejects frame evidence. */
export function updateAnnotation(
  this: Session,
  annotationId: number,
  patch: AnnotationPatch,
): AnnotationView {
  if (!readRow(this.db, 'annotations', { id: annotationId })) throw notFound('annotation', annotationId);
  const values: RowValues = {};
  let label = statusLabel(patch.status, 'passage');
  if (patch.codeId !== undefined) {
    values.code_id = patch.codeId;
    label = `Recode a passage as “${checkCode(this, patch.codeId)}”`;
  }
  if (patch.memo !== undefined) {
    values.memo = patch.memo?.trim() || null;
    if (patch.codeId === undefined && patch.status === undefined) label = 'Edit a memo';
  }
  if (patch.status !== undefined) values.status = patch.status;
  if (patch.coderId !== undefined) {
    checkCoder(this, patch.coderId);
    values.coder_id = patch.coderId;
  }
  values.decided_at = new Date().toISOString();
  const row = this.edit(label, (recorder) =>
    recorder.update<AnnotationRow>('annotations', { id: annotationId }, values),
  )!;
  return annotationView(this.db, row);
}

/** Deletes an annotation; frame evidence deleted may be suggested again by re-analysis (reject it to keep it away). */
export function deleteAnnotation(this: Session, annotationId: number): { deleted: number } {
  const deleted = this.edit('Delete a coded passage', (recorder) =>
    recorder.delete('annotations', { id: annotationId }),
  );
  if (!deleted) throw notFound('annotation', annotationId);
  return { deleted: annotationId };
}

export function listCoderRows(this: Session): CoderRow[] {
  return listCoders(this.db);
}

/** The coder of this name, added to the project when new. */
export function ensureCoderNamed(this: Session, name: string): CoderRow {
  return ensureCoder(this.db, name);
}
