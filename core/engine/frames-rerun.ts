import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { allArticleIds } from '../../db/articles.ts';
import { listQuotes } from '../../db/quotes.ts';
import { cueSetId, recordCueHits } from '../../db/recorded-cue-hits.ts';
import { statement } from '../../db/statements.ts';
import { withFrameSumsHeld } from '../../db/held-frame-sums.ts';
import { cuesOf, oneFramePerCue, packedCueHits, sentenceMatcher } from '../../nlp/frames/index.ts';
import { ensureShippedCodebooks, loadProjectCodebooks } from '../analyze/codebooks.ts';
import { findFrames } from '../analyze/analyse-text.ts';
import { ANALYSIS_VERSION } from '../analyze/run.ts';
import { scopeTest } from '../analyze/scope.ts';
import { storeFrameFindings } from '../analyze/store.ts';
import type { FrameFinding } from '../analyze/types.ts';
import type { Progress } from './session.ts';

// A frames re-run in two halves, so the reading and detecting can run on a reader thread of the
// engine (core/engine/off-thread-worker.ts) while the writes stay on the engine's one connection:
// `detectFrameBatches` reads articles and finds their frames, a batch at a time; `storeFrameBatch`
// writes one batch in one transaction. Run one after the other on one thread, they are the re-run
// as it always was. Like analysis, a re-run also records each cue's hits for the cue preview
// (migration 032, nlp/frames/cue-record.ts), so the preview after a re-run only reads (issue 12).

/**
 * Articles per batch: between two batches the thread returns to its event loop. Writing one batch
 * holds the engine's thread (about 10 ms an article on an analysed 100,000-article project, its
 * triggers included), so batches stay small.
 */
export const FRAME_BATCH = 10;

/** What the detection found in one article: the frames present (absent ones store nothing). */
export interface ArticleFrames {
  articleId: number;
  frames: FrameFinding[];
  /**
   * Each cue's hits as the cue preview counts them (`packedCueHits`), with the cues they are of
   * (every cue of the codebooks, one array shared by the batch) and the text they were found in:
   * recorded only if the article still has that text when the batch is written.
   */
  cueHits?: { cues: readonly string[]; hits: Int32Array; text: string };
}

export interface RerunResult {
  articles: number;
  hits: number;
  /** A person stopped the re-run: the articles before it have their new frames, the rest their old ones. */
  stopped?: true;
}

/**
 * Reads every article and detects its frames with the project's codebooks as they are now (each
 * where its scope applies), handing them on a batch at a time; stops between two articles once
 * `signal` is aborted. Only reads: the codebooks the project ships must have been stored already.
 */
export async function detectFrameBatches(
  db: Db,
  onBatch: (batch: ArticleFrames[]) => void | Promise<void>,
  progress: Progress,
  signal?: AbortSignal,
): Promise<void> {
  const { codebooks, scopes } = loadProjectCodebooks(db);
  // Every cue of the codebooks, whatever their scope, as analysis records them.
  const cues = cuesOf(codebooks);
  const book = oneFramePerCue(cues);
  const ids = allArticleIds(db);
  const read = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  let batch: ArticleFrames[] = [];
  let done = 0;
  for (const articleId of ids) {
    if (signal?.aborted) break;
    const text = read.get(articleId) as string | undefined;
    if (text !== undefined) {
      const applies = scopeTest(db, scopes, articleId);
      // Quotes as stored (corrections included) say whose frame each piece of evidence is.
      const quotes = listQuotes(db, articleId)
        .filter((quote) => quote.status !== 'rejected')
        .map((quote) => ({ start: quote.start, end: quote.end, speaker: quote.speaker_text }));
      // One matcher for the text: a window both detections tag is tagged once.
      const matcher = sentenceMatcher(text);
      const frames = findFrames(
        text,
        codebooks.filter((codebook) => applies(codebook.id)),
        undefined,
        quotes,
        matcher,
      ).filter((frame) => frame.present);
      const cueHits = cues.length > 0 ? { cues, hits: packedCueHits(text, book, matcher), text } : undefined;
      batch.push({ articleId, frames, ...(cueHits ? { cueHits } : {}) });
    }
    done++;
    if (done % FRAME_BATCH === 0) {
      await onBatch(batch);
      batch = [];
      progress(done, ids.length);
      await yieldToEventLoop();
    }
  }
  if (batch.length > 0) await onBatch(batch);
  progress(done, ids.length);
}

/**
 * Stores one batch of detected frames in one transaction, replacing the machine's decisions and
 * suggested evidence of its articles (a person's decisions and reviewed evidence stay), and records
 * their cues' hits; an article deleted since it was read is left out. Returns the evidence passages
 * suggested.
 */
export function storeFrameBatch(
  db: Db,
  batch: readonly ArticleFrames[],
  codeIds: ReadonlyMap<string, number>,
): number {
  const exists = statement(db, 'SELECT 1 FROM articles WHERE id = ?').pluck();
  const now = new Date().toISOString();
  // The cue set's number, once per list of cues (a batch shares one).
  const sets = new Map<readonly string[], number | null>();
  const setOf = (cues: readonly string[]) => {
    if (!sets.has(cues)) sets.set(cues, cueSetId(db, ANALYSIS_VERSION, cues));
    return sets.get(cues) ?? null;
  };
  return withFrameSumsHeld(db, () => {
    let hits = 0;
    for (const { articleId, frames, cueHits } of batch)
      if (exists.get(articleId) !== undefined) {
        hits += storeFrameFindings(db, articleId, frames, codeIds, now);
        const cueSet = cueHits ? setOf(cueHits.cues) : null;
        if (cueHits && cueSet !== null) recordCueHits(db, articleId, cueSet, cueHits.hits, cueHits.text);
      }
    return hits;
  });
}

/** The codes the batches name, by `codebookKey/frameKey`, after storing the codebooks the project ships. */
export function frameCodeIds(db: Db): Map<string, number> {
  ensureShippedCodebooks(db);
  return loadProjectCodebooks(db).codeIds;
}

/**
 * Decides frames again in every article with the project's codebooks as they are now, on this
 * thread, yielding between batches: detection and writes one after the other.
 */
export async function redetectFrames(db: Db, progress: Progress, signal?: AbortSignal): Promise<RerunResult> {
  const codeIds = frameCodeIds(db);
  let articles = 0;
  let hits = 0;
  await detectFrameBatches(
    db,
    (batch) => {
      hits += storeFrameBatch(db, batch, codeIds);
      articles += batch.length;
    },
    progress,
    signal,
  );
  return { articles, hits, ...(signal?.aborted ? { stopped: true as const } : {}) };
}
