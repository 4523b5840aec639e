import { closeProject, type Db } from '../../../db/open.ts';
import { analyseFiles } from '../../analyze/files.ts';
import { BUILT_IN_CODEBOOKS } from '../../../nlp/frames/index.ts';
import { analysePending, type AnalysisSummary } from '../../analyze/run.ts';
import type { AnalysisPool } from '../../analyze/pool.ts';
import { openForCommand } from '../project.ts';
import { plural, printJson, type Output } from '../output.ts';

export interface AnalyzeCommandOptions {
  db?: string;
  all?: boolean;
  json?: boolean;
  threads?: string;
  /** With files: the built-in codebooks to apply, by id. */
  codebook?: string[];
}

/**
 * `framescope analyze`: with files and no --db, analyses the files and prints JSON; otherwise
 * analyses the project's articles that have not been analysed yet (all of them with --all).
 */
export async function analyzeCommand(
  paths: string[],
  options: AnalyzeCommandOptions,
  output: Output,
): Promise<number> {
  if (paths.length > 0) {
    if (options.db) {
      output.err(
        'To add files to a project, import them: framescope import <files> --db FILE (import analyses them).\n',
      );
      return 2;
    }
    const known = BUILT_IN_CODEBOOKS.map((book) => book.id);
    const unknown = (options.codebook ?? []).filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      output.err(`No built-in codebook "${unknown.join('", "')}"; choose from ${known.join(', ')}.\n`);
      return 2;
    }
    const codebooks = options.codebook?.length
      ? BUILT_IN_CODEBOOKS.filter((book) => options.codebook!.includes(book.id))
      : BUILT_IN_CODEBOOKS;
    const { articles, failures } = await analyseFiles(paths, {}, codebooks);
    printJson(output, { articles, ...(failures.length > 0 ? { failures } : {}) });
    for (const failure of failures)
      output.err(`${failure.file}${failure.where ? ` (${failure.where})` : ''}: ${failure.reason}\n`);
    return failures.length === 0 ? 0 : 1;
  }
  const { db } = openForCommand(options.db, 'update', output);
  try {
    const summary = await analyseProject(db, output, { all: options.all ?? false, threads: options.threads });
    if (options.json) printJson(output, summary);
    else output.out(describeAnalysis(summary));
    return summary.failures.length === 0 ? 0 : 1;
  } finally {
    closeProject(db);
  }
}

/**
 * Analyses every article of a project without a current analysis, with progress on stderr; used
 * by `import` too, so that what an interrupted run left unanalysed is never forgotten. `fresh`:
 * how many of them the import just added.
 */
export async function analyseProject(
  db: Db,
  output: Output,
  options: {
    all?: boolean;
    fresh?: number;
    threads?: string | undefined;
    /** Workers the import started ahead (workers-ahead.ts). */
    workers?: AnalysisPool | undefined;
  } = {},
): Promise<AnalysisSummary> {
  let lastShown = 0;
  return analysePending(db, {
    all: options.all ?? false,
    fresh: options.fresh ?? 0,
    threads: options.threads ? Number(options.threads) : undefined,
    workers: options.workers,
    onProgress: (done, total) => {
      const now = Date.now();
      if (done !== total && now - lastShown < (output.errIsTty ? 100 : 5000)) return;
      lastShown = now;
      const line = `Analysing: ${done.toLocaleString('en')} of ${plural(total, 'article')}`;
      output.err(output.errIsTty ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
    },
  });
}

export function describeAnalysis(summary: AnalysisSummary): string {
  const waiting = summary.pending
    ? ` (${summary.pending.toLocaleString('en')} of them left unanalysed by an earlier run)`
    : '';
  const lines = [
    `Analysed ${plural(summary.analysed, 'article')}${waiting}: ${plural(summary.mentions, 'entity mention')}, ` +
      `${plural(summary.quotes, 'quote')} (${summary.attributed.toLocaleString('en')} with a speaker), ` +
      `${summary.reported.toLocaleString('en')} reported speech, ` +
      `${plural(summary.frameHits, 'frame evidence sentence')}.`,
  ];
  if (summary.withoutText)
    lines.push(
      `Left ${plural(summary.withoutText, 'article')} alone: their text is not included in this project (it was saved "annotations only"), so there is nothing to analyse.`,
    );
  if (summary.failures.length > 0) {
    lines.push(`Analysis failed for ${plural(summary.failures.length, 'article')}:`);
    for (const failure of summary.failures)
      lines.push(`  article ${failure.id} "${failure.title ?? ''}": ${failure.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
