import type { Db } from '../../db/open.ts';
import type { QuoteRow, Origin, ReviewStatus } from '../../db/quotes.ts';
import type { AnnotationRow } from '../../db/annotations.ts';
import type { CodeRow, NewCode } from '../../db/codes.ts';
import { aliasesOf, getEntity, type EntityType } from '../../db/entities.ts';
import { getCode } from '../../db/codes.ts';
import { getCoder } from '../../db/coders.ts';
import { getArticle } from '../../db/articles.ts';
import { isSure } from '../../db/quotes.ts';

// The shapes the UI receives: camelCase, offsets as UTF-16 code units into the article's text.

export interface QuoteView {
  id: number;
  articleId: number;
  start: number;
  end: number;
  /** The quoted words: the article's text from start to end. */
  text: string;
  kind: 'direct' | 'reported';
  speakerEntityId: number | null;
  /** The speaker's canonical name when the speaker is an entity. */
  speakerName: string | null;
  /** The speaker as the article names them ("Peskov", "officials"). */
  speakerText: string | null;
  speakerType: 'person' | 'group' | null;
  /** The reporting verb ("said"), "according to", "colon", "continuation", or null. */
  cue: string | null;
  origin: Origin;
  status: ReviewStatus;
  coderId: number | null;
  /** How sure analysis is of the speaker it suggests, 0–1; null for quotes marked by hand. */
  confidence: number | null;
  /** Whether the text names the speaker, describes a source it does not name, or the speaker is an outlet. */
  speakerSource: 'named' | 'unnamed' | 'media' | null;
  /**
   * A suggestion that needs a person: not yet accepted or rejected, and analysis is less than sure of it
   * (confidence below SURE_CONFIDENCE, or unknown). Sure suggestions can be accepted in bulk.
   */
  needsReview: boolean;
}

export interface AnnotationView {
  id: number;
  articleId: number;
  codeId: number;
  codeKind: 'frame' | 'code';
  codeName: string;
  color: string | null;
  /** The passage: for frame evidence, the sentence. */
  start: number;
  end: number;
  /** Frame evidence only: the words that triggered it. */
  cue: { start: number; end: number; text: string } | null;
  /** Frame evidence: the sentence denies the frame's claim. */
  negated: boolean;
  /** Frame evidence: every cue the sentence holds (offsets into the article's text). */
  cues: { start: number; end: number; text: string; negated: boolean }[];
  /** Frame evidence inside a quotation: the frame is its speaker's. */
  inQuote: boolean;
  speaker: string | null;
  memo: string | null;
  origin: Origin;
  status: ReviewStatus;
  coderId: number | null;
  coderName: string | null;
  createdAt: string;
}

export interface EntityView {
  id: number;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** A code as the UI sees it: what a new code has, plus where it sits. */
export interface CodeView extends NewCode {
  id: number;
  codebookId: number;
  parentId: number | null;
}

function articleText(db: Db, articleId: number): string {
  return getArticle(db, articleId)?.text ?? '';
}

export function quoteView(db: Db, row: QuoteRow, text = articleText(db, row.article_id)): QuoteView {
  return {
    id: row.id,
    articleId: row.article_id,
    start: row.start,
    end: row.end,
    text: text.slice(row.start, row.end),
    kind: row.kind,
    speakerEntityId: row.speaker_entity_id,
    speakerName: row.speaker_entity_id === null ? null : (getEntity(db, row.speaker_entity_id)?.name ?? null),
    speakerText: row.speaker_text,
    speakerType: row.speaker_type,
    cue: row.cue,
    origin: row.origin,
    status: row.status,
    coderId: row.coder_id,
    confidence: row.confidence,
    speakerSource: row.speaker_source,
    needsReview: row.status === 'suggested' && !isSure(row.confidence),
  };
}

function cuesOf(row: AnnotationRow): AnnotationView['cues'] {
  if (row.cues) {
    const cues = JSON.parse(row.cues) as { start: number; end: number; cue: string; negated: boolean }[];
    return cues.map(({ start, end, cue, negated }) => ({ start, end, text: cue, negated }));
  }
  if (row.cue_start === null || row.cue_end === null) return [];
  return [{ start: row.cue_start, end: row.cue_end, text: row.cue ?? '', negated: row.negated === 1 }];
}

export function annotationView(db: Db, row: AnnotationRow): AnnotationView {
  const code = getCode(db, row.code_id);
  return {
    id: row.id,
    articleId: row.article_id,
    codeId: row.code_id,
    codeKind: code?.kind ?? 'code',
    codeName: code?.name ?? '',
    color: code?.color ?? null,
    start: row.start,
    end: row.end,
    cue:
      row.cue_start === null || row.cue_end === null
        ? null
        : { start: row.cue_start, end: row.cue_end, text: row.cue ?? '' },
    negated: row.negated === 1,
    cues: cuesOf(row),
    inQuote: row.in_quote === 1,
    speaker: row.speaker,
    memo: row.memo,
    origin: row.origin,
    status: row.status,
    coderId: row.coder_id,
    coderName: row.coder_id === null ? null : (getCoder(db, row.coder_id)?.name ?? null),
    createdAt: row.created_at,
  };
}

export function entityView(db: Db, id: number): EntityView {
  const entity = getEntity(db, id)!;
  return { ...entity, aliases: aliasesOf(db, id) };
}

export function codeView(row: CodeRow): CodeView {
  return {
    id: row.id,
    codebookId: row.codebook_id,
    key: row.key,
    kind: row.kind,
    name: row.name,
    description: row.description,
    color: row.color,
    cues: JSON.parse(row.cues) as string[],
    parentId: row.parent_id,
  };
}
