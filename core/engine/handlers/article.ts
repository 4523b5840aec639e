import { z } from 'zod';
import { getArticle } from '../../../db/articles.ts';
import { listAnnotations } from '../../../db/annotations.ts';
import { articleProposals, articleScores } from '../../../db/learned-proposals.ts';
import { evidenceReviewOrder, type EvidenceInOrder } from '../evidence-order.ts';
import { frameDecisionViews, type FrameDecisionView } from '../decision-views.ts';
import { listEntities, listMentions } from '../../../db/entities.ts';
import { listQuotes } from '../../../db/quotes.ts';
import type { Session } from '../session.ts';
import { notFound } from '../errors.ts';
import { id } from '../schemas.ts';
import { annotationView, quoteView, type AnnotationView, type EntityView, type QuoteView } from '../views.ts';

export interface ArticleDetail {
  id: number;
  uid: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  /** The date as the source wrote it. */
  publishedRaw: string | null;
  language: string | null;
  sourceFile: string | null;
  sourceFormat: string;
  importedAt: string;
  analysedAt: string | null;
  words: number;
  /** The stored text, which every offset below points into. */
  text: string;
  /** False for an article of an annotations-only copy: its text was left out, only its annotations came. */
  textIncluded: boolean;
  entities: (EntityView & {
    mentions: { start: number; end: number; role: string | null }[];
    /** How sure analysis is of the type in this article (0–1); null once a person made a mention of it. */
    confidence: number | null;
  })[];
  /** Every quote, rejected ones too (the UI shows or hides them). */
  quotes: QuoteView[];
  /** Frame evidence and hand coding, rejected ones too. */
  annotations: AnnotationView[];
  /**
   * The frames present by the decisions that count (asserted, and denied ones marked), primary first;
   * hits = evidence sentences not rejected, negated = those that deny the frame, score = hits per 100 words.
   */
  frames: {
    codeId: number;
    key: string;
    name: string;
    color: string | null;
    hits: number;
    negated: number;
    score: number;
    primary: boolean;
    denied: boolean;
    salience: number | null;
  }[];
  /** Every frame decision that counts on this article, absent ones a coder made included. */
  decisions: FrameDecisionView[];
  /**
   * Frames a model learned from the coders' decisions proposes here (stored by `learn.refresh`),
   * most likely first: suggestions only, never counted as a decision, gone once a person decides.
   */
  learned: {
    codeId: number;
    key: string;
    name: string;
    color: string | null;
    probability: number;
    trainedAt: string;
    origin: 'learned';
  }[];
  /**
   * The suggested frame evidence in the order the Reader reviews it (n / p): least sure first, where
   * a frame's model was trained on a person's decisions by its probability of the frame here (the
   * last refresh), else (`learned` null) first and in reading order. It orders; it decides nothing.
   */
  evidenceOrder: EvidenceInOrder[];
}

export const articleGetArgs = z.tuple([id]);

/** One article with everything the reader shows: text, entities, quotes, annotations, frames. */
export function getArticleDetail(this: Session, articleId: number): ArticleDetail {
  const row = getArticle(this.db, articleId);
  if (!row) throw notFound('article', articleId);
  const mentions = listMentions(this.db, articleId);
  const decisions = frameDecisionViews(this.db, articleId);
  const annotations = listAnnotations(this.db, articleId).map((annotation) =>
    annotationView(this.db, annotation),
  );
  const scores = new Map(articleScores(this.db, articleId).map((row) => [row.code_id, row.probability]));
  return {
    id: row.id,
    uid: row.uid,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    url: row.url,
    published: row.published_at,
    publishedRaw: row.published_raw,
    language: row.language,
    sourceFile: row.source_file,
    sourceFormat: row.source_format,
    importedAt: row.imported_at,
    analysedAt: row.analyzed_at,
    words: row.word_count,
    text: row.text,
    textIncluded: row.text !== '',
    entities: listEntities(this.db, articleId).map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      confidence: entity.confidence,
      mentions: mentions
        .filter((mention) => mention.entity_id === entity.id)
        .map(({ start, end, role }) => ({ start, end, role })),
    })),
    quotes: listQuotes(this.db, articleId).map((quote) => quoteView(this.db, quote, row.text)),
    annotations,
    frames: decisions
      .filter((d) => d.present)
      .map((d) => ({
        codeId: d.codeId,
        key: d.key,
        name: d.name,
        color: d.color,
        hits: d.evidence,
        negated: d.deniedEvidence,
        score: Math.round((d.evidence * 100_000) / Math.max(row.word_count, 1)) / 1000,
        primary: d.primary,
        denied: d.denied,
        salience: d.salience,
      })),
    decisions,
    learned: articleProposals(this.db, articleId).map((p) => ({
      codeId: p.code_id,
      key: p.key,
      name: p.name,
      color: p.color,
      probability: p.probability,
      trainedAt: p.trained_at,
      origin: 'learned' as const,
    })),
    evidenceOrder: evidenceReviewOrder(annotations, scores),
  };
}
