import { basename } from 'node:path';
import type { Db } from '../../db/open.ts';
import { withFrameSumsHeld } from '../../db/held-frame-sums.ts';
import { recordEdit } from '../engine/history.ts';
import { mergeInto } from './merge.ts';
import { openTheirs } from './open-theirs.ts';
import type { MergeWatch } from './report.ts';
import type { MergeReport } from './types.ts';

/**
 * Merges the project file at `theirPath` into the open project `mine` (at `minePath`): checked and
 * read from a private copy, in one transaction, recorded as one undoable edit ("Merge FILE"). A
 * file that fails the check is refused with a sentence and neither project changes; so is a merge
 * stopped through `watch` (it throws `MergeStopped`).
 */
export function mergeProjectFile(
  mine: Db,
  minePath: string,
  theirPath: string,
  watch: MergeWatch = {},
): MergeReport {
  const theirs = openTheirs(theirPath, minePath);
  try {
    return mergeOpened(mine, theirs.db, theirPath, watch);
  } finally {
    theirs.close();
  }
}

/** Merges a project opened with `openTheirs` into `mine`, as one undoable edit ("Merge FILE"). */
export function mergeOpened(mine: Db, theirs: Db, theirPath: string, watch: MergeWatch = {}): MergeReport {
  // Many articles change at once: the sums per frame move once per article, at the end.
  return withFrameSumsHeld(mine, () =>
    recordEdit(mine, `Merge ${basename(theirPath)}`, (recorder) =>
      mergeInto(mine, theirs, theirPath, recorder, watch),
    ),
  );
}
