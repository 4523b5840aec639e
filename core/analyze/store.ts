import type { Db } from '../../db/open.ts';
import { markAnalysed } from '../../db/articles.ts';
import { deleteAutoMentions, insertMention } from '../../db/entities.ts';
import { deleteSuggestedQuotes, insertQuote, reviewedQuoteSpans } from '../../db/quotes.ts';
import { deleteSuggestedFrameHits, insertFrameEvidence, reviewedFrameHits } from '../../db/annotations.ts';
import { deleteMachineDecisions, insertMachineDecision } from '../../db/frame-decisions.ts';
import { forgetTermNumbers, writeArticlePrints, writeArticleTerms } from '../../db/compare-features.ts';
import type { CompareFeatures } from '../compare/features.ts';
import { projectEntityFor } from './project-entities.ts';
import { recordCueHits } from '../../db/recorded-cue-hits.ts';
import { withFrameSumsHeld } from '../../db/held-frame-sums.ts';
import type { ArticleAnalysis, FrameFinding } from './types.ts';

/**
 * Stores what analysis found in one article, in one transaction, replacing its earlier
 * suggestions. What a person reviewed or made stays, and is not suggested again. What Compare
 * counts in the article (`features`) is stored in the same transaction, and so are the cues' hits
 * analysis recorded for the cue preview (`recorded`: the set they are of, and the text they were
 * counted from; kept only while the article still has that text).
 */
export function storeAnalysis(
  db: Db,
  articleId: number,
  analysis: ArticleAnalysis,
  codeIds: ReadonlyMap<string, number>,
  version: number,
  applies: (codebook: string) => boolean = () => true,
  features?: CompareFeatures,
  recorded?: { cueSet: number; text: string },
): void {
  const now = new Date().toISOString();
  // The sums per frame move once, by what the article's kept row held and holds at the end.
  const store = () =>
    withFrameSumsHeld(db, () => {
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
          confidence: quote.confidence,
          speaker_source: quote.speakerSource,
        });
      }

      storeFrameFindings(
        db,
        articleId,
        analysis.frames.filter((f) => applies(f.codebook)),
        codeIds,
        now,
      );
      if (features) {
        writeArticleTerms(db, features.terms);
        writeArticlePrints(db, features.prints);
      }
      if (recorded && analysis.cueHits)
        recordCueHits(db, articleId, recorded.cueSet, analysis.cueHits, recorded.text);
      markAnalysed(db, articleId, version, now);
    });
  try {
    store();
  } catch (error) {
    // Vocabulary numbers given out in the rolled-back transaction may go to other terms.
    if (features) forgetTermNumbers(db);
    throw error;
  }
}

/**
 * Replaces the machine's frame decisions and suggested evidence of an article with `frames` (the
 * codebooks that apply to it); a person's decisions and the evidence a person reviewed stay, and
 * reviewed evidence is not suggested again. Runs inside the caller's transaction. Returns the
 * evidence sentences stored.
 */
export function storeFrameFindings(
  db: Db,
  articleId: number,
  frames: readonly FrameFinding[],
  codeIds: ReadonlyMap<string, number>,
  now: string,
): number {
  deleteSuggestedFrameHits(db, articleId);
  deleteMachineDecisions(db, articleId);
  const reviewed = reviewedFrameHits(db, articleId);
  let stored = 0;
  for (const frame of frames) {
    const codeId = codeIds.get(frame.code);
    if (codeId === undefined || !frame.present) continue; // absent, or removed from the codebook meanwhile
    // The evidence goes in before the decision: while a frame of the article has no decision, the
    // triggers that keep its effective decision and state stand aside (migration 014), and the
    // decision's own trigger then works them out once, with all the evidence there, instead of once
    // per evidence sentence. The rows that result are the same.
    for (const item of frame.evidence) {
      if (reviewed.has(`${codeId}:${item.start}:${item.end}`)) continue;
      const first = item.cues[0]!;
      insertFrameEvidence(db, {
        articleId,
        codeId,
        start: item.start,
        end: item.end,
        cueStart: first.start,
        cueEnd: first.end,
        cue: first.cue,
        cues: item.cues,
        negated: item.denied,
        inQuote: item.inQuote,
        speaker: item.speaker,
        createdAt: now,
      });
      stored++;
    }
    insertMachineDecision(db, {
      articleId,
      codeId,
      present: frame.present,
      primary: frame.primary,
      denied: frame.denied,
      salience: frame.salience,
      decidedAt: now,
    });
  }
  return stored;
}
