import { basename } from 'node:path';
import { z } from 'zod';
import { mergeInWorker } from '../../merge/in-worker.ts';
import type { MergeReport } from '../../merge/types.ts';
import type { Session } from '../session.ts';
import { nonEmpty } from '../schemas.ts';

export const mergeArgs = z.tuple([nonEmpty]);

/**
 * Merges a colleague's copy of the project (a file path) into the open project, as one undoable
 * edit, and returns the merge report. The other file is checked and read from a private copy; a
 * file that fails the check is refused with a sentence and nothing changes. It runs as a task
 * that reports progress and can be stopped; a stopped merge changes nothing (`stopped` in the report).
 */
export async function mergeProject(
  this: Session,
  path: string,
): Promise<MergeReport & { stopped?: boolean }> {
  const report = await this.task(
    'merge',
    (progress, signal) => mergeInWorker(this.path, path, (done, total) => progress(done, total), signal),
    (result) =>
      result.stopped
        ? `Stopped merging ${basename(path)}; this project is unchanged.`
        : result.changed
          ? `Merged ${basename(path)}.`
          : `Nothing new in ${basename(path)}.`,
    { cancellable: true },
  );
  if (report.changed) {
    for (const what of ['articles', 'analysis', 'codebook', 'stories', 'edits'] as const) this.changed(what);
    // The colleague's decisions (and articles to propose on) teach the learner as the person's own do.
    this.decisionsArrived();
  }
  return report;
}
