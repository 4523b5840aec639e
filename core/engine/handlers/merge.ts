import { z } from 'zod';
import { mergeOpened } from '../../merge/run.ts';
import { openTheirs } from '../../merge/open-theirs.ts';
import type { MergeReport } from '../../merge/types.ts';
import type { Session } from '../session.ts';
import { nonEmpty } from '../schemas.ts';

export const mergeArgs = z.tuple([nonEmpty]);

/**
 * Merges a colleague's copy of the project (a file path) into the open project, as one undoable
 * edit, and returns the merge report. The other file is checked and read from a private copy; a
 * file that fails the check is refused with a sentence and nothing changes.
 */
export function mergeProject(this: Session, path: string): MergeReport {
  const theirs = openTheirs(path, this.path);
  try {
    const report = mergeOpened(this.db, theirs.db, path);
    if (report.changed)
      for (const what of ['articles', 'analysis', 'codebook', 'stories', 'edits'] as const)
        this.changed(what);
    return report;
  } finally {
    theirs.close();
  }
}
