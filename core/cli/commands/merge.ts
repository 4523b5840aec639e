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
    const { db } = openForCommand(options.db, 'update', output);
    try {
      let lastShown = 0;
      const report = mergeOpened(db, other.db, theirs, {
        // A terminal shows a line that keeps its place; a log gets a line every few seconds.
        progress: (done, total) => {
          const now = Date.now();
          if (done === total || now - lastShown < (output.errIsTty ? 100 : 5000)) return;
          lastShown = now;
          const line = `Merging: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} articles`;
          output.err(output.errIsTty ? `\r${line}` : `${line}\n`);
        },
      });
      if (output.errIsTty && lastShown > 0) output.err('\n');
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
