import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { countPendingArticles } from '../../../db/articles.ts';
import { closeProject } from '../../../db/open.ts';
import { ANALYSIS_VERSION } from '../../analyze/run.ts';
import { WorkersAhead } from '../../analyze/workers-ahead.ts';
import { emptyQdpxImport, type QdpxImport } from '../../exchange/refi/result.ts';
import { importPaths, type Failure, type ImportSummary } from '../../import/pipeline.ts';
import { parseFieldMap } from '../../import/fields.ts';
import { importProgress } from '../progress.ts';
import { analyseProject, describeAnalysis } from './analyze.ts';
import { openForCommand } from '../project.ts';
import { plural, printJson, truncate, type Output } from '../output.ts';

export interface ImportCommandOptions {
  db?: string;
  outlet?: string;
  map?: string;
  json?: boolean;
  /** False with --no-analyze. */
  analyze?: boolean;
}

/** `framescope import`: exit code 0 when every file imported, 1 when any file or record failed. */
export async function importCommand(
  paths: string[],
  options: ImportCommandOptions,
  output: Output,
): Promise<number> {
  const fieldMap = options.map ? parseFieldMap(options.map) : undefined;
  const qdpxPaths = paths.filter(isQdpx);
  const articlePaths = paths.filter((path) => !isQdpx(path));
  const { db, path } = openForCommand(options.db, 'write', output);
  // Analysis workers load while the import reads, when it brings enough articles for them.
  const ahead = options.analyze === false ? null : new WorkersAhead();
  try {
    const projects: QdpxImport[] = [];
    // Loaded only when a project file is imported, so the command line starts as fast as before.
    const { importQdpx } =
      qdpxPaths.length > 0 ? await import('../../exchange/refi/import.ts') : { importQdpx: null };
    for (const file of qdpxPaths) {
      try {
        projects.push(await importQdpx!(db, file, readFileSync(file)));
      } catch (error) {
        projects.push(failedProject(file, (error as Error).message));
      }
    }
    if (!options.json) for (const project of projects) output.out(describeQdpx(project));
    const summary =
      articlePaths.length > 0
        ? await importArticleFiles(db, articlePaths, { outlet: options.outlet, fieldMap }, output, ahead)
        : null;
    if (summary && !options.json) output.out(describeSummary(summary, path, output.columns));
    const ids = [
      ...projects.flatMap((project) => project.newArticleIds),
      ...(summary?.imported.map((article) => article.id) ?? []),
    ];
    // Articles an earlier, interrupted run left unanalysed are analysed along with the new ones.
    const waiting = options.analyze !== false && countPendingArticles(db, ANALYSIS_VERSION) > 0;
    const analysis = waiting
      ? await analyseProject(db, output, { fresh: ids.length, workers: ahead?.take() })
      : null;
    if (options.json)
      printJson(output, {
        project: path,
        ...(summary ?? {}),
        ...(projects.length > 0 ? { qdpx: projects } : {}),
        analysis,
      });
    else if (analysis) output.out(describeAnalysis(analysis));
    const failed =
      (summary?.failures.length ?? 0) + projects.reduce((sum, project) => sum + project.failures.length, 0);
    return failed === 0 && (analysis?.failures.length ?? 0) === 0 ? 0 : 1;
  } finally {
    await ahead?.close();
    closeProject(db);
  }
}

const isQdpx = (path: string) => /\.(qdpx|qde)$/i.test(path);

async function importArticleFiles(
  db: Parameters<typeof importPaths>[0],
  paths: string[],
  options: Parameters<typeof importPaths>[2],
  output: Output,
  ahead: WorkersAhead | null,
): Promise<ImportSummary> {
  const progress = importProgress(output);
  const summary = await importPaths(db, paths, options, (event) => {
    progress.onEvent(event);
    ahead?.onImportEvent(event);
  });
  progress.done();
  return summary;
}

function failedProject(file: string, reason: string): QdpxImport {
  return { ...emptyQdpxImport(basename(file)), failures: [{ where: basename(file), reason }] };
}

export function describeQdpx(project: QdpxImport): string {
  const lines = [
    `From the REFI-QDA project ${project.file}: ${plural(project.sources.imported, 'new article')} ` +
      `(${project.sources.matched} already in the project), ${plural(project.codes.added, 'new code')} ` +
      `(${project.codes.matched} matched), ${plural(project.coders.added, 'new coder')} (${project.coders.matched} matched), ` +
      `${plural(project.codings.imported, 'coding')} with ${plural(project.memos, 'memo')}` +
      (project.codings.alreadyThere > 0 ? ` (${project.codings.alreadyThere} were already there)` : '') +
      (project.decisions.imported > 0
        ? `, ${plural(project.decisions.imported, 'frame decision')} made in the articles`
        : '') +
      '.',
  ];
  for (const failure of project.failures) lines.push(`  ${failure.where}: ${failure.reason}`);
  return `${lines.join('\n')}\n`;
}

export function describeSummary(summary: ImportSummary, projectPath: string, columns = 100): string {
  const lines: string[] = [];
  const { imported, duplicates, failures, skipped, repeatedParagraphs, unreadDates } = summary;
  lines.push(
    `Imported ${plural(imported.length, 'article')} from ${plural(summary.files, 'file')} into ${projectPath}.`,
  );
  if (duplicates.length > 0) {
    lines.push(
      `Skipped ${plural(duplicates.length, 'duplicate')} (the same text is already in the project):`,
    );
    for (const d of duplicates.slice(0, LISTED)) {
      lines.push(truncate(`  ${place(d)}: "${d.title ?? ''}" is article ${d.duplicateOf}`, columns));
    }
    lines.push(...more(duplicates.length));
  }
  if (repeatedParagraphs.length > 0) {
    lines.push('Paragraphs repeated inside an article (kept as they are):');
    for (const r of repeatedParagraphs.slice(0, LISTED)) {
      const pairs = r.pairs
        .map(([first, again]) => `paragraph ${again} repeats paragraph ${first}`)
        .join('; ');
      lines.push(`  ${basename(r.file)}, article ${r.id}: ${pairs}`);
    }
    lines.push(...more(repeatedParagraphs.length));
  }
  if (unreadDates.length > 0) {
    lines.push(
      'Dates that could not be read (kept as written; the article has no date to sort or filter by):',
    );
    for (const d of unreadDates.slice(0, LISTED))
      lines.push(truncate(`  ${place(d)}, article ${d.id}: "${d.raw}"`, columns));
    lines.push(...more(unreadDates.length));
  }
  for (const s of summary.shortened) {
    lines.push(
      `  ${place(s)}, article ${s.id}: the text has ${s.characters.toLocaleString('en')} characters; only the first ${s.kept.toLocaleString('en')} were imported (the limit for one article).`,
    );
  }
  if (skipped.length > 0) {
    lines.push(
      `Passed over ${plural(skipped.length, 'file')} in the folders that are not articles (images, scripts, ...).`,
    );
  }
  if (failures.length > 0) {
    lines.push(`Failed: ${plural(failures.length, 'file or record', 'files or records')}:`);
    for (const failure of failures) lines.push(`  ${place(failure)}: ${failure.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Duplicates and repeats are listed up to this many; failures are always listed in full. */
const LISTED = 20;

function more(count: number): string[] {
  return count > LISTED ? [`  … and ${count - LISTED} more (--json lists them all)`] : [];
}

function place(item: Pick<Failure, 'file' | 'where'>): string {
  return item.where ? `${item.file} (${item.where})` : item.file;
}
