import { z } from 'zod';
import { countPendingArticles } from '../../../db/articles.ts';
import { importPaths, type ImportSummary } from '../../import/pipeline.ts';
import { ANALYSIS_VERSION, analysePending, type AnalysisSummary } from '../../analyze/run.ts';
import type { AnalysisPool } from '../../analyze/pool.ts';
import { WorkersAhead } from '../../analyze/workers-ahead.ts';
import type { QdpxImport } from '../../exchange/refi/result.ts';
import type { Session } from '../session.ts';
import { nonEmpty } from '../schemas.ts';
import { stagePart, withUploadedFiles, type UploadedFile } from '../uploads.ts';

export const importOptions = z.strictObject({
  /** Outlet for articles whose metadata and URL name none. */
  outlet: z.string().trim().min(1).optional(),
  /** CSV/JSON columns for the article fields, e.g. {text: "body", outlet: "source"}. */
  fieldMap: z
    .strictObject({
      title: z.string().optional(),
      text: z.string().optional(),
      outlet: z.string().optional(),
      author: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
      language: z.string().optional(),
    })
    .optional(),
  /** Tag entities, quotes and frames in the new articles (default true). */
  analyse: z.boolean().optional(),
});
export type ImportOptions = z.infer<typeof importOptions>;

export const uploadedFile = z.union([
  z.strictObject({ name: nonEmpty, base64: z.string() }),
  z.strictObject({ name: nonEmpty, staged: z.uuid() }),
]);

export const importPathsArgs = z.tuple([z.array(nonEmpty).min(1), importOptions.optional()]);
export const importUploadArgs = z.tuple([z.array(uploadedFile).min(1), importOptions.optional()]);
export const importStageArgs = z.tuple([z.uuid().nullable(), z.string()]);
export const analysisRunArgs = z.tuple([z.strictObject({ all: z.boolean().optional() }).optional()]);

export interface ImportResult extends ImportSummary {
  /**
   * The REFI-QDA projects (.qdpx, .qde) among the files, brought in as `exchange.importQdpx` does
   * (named as the person picked them); empty when there were none.
   */
  projects: QdpxImport[];
  /**
   * The analysis of the new articles and of any an earlier run left unanalysed; null when there
   * was nothing to analyse or analysis was not asked for.
   */
  analysis: AnalysisSummary | null;
}

/** Imports files and folders, then analyses the new articles, reporting progress of both. */
export async function importFromPaths(
  this: Session,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importAndAnalyse(this, paths, options, (path) => path);
}

/** Imports files the UI uploaded (a browser has no paths), keeping their folder names in reports. */
export async function importUploads(
  this: Session,
  files: UploadedFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  return withUploadedFiles(files, (folder, nameOf) => importAndAnalyse(this, [folder], options, nameOf));
}

/**
 * One part of a file too large for one call (the bridge takes a few MB a call): null starts a new
 * file; the result names it for the next part and, once all are sent, for `import.upload`.
 */
export function stageUpload(
  this: Session,
  stage: string | null,
  base64: string,
): Promise<{ stage: string; bytes: number }> {
  return stagePart(stage, base64);
}

/** The import handlers' one path: import the files, report progress, then analyse what is new. */
export async function importAndAnalyse(
  session: Session,
  paths: string[],
  options: ImportOptions,
  nameOf: (path: string) => string,
  beforeAnalysis?: (ids: number[]) => void,
): Promise<ImportResult> {
  // Analysis workers load while the import reads, when it brings enough articles for them.
  const ahead = options.analyse === false ? null : new WorkersAhead();
  try {
    return await importThenAnalyse(session, paths, options, nameOf, ahead, beforeAnalysis);
  } finally {
    await ahead?.close();
  }
}

async function importThenAnalyse(
  session: Session,
  paths: string[],
  options: ImportOptions,
  nameOf: (path: string) => string,
  ahead: WorkersAhead | null,
  beforeAnalysis?: (ids: number[]) => void,
): Promise<ImportResult> {
  // A REFI-QDA project is no article file: it is brought in whole (texts, codes, codings, coders).
  const named = paths.filter(isProjectFile);
  const summary = await session.task(
    'import',
    async (progress) => {
      const done = await importPaths(
        session.db,
        paths.filter((path) => !isProjectFile(path)),
        { outlet: options.outlet, fieldMap: options.fieldMap },
        (event) => {
          ahead?.onImportEvent(event);
          if (event.type === 'start') progress(0, event.files);
          if (event.type === 'file') progress(event.index, event.files, nameOf(event.file));
        },
      );
      progress(done.files, done.files);
      return done;
    },
    (done) =>
      `Imported ${count(done.imported.length, 'article')}; ${count(done.duplicates.length, 'duplicate')} skipped, ` +
      `${count(done.failures.length, 'failure')}.`,
  );
  session.changed('articles');
  const projectFiles = [...named, ...summary.skipped.filter(isProjectFile)];
  const projects: QdpxImport[] = [];
  const projectFailures: ImportSummary['failures'] = [];
  if (projectFiles.length > 0) {
    const { importProjectQdpx } = await import('./exchange.ts');
    for (const file of projectFiles) {
      try {
        const done = await importProjectQdpx.call(session, file, { analyse: false });
        projects.push({ ...done, file: nameOf(file) });
        for (const failure of done.failures)
          projectFailures.push({ file: nameOf(file), where: failure.where, reason: failure.reason });
      } catch (error) {
        projectFailures.push({ file: nameOf(file), reason: (error as Error).message });
      }
    }
  }
  const renamed: ImportSummary = {
    ...summary,
    imported: summary.imported.map((article) => ({ ...article, file: nameOf(article.file) })),
    duplicates: summary.duplicates.map((duplicate) => ({ ...duplicate, file: nameOf(duplicate.file) })),
    failures: [
      ...summary.failures.map((failure) => ({ ...failure, file: nameOf(failure.file) })),
      ...projectFailures,
    ],
    skipped: summary.skipped.filter((file) => !isProjectFile(file)).map(nameOf),
    shortened: summary.shortened.map((article) => ({ ...article, file: nameOf(article.file) })),
    unreadDates: summary.unreadDates.map((unread) => ({ ...unread, file: nameOf(unread.file) })),
    repeatedParagraphs: summary.repeatedParagraphs.map((repeat) => ({
      ...repeat,
      file: nameOf(repeat.file),
    })),
  };
  const ids = [
    ...summary.imported.map((article) => article.id),
    ...projects.flatMap((project) => project.newArticleIds),
  ];
  beforeAnalysis?.(ids);
  // Whatever an earlier run left unanalysed (it was stopped, say) is analysed along with the new articles.
  const waiting = options.analyse !== false && countPendingArticles(session.db, ANALYSIS_VERSION) > 0;
  const analysis = waiting ? await analyse(session, { fresh: ids.length, workers: ahead?.take() }) : null;
  return { ...renamed, projects, analysis };
}

const isProjectFile = (path: string) => /\.(qdpx|qde)$/i.test(path);

/**
 * Analyses every article without a current analysis (every article with `all`) as a task; `fresh`
 * says how many of them were just added, so the summary can say how many waited from before.
 */
export async function analyse(
  session: Session,
  options: { all?: boolean; fresh?: number; workers?: AnalysisPool | undefined },
): Promise<AnalysisSummary> {
  const summary = await session.task(
    'analysis',
    (progress) => analysePending(session.db, { ...options, onProgress: progress }),
    (done) =>
      `Analysed ${count(done.analysed, 'article')}` +
      (done.pending ? ` (${count(done.pending, 'article')} waiting from before)` : '') +
      `: ${count(done.quotes, 'quote')}, ${count(done.frameHits, 'frame evidence sentence')}` +
      (done.failures.length > 0 ? `; ${done.failures.length} failed.` : '.'),
  );
  session.changed('analysis');
  return summary;
}

/** Analyses the articles not analysed yet (or every article with `all`); corrections and coding are kept. */
export function runAnalysis(
  this: Session,
  options: { all?: boolean | undefined } = {},
): Promise<AnalysisSummary> {
  return analyse(this, { all: options.all ?? false });
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
