import { availableParallelism } from 'node:os';
import type { Db } from '../../db/open.ts';
import { countPendingArticles, getArticle, pendingArticleIds } from '../../db/articles.ts';
import { analyseText } from './analyse-text.ts';
import { ensureShippedCodebooks, loadProjectCodebooks } from './codebooks.ts';
import { AnalysisPool, type Analysed, type ArticleToAnalyse } from './pool.ts';
import { articleFeatures } from '../compare/features.ts';
import { storeAnalysis } from './store.ts';
import { scopeTest } from './scope.ts';
import { getProjectLexicon } from './lexicon.ts';
import type { ArticleAnalysis } from './types.ts';
import { cuesOf } from '../../nlp/frames/index.ts';
import { cueSetId } from '../../db/recorded-cue-hits.ts';

/** Raise when analysis changes what it finds, so that `analyze` redoes older articles. */
// 2: reported speech; 3: page furniture and repeated paragraphs left out, article-level frame decisions,
// sentence evidence, speaker confidence; 4: gazetteer places, entity type confidence.
export const ANALYSIS_VERSION = 4;

/** Below this many articles, starting worker threads costs more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 8;

export interface AnalysisSummary {
  analysed: number;
  failures: { id: number; title: string | null; reason: string }[];
  mentions: number;
  /** Direct quotes (words in quote marks), and how many of them have a speaker. */
  quotes: number;
  attributed: number;
  /** Reported (indirect) speech. */
  reported: number;
  /** Frame evidence sentences (one per sentence and frame present). */
  frameHits: number;
  /**
   * Articles this run found waiting from before (an earlier run was stopped, they were imported
   * with --no-analyze, or an older version analysed them); set by `analysePending`.
   */
  pending?: number;
  /**
   * Articles left alone because their text is not in the project (an annotations-only copy):
   * analysing nothing would only wipe the suggestions that came with them.
   */
  withoutText?: number;
}

export interface AnalyseOptions {
  /** Worker threads; default: one per core, at most 4. */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  /** How many ids `ids` yields, when it is an iterator rather than a list (for progress and workers). */
  total?: number;
  /** The worker threads' script (default: worker.ts beside this file); tests pass one that fails on cue. */
  workerScript?: string | URL;
  /** Analysis of one text on this thread (default: `analyseText` with the project's codebooks). */
  analyseInProcess?: (text: string) => ArticleAnalysis;
  /**
   * Workers started ahead and not set up yet (workers-ahead.ts), used instead of new ones when the
   * articles call for workers. The analysis owns them: it closes them when it ends, used or not.
   */
  workers?: AnalysisPool | undefined;
}

/**
 * Analyses every article without a current analysis (never analysed, or by an older version;
 * with `all`, every article), streaming their ids in batches. `fresh` says how many of them were
 * just imported, so that the summary can say how many an earlier run had left waiting.
 */
export async function analysePending(
  db: Db,
  options: AnalyseOptions & { all?: boolean; fresh?: number } = {},
): Promise<AnalysisSummary> {
  const waiting = countPendingArticles(db, ANALYSIS_VERSION);
  const version = options.all ? Number.MAX_SAFE_INTEGER : ANALYSIS_VERSION;
  const summary = await analyseArticles(db, pendingArticleIds(db, version), {
    ...options,
    total: options.all ? countPendingArticles(db, version) : waiting,
  });
  return { ...summary, pending: Math.max(0, waiting - (options.fresh ?? 0)) };
}

/**
 * Analyses articles of a project and stores the results, each article in its own transaction.
 * Texts are read one at a time as workers need them. An article whose analysis fails is reported
 * by its number and title, and the others go on.
 */
export async function analyseArticles(
  db: Db,
  ids: Iterable<number>,
  options: AnalyseOptions = {},
): Promise<AnalysisSummary> {
  try {
    return await analyseEach(db, ids, options);
  } finally {
    // Closed whatever happened; closing workers the analysis used and closed already does nothing.
    await options.workers?.close();
  }
}

async function analyseEach(db: Db, ids: Iterable<number>, options: AnalyseOptions): Promise<AnalysisSummary> {
  ensureShippedCodebooks(db);
  const { codebooks, codeIds, scopes } = loadProjectCodebooks(db);
  const lexicon = getProjectLexicon(db);
  const summary: AnalysisSummary = {
    analysed: 0,
    failures: [],
    mentions: 0,
    quotes: 0,
    attributed: 0,
    reported: 0,
    frameHits: 0,
  };
  const total = options.total ?? (Array.isArray(ids) ? ids.length : 0);
  const threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const pool =
    threads > 1 && total >= MIN_ARTICLES_FOR_WORKERS
      ? (options.workers ?? new AnalysisPool(Math.min(threads, total), undefined, options.workerScript))
      : null;
  pool?.setUp({ codebooks, lexicon });
  // Every cue of the codebooks: analysis records their hits for the cue preview (worker.ts makes the same list).
  const cues = cuesOf(codebooks);
  const cueSet = cueSetId(db, ANALYSIS_VERSION, cues);
  const inProcess =
    options.analyseInProcess ?? ((text: string) => analyseText(text, codebooks, lexicon, cues));
  const analyse = (article: ArticleToAnalyse): Promise<Analysed> =>
    pool
      ? pool.analyse(article)
      : // A promise made this way turns a throw into a rejection, reported like any other failure.
        new Promise((resolve) => {
          const analysis = inProcess(article.text);
          resolve({
            analysis,
            features: articleFeatures(article.articleId, article.title, article.text, analysis.blocks),
          });
        });

  const record = (id: number, text: string, { analysis, features }: Analysed) => {
    storeAnalysis(
      db,
      id,
      analysis,
      codeIds,
      ANALYSIS_VERSION,
      scopeTest(db, scopes, id),
      features,
      cueSet === null ? undefined : { cueSet, text },
    );
    summary.analysed++;
    summary.mentions += analysis.entities.reduce((n, entity) => n + entity.mentions.length, 0);
    const direct = analysis.quotes.filter((quote) => quote.kind === 'direct');
    summary.quotes += direct.length;
    summary.attributed += direct.filter((quote) => quote.speaker !== null).length;
    summary.reported += analysis.quotes.length - direct.length;
    summary.frameHits += analysis.frames.reduce((n, frame) => n + frame.evidence.length, 0);
  };

  // Keep every worker busy with a second text queued, and read texts only as they are needed.
  const inFlight = new Set<Promise<void>>();
  const limit = pool ? threads * 2 : 1;
  let done = 0;
  try {
    for (const id of ids) {
      const article = getArticle(db, id);
      if (!article) continue;
      if (article.text === '') {
        summary.withoutText = (summary.withoutText ?? 0) + 1;
        options.onProgress?.(++done, Math.max(total, done));
        continue;
      }
      const task: Promise<void> = analyse({ articleId: id, title: article.title, text: article.text })
        .then((analysed) => record(id, article.text, analysed))
        .catch((error: unknown) => {
          summary.failures.push({ id, title: article.title, reason: reasonOf(error) });
        })
        .finally(() => {
          inFlight.delete(task);
          options.onProgress?.(++done, Math.max(total, done));
        });
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  return summary;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message || 'analysis failed without saying why';
}
