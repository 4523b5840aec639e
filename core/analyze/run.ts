import { availableParallelism } from 'node:os';
import type { Db } from '../../db/open.ts';
import { getArticle } from '../../db/articles.ts';
import { analyseText } from './analyse-text.ts';
import { ensureShippedCodebooks, loadProjectCodebooks } from './codebooks.ts';
import { AnalysisPool } from './pool.ts';
import { storeAnalysis } from './store.ts';
import { scopeTest } from './scope.ts';
import { getProjectLexicon } from './lexicon.ts';
import type { ArticleAnalysis } from './types.ts';

/** Raise when analysis changes what it finds, so that `analyze` redoes older articles. */
// 2: reported speech; 3: page furniture and repeated paragraphs left out, article-level frame decisions,
// sentence evidence, speaker confidence; 4: gazetteer places, entity type confidence.
export const ANALYSIS_VERSION = 4;

/** Below this many articles, starting worker threads costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 8;

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
}

export interface AnalyseOptions {
  /** Worker threads; default: one per core, at most 4. */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Analyses articles of a project and stores the results, each article in its own transaction. */
export async function analyseArticles(
  db: Db,
  ids: readonly number[],
  options: AnalyseOptions = {},
): Promise<AnalysisSummary> {
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
  const threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const pool =
    threads > 1 && ids.length >= MIN_ARTICLES_FOR_WORKERS
      ? new AnalysisPool(Math.min(threads, ids.length), codebooks, lexicon)
      : null;
  const analyse = (text: string) =>
    pool ? pool.analyse(text) : Promise.resolve(analyseText(text, codebooks, lexicon));

  const record = (id: number, analysis: ArticleAnalysis) => {
    storeAnalysis(db, id, analysis, codeIds, ANALYSIS_VERSION, scopeTest(db, scopes, id));
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
      const task: Promise<void> = analyse(article.text)
        .then((analysis) => record(id, analysis))
        .catch((error: unknown) => {
          summary.failures.push({ id, title: article.title, reason: (error as Error).message });
        })
        .finally(() => {
          inFlight.delete(task);
          options.onProgress?.(++done, ids.length);
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
