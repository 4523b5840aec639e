import type { Db } from '../../db/open.ts';
import { markAnalysed } from '../../db/articles.ts';
import { deleteAutoMentions, insertMention } from '../../db/entities.ts';
import { deleteSuggestedQuotes, insertQuote, reviewedQuoteSpans } from '../../db/quotes.ts';
import { deleteSuggestedFrameHits, insertFrameHit, reviewedFrameHits } from '../../db/annotations.ts';
import { projectEntityFor } from './project-entities.ts';
import type { ArticleAnalysis, FrameFinding } from './types.ts';

/**
 * Stores what analysis found in one article, in one transaction, replacing its earlier
 * suggestions. What a person reviewed or made stays, and is not suggested again.
 */
export function storeAnalysis(
  db: Db,
  articleId: number,
  analysis: ArticleAnalysis,
  codeIds: ReadonlyMap<string, number>,
  version: number,
): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    deleteAutoMentions(db, articleId);
    deleteSuggestedQuotes(db, articleId);

    const entityIds = new Map<string, number>();
    for (const entity of analysis.entities) {
      const entityId = projectEntityFor(db, entity);
      entityIds.set(`${entity.type}:${entity.name}`, entityId);
      for (const mention of entity.mentions) {
        insertMention(db, {
          articleId,
          entityId,
          start: mention.start,
          end: mention.end,
          role: entity.role ?? null,
          confidence: entity.confidence,
        });
      }
    }

    const reviewedQuotes = reviewedQuoteSpans(db, articleId);
    for (const quote of analysis.quotes) {
      if (reviewedQuotes.has(`${quote.start}:${quote.end}`)) continue;
      const speakerEntity =
        quote.speaker === null
          ? undefined
          : (entityIds.get(`person:${quote.speaker}`) ?? entityIds.get(`organization:${quote.speaker}`));
      insertQuote(db, {
        article_id: articleId,
        start: quote.start,
        end: quote.end,
        kind: quote.kind,
        speaker_entity_id: speakerEntity ?? null,
        speaker_text: quote.speaker,
        speaker_type: quote.speakerType,
        cue: quote.cue,
      });
    }

    storeFrameFindings(db, articleId, analysis.frames, codeIds, now);
    markAnalysed(db, articleId, version, now);
  })();
}

/**
 * Replaces an article's suggested frame evidence with `frames`; evidence a person reviewed stays
 * and is not suggested again. Runs inside the caller's transaction. Returns the hits stored.
 */
export function storeFrameFindings(
  db: Db,
  articleId: number,
  frames: readonly FrameFinding[],
  codeIds: ReadonlyMap<string, number>,
  now: string,
): number {
  deleteSuggestedFrameHits(db, articleId);
  const reviewed = reviewedFrameHits(db, articleId);
  let stored = 0;
  for (const frame of frames) {
    const codeId = codeIds.get(frame.code);
    if (codeId === undefined) continue; // the frame was removed from the codebook meanwhile
    for (const hit of frame.hits) {
      if (reviewed.has(`${codeId}:${hit.start}:${hit.end}`)) continue;
      insertFrameHit(db, {
        articleId,
        codeId,
        start: hit.sentenceStart,
        end: hit.sentenceEnd,
        cueStart: hit.start,
        cueEnd: hit.end,
        cue: hit.cue,
        negated: hit.negated,
        createdAt: now,
      });
      stored++;
    }
  }
  return stored;
}
