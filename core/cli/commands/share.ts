import { writeSnapshot, type SnapshotOptions } from '../../../db/snapshot.ts';
import { stripArticleTexts } from '../../../db/annotations-only.ts';
import { openForCommand } from '../project.ts';
import type { Output } from '../output.ts';

export interface ShareCommandOptions {
  db?: string;
  out: string;
  /** Leave the article texts out (copyright): the annotations re-attach to the recipient's texts. */
  annotationsOnly?: boolean;
}

/** What a share leaves out, as steps run on the fresh copy before it is checked. */
export function shareSteps(options: ShareCommandOptions): NonNullable<SnapshotOptions['steps']> {
  return options.annotationsOnly ? [(copy) => void stripArticleTexts(copy)] : [];
}

/**
 * `framescope share --out FILE`: a copy of the project to hand to someone, whole in one file
 * (nothing left in a -wal beside it), checked, and never half written. Works on a read-only
 * project too, since the project is only read.
 */
export function shareCommand(options: ShareCommandOptions, output: Output): number {
  const { db, path } = openForCommand(options.db, 'read', output);
  try {
    const copy = writeSnapshot(db, options.out, { steps: shareSteps(options) });
    output.out(
      options.annotationsOnly
        ? `Saved the annotations of ${path} without the article texts to ${options.out} (${megabytes(copy.bytes)}): one whole file, checked, ready to send. A colleague who has the same articles merges it into their project.\n`
        : `Saved a copy of ${path} to ${options.out} (${megabytes(copy.bytes)}): one whole file, checked, ready to send.\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
