import { basename } from 'node:path';
import { countPendingArticles } from '../../../db/articles.ts';
import { closeProject } from '../../../db/open.ts';
import { ANALYSIS_VERSION } from '../../analyze/run.ts';
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
  const { db, path } = openForCommand(options.db, 'write');
  try {
    const progress = importProgress(output);
    const summary = await importPaths(db, paths, { outlet: options.outlet, fieldMap }, progress.onEvent);
    progress.done();
    if (!options.json) output.out(describeSummary(summary, path, output.columns));
    // Articles an earlier, interrupted run left unanalysed are analysed along with the new ones.
    const waiting = options.analyze !== false && countPendingArticles(db, ANALYSIS_VERSION) > 0;
    const analysis = waiting ? await analyseProject(db, output, { fresh: summary.imported.length }) : null;
    if (options.json) printJson(output, { project: path, ...summary, analysis });
    else if (analysis) output.out(describeAnalysis(analysis));
    return summary.failures.length === 0 && (analysis?.failures.length ?? 0) === 0 ? 0 : 1;
  } finally {
    closeProject(db);
  }
}

export function describeSummary(summary: ImportSummary, projectPath: string, columns = 100): string {
  const lines: string[] = [];
  const { imported, duplicates, failures, skipped, repeatedParagraphs } = summary;
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
