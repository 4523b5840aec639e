import { z } from 'zod';
import { getArticle } from '../../../db/articles.ts';
import { getEntity, type EntityRow } from '../../../db/entities.ts';
import { getCoder } from '../../../db/coders.ts';
import { readRow, type RowValues } from '../../../db/rows.ts';
import { SURE_CONFIDENCE, sureSuggestedQuoteIds, type QuoteRow } from '../../../db/quotes.ts';
import type { Session } from '../session.ts';
import { EngineError, notFound } from '../errors.ts';
import { id, reviewStatus, span, speakerType } from '../schemas.ts';
import { quoteView, type QuoteView } from '../views.ts';

export const quotePatch = z.strictObject({
  /** The speaker as the article names them; null clears it. */
  speakerText: z.string().trim().nullable().optional(),
  /** The speaker as a project entity; null clears it. */
  speakerEntityId: id.nullable().optional(),
  speakerType: speakerType.nullable().optional(),
  status: reviewStatus.optional(),
  coderId: id.nullable().optional(),
});
export type QuotePatch = z.infer<typeof quotePatch>;

export const newQuote = z.strictObject({
  articleId: id,
  ...span,
  speakerText: z.string().trim().optional(),
  speakerEntityId: id.optional(),
  speakerType: speakerType.optional(),
  coderId: id.optional(),
});
export type NewQuoteArgs = z.infer<typeof newQuote>;

export const acceptSureOptions = z.strictObject({
  articleId: id,
  /** Accept suggestions at or above this confidence; default SURE_CONFIDENCE (0.9). */
  threshold: z.number().min(0.5).max(1).optional(),
  coderId: id.optional(),
});
export type AcceptSureOptions = z.infer<typeof acceptSureOptions>;

export const quoteUpdateArgs = z.tuple([id, quotePatch]);
export const quoteAcceptSureArgs = z.tuple([acceptSureOptions]);
export const quoteCreateArgs = z.tuple([newQuote]);
export const quoteDeleteArgs = z.tuple([id]);

function speakerEntity(session: Session, entityId: number): EntityRow {
  const entity = getEntity(session.db, entityId);
  if (!entity) throw notFound('entity', entityId);
  if (entity.type === 'place')
    throw new EngineError(
      'invalid-arguments',
      `${entity.name} is a place; a speaker is a person or an organization.`,
    );
  return entity;
}

function checkCoder(session: Session, coderId: number | null | undefined): void {
  if (coderId != null && !getCoder(session.db, coderId)) throw notFound('coder', coderId);
}

/** The speaker fields an entity implies, unless the caller gave them. */
function speakerOf(entity: EntityRow): { speaker_text: string; speaker_type: 'person' | 'group' } {
  return { speaker_text: entity.name, speaker_type: entity.type === 'person' ? 'person' : 'group' };
}

/**
 * Corrects a quote: its speaker or its review status. Changing the speaker of a suggested quote
 * accepts it, so that re-analysis keeps the correction.
 */
export function updateQuote(this: Session, quoteId: number, patch: QuotePatch): QuoteView {
  const before = readRow(this.db, 'quotes', { id: quoteId }) as QuoteRow | undefined;
  if (!before) throw notFound('quote', quoteId);
  checkCoder(this, patch.coderId);
  const values: RowValues = {};
  if (patch.speakerEntityId !== undefined) {
    values.speaker_entity_id = patch.speakerEntityId;
    if (patch.speakerEntityId !== null)
      Object.assign(values, speakerOf(speakerEntity(this, patch.speakerEntityId)));
  }
  if (patch.speakerText !== undefined)
    values.speaker_text = patch.speakerText === '' ? null : patch.speakerText;
  if (patch.speakerType !== undefined) values.speaker_type = patch.speakerType;
  const speakerChanged = Object.keys(values).length > 0;
  if (patch.status !== undefined) values.status = patch.status;
  else if (speakerChanged && before.status === 'suggested') values.status = 'accepted';
  if (patch.coderId !== undefined) values.coder_id = patch.coderId;
  // The time of a decision changes with the decision: accepting what is accepted changes nothing.
  const row = before as unknown as Record<string, unknown>;
  if (Object.entries(values).some(([column, value]) => row[column] !== value))
    values.decided_at = new Date().toISOString();

  const label = speakerChanged ? 'Change the speaker of a quote' : statusLabel(patch.status, 'quote');
  const updated = this.edit(label, (recorder) =>
    recorder.update<QuoteRow>('quotes', { id: quoteId }, values),
  )!;
  return quoteView(this.db, updated);
}

export function statusLabel(status: string | undefined, thing: string): string {
  if (status === 'accepted') return `Accept a ${thing}`;
  if (status === 'rejected') return `Reject a ${thing}`;
  if (status === 'suggested') return `Mark a ${thing} as not reviewed`;
  return `Edit a ${thing}`;
}

/**
 * Accepts, in one edit that undo takes back whole, every suggested quote of an article whose speaker
 * analysis is sure of (confidence at or above the threshold), recorded with the coder. The uncertain
 * ones stay suggested for a person to look at.
 */
export function acceptSureQuotes(
  this: Session,
  options: AcceptSureOptions,
): { accepted: number; quoteIds: number[] } {
  if (!getArticle(this.db, options.articleId)) throw notFound('article', options.articleId);
  checkCoder(this, options.coderId);
  const ids = sureSuggestedQuoteIds(this.db, options.articleId, options.threshold ?? SURE_CONFIDENCE);
  if (ids.length === 0) return { accepted: 0, quoteIds: [] };
  const now = new Date().toISOString();
  this.edit(`Accept ${ids.length === 1 ? 'a sure quote' : `${ids.length} sure quotes`}`, (recorder) => {
    for (const quoteId of ids)
      recorder.update(
        'quotes',
        { id: quoteId },
        { status: 'accepted', coder_id: options.coderId ?? null, decided_at: now },
      );
  });
  return { accepted: ids.length, quoteIds: ids };
}

/** Marks a passage as a quote by hand (accepted, origin manual). */
export function createQuote(this: Session, quote: NewQuoteArgs): QuoteView {
  const article = getArticle(this.db, quote.articleId);
  if (!article) throw notFound('article', quote.articleId);
  checkSpan(quote.start, quote.end, article.text.length);
  checkCoder(this, quote.coderId);
  const entity = quote.speakerEntityId === undefined ? undefined : speakerEntity(this, quote.speakerEntityId);
  const implied = entity ? speakerOf(entity) : { speaker_text: null, speaker_type: null };
  const row = this.edit('Mark a quote', (recorder) =>
    recorder.insert<QuoteRow>('quotes', {
      article_id: quote.articleId,
      start: quote.start,
      end: quote.end,
      kind: 'direct',
      speaker_entity_id: entity?.id ?? null,
      speaker_text: quote.speakerText || implied.speaker_text,
      speaker_type: quote.speakerType ?? implied.speaker_type,
      cue: null,
      origin: 'manual',
      status: 'accepted',
      coder_id: quote.coderId ?? null,
      decided_at: new Date().toISOString(),
    }),
  );
  return quoteView(this.db, row, article.text);
}

/**
 * Deletes a quote. Analysis may suggest a deleted quote again when it re-runs; rejecting a
 * quote (quotes.update with status "rejected") is how to keep it from coming back.
 */
export function deleteQuote(this: Session, quoteId: number): { deleted: number } {
  const deleted = this.edit('Delete a quote', (recorder) => recorder.delete('quotes', { id: quoteId }));
  if (!deleted) throw notFound('quote', quoteId);
  return { deleted: quoteId };
}

export function checkSpan(start: number, end: number, length: number): void {
  if (end <= start) throw new EngineError('invalid-arguments', 'A passage must end after it starts.');
  if (end > length)
    throw new EngineError(
      'invalid-arguments',
      `The passage ends at ${end}, after the end of the article's text (${length} characters).`,
    );
}
