import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AnalysisSummary } from '../../analyze/run.ts';
import type { QdpxExport } from '../../exchange/refi/export.ts';
import type { QdpxImport } from '../../exchange/refi/result.ts';
import type { TidyExport } from '../../exchange/tidy.ts';
import { isAnnotationsOnly } from '../../../db/annotations-only.ts';
import { EngineError } from '../errors.ts';
import { nonEmpty } from '../schemas.ts';
import type { Session } from '../session.ts';
import { analyse } from './imports.ts';

// Exchange with other tools (issue 11): REFI-QDA projects (.qdpx) that ATLAS.ti, MAXQDA, NVivo
// and QualCoder read and write, and tidy CSV tables for R and pandas. The modules (with their zip
// and XML libraries) load on first use, so the engine and the command line start as fast as before.

export const exchangePathArgs = z.tuple([nonEmpty]);
export const qdpxImportArgs = z.tuple([
  nonEmpty,
  z.strictObject({ analyse: z.boolean().optional() }).optional(),
]);

export interface QdpxImportResult extends QdpxImport {
  /** The analysis of the articles the file added; null when it added none or analysis was not asked for. */
  analysis: AnalysisSummary | null;
}

/**
 * Writes the project as a REFI-QDA project file. An annotations-only copy is refused: the standard's
 * codings point into each source's text, which such a copy does not hold, so other tools would read
 * codings that run past empty sources.
 */
export async function exportProjectQdpx(this: Session, path: string): Promise<QdpxExport> {
  if (isAnnotationsOnly(this.db))
    throw new EngineError(
      'invalid-arguments',
      `${this.path} holds annotations only, without the article texts, so it cannot be written as a REFI-QDA project (its codings point into the texts). Merge it into a project that has the texts, then export that one; tidy CSV works on it as it is.`,
    );
  const { exportQdpx } = await import('../../exchange/refi/export.ts');
  return exportQdpx(this.db, path);
}

/** Brings in a REFI-QDA project: its texts, codes, coders, codings and memos; then analyses new articles. */
export async function importProjectQdpx(
  this: Session,
  path: string,
  options: { analyse?: boolean | undefined } = {},
): Promise<QdpxImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new EngineError(
      'import',
      `${path} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    );
  }
  const { importQdpx } = await import('../../exchange/refi/import.ts');
  const result = await this.task(
    'import',
    async (progress) => {
      progress(0, 1, path);
      const done = await importQdpx(this.db, path, bytes);
      progress(1, 1);
      return done;
    },
    (done) =>
      (done.decisions.imported > 0
        ? `Imported ${done.sources.imported} articles, ${done.codings.imported} codings and ${done.decisions.imported} frame decisions from ${done.file}`
        : `Imported ${done.sources.imported} articles and ${done.codings.imported} codings from ${done.file}`) +
      (done.failures.length > 0 ? `; ${done.failures.length} problems.` : '.'),
  );
  this.changed('articles');
  const analysis =
    options.analyse !== false && result.newArticleIds.length > 0
      ? await analyse(this, { fresh: result.newArticleIds.length })
      : null;
  // Its codings are decisions the learner learns from (once the new articles are analysed, as it
  // reads their cues): the learned proposals follow them as they follow a person's own.
  if (result.codings.imported + result.decisions.imported + result.sources.imported > 0)
    this.decisionsArrived();
  return { ...result, analysis };
}

/** Writes one CSV file per table into a folder. */
export async function exportProjectTidy(this: Session, folder: string): Promise<TidyExport> {
  const { exportTidy } = await import('../../exchange/tidy.ts');
  return exportTidy(this.db, folder);
}
