// Issue 12: a project analysed before migration 032 holds no recorded cue hits, so a frame's first
// cue preview there counted every candidate text (196 s at 100,000 articles). After the upgrade the
// engine records them in the background, as analysis would have (`packedCueHits` with every cue of
// the project's codebooks, the same function analysis and a frames re-run run), a batch at a time:
// on a reader thread of its own when the engine has one, the writes on the engine's connection in
// one short transaction per batch. Each batch stays written, so a stopped job (Stop, a close, a
// crash) goes on from where it was at the next open: what is left is whatever still has no row.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { cueSetId, recordCueHits, unrecordedArticles } from '../../db/recorded-cue-hits.ts';
import { statement } from '../../db/statements.ts';
import { cuesOf, oneFramePerCue, packedCueHits } from '../../nlp/frames/index.ts';
import { loadProjectCodebooks } from '../analyze/codebooks.ts';
import { ANALYSIS_VERSION } from '../analyze/run.ts';
import type { Progress } from './session.ts';

/**
 * Articles per batch: writing one is a few milliseconds, and between two the thread that counts
 * returns to its event loop (on the engine's thread when it has no reader thread: clicks get through).
 */
export const CUE_HITS_BATCH = 25;

/** One batch of recorded hits: the cues they are of and, per article, the hits and the text read. */
export interface CueHitsBatch {
  cues: readonly string[];
  articles: { articleId: number; hits: Int32Array; text: string }[];
}

export interface MissingCueHitsResult {
  /** Articles whose hits were recorded. */
  recorded: number;
  /** Articles still without a row (the job was stopped before them). */
  left: number;
  stopped?: true;
}

/** How many analysed articles have no recorded hits of this code's detector. */
export function missingCueHitsCount(db: Db): number {
  return unrecordedArticles(db, ANALYSIS_VERSION).length;
}

/**
 * Counts each cue's hits in every analysed article that has none recorded, handing them on a batch
 * at a time, in article order; stops between two articles once `signal` is aborted. Only reads.
 */
export async function countMissingCueHits(
  db: Db,
  onBatch: (batch: CueHitsBatch) => void | Promise<void>,
  progress: Progress,
  signal?: AbortSignal,
  /** Between two batches: returns to the event loop, and waits while work that goes first runs. */
  between: () => Promise<unknown> = yieldToEventLoop,
): Promise<void> {
  const cues = cuesOf(loadProjectCodebooks(db).codebooks);
  const ids = unrecordedArticles(db, ANALYSIS_VERSION);
  if (cues.length === 0 || ids.length === 0) return;
  const book = oneFramePerCue(cues);
  const read = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  let batch: CueHitsBatch['articles'] = [];
  let done = 0;
  progress(0, ids.length);
  for (const articleId of ids) {
    if (signal?.aborted) break;
    const text = read.get(articleId) as string | undefined;
    if (text !== undefined) batch.push({ articleId, hits: packedCueHits(text, book), text });
    done++;
    if (done % CUE_HITS_BATCH === 0 || done === ids.length) {
      if (batch.length > 0) await onBatch({ cues, articles: batch });
      batch = [];
      progress(done, ids.length);
      await between();
    }
  }
}

/**
 * Writes one batch in one transaction; an article whose text changed (or that was deleted) since it
 * was read is left out. Returns the articles recorded.
 */
export function storeCueHitsBatch(db: Db, batch: CueHitsBatch): number {
  return db.transaction(() => {
    const cueSet = cueSetId(db, ANALYSIS_VERSION, batch.cues);
    if (cueSet === null) return 0;
    let recorded = 0;
    for (const { articleId, hits, text } of batch.articles)
      recorded += recordCueHits(db, articleId, cueSet, hits, text);
    return recorded;
  })();
}

/** The whole job on this thread: counting and writing one after the other, yielding between batches. */
export async function recordMissingCueHits(
  db: Db,
  progress: Progress,
  signal?: AbortSignal,
): Promise<MissingCueHitsResult> {
  let recorded = 0;
  await countMissingCueHits(db, (batch) => void (recorded += storeCueHitsBatch(db, batch)), progress, signal);
  return missingCueHitsResult(db, recorded, signal);
}

/** What the job did, and what it left, once it ended or stopped. */
export function missingCueHitsResult(db: Db, recorded: number, signal?: AbortSignal): MissingCueHitsResult {
  return { recorded, left: missingCueHitsCount(db), ...(signal?.aborted ? { stopped: true as const } : {}) };
}
