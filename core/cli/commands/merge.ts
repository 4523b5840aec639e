import { closeProject } from '../../../db/open.ts';
import { mergeOpened } from '../../merge/run.ts';
import { describeMerge } from '../../merge/describe.ts';
import { openTheirs } from '../../merge/open-theirs.ts';
import { openForCommand, projectPathFor } from '../project.ts';
import { printJson, type Output } from '../output.ts';

export interface MergeCommandOptions {
  db?: string;
  json?: boolean;
}

/** `framescope merge THEIR.sqlite --db MINE.sqlite`: a colleague's work merged in, the other file unchanged. */
export function mergeCommand(theirs: string, options: MergeCommandOptions, output: Output): number {
  // The other file is checked before this project is opened, so a refused file leaves both as they were.
  const other = openTheirs(theirs, projectPathFor(options.db, 'update'));
  try {
    const { db } = openForCommand(options.db, 'update');
    try {
      const report = mergeOpened(db, other.db, theirs);
      if (options.json) printJson(output, report);
      else output.out(describeMerge(report));
      return 0;
    } finally {
      closeProject(db);
    }
  } finally {
    other.close();
  }
}
