import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { coderIdsWithRole, getCoder } from '../../../db/coders.ts';
import { stripKeyDecisions, type RemovedDecisions } from '../../../db/students-copy.ts';
import { writeSnapshot } from '../../../db/snapshot.ts';
import { EngineError } from '../errors.ts';
import type { Session } from '../session.ts';

// Classroom (issue 11): a teacher marks one coder as the key, saves a copy for students without
// the key's decisions, and later sees each student's agreement with the key (agreement.compute
// with `reference`) and the passages where they differ (disagreements.list with the two coders).

export interface StudentsCopy {
  path: string;
  bytes: number;
  key: string;
  removed: RemovedDecisions;
}

/**
 * Writes a copy of the open project for students: a consistent snapshot with the key coder's
 * decisions (and any adjudicated decisions) taken out. Nothing is left at `path` unless the whole
 * copy was written and passed the integrity check; an existing file is refused.
 */
export function saveStudentsCopy(this: Session, path: string): StudentsCopy {
  const target = resolve(path);
  if (existsSync(target))
    throw new EngineError('conflict', `${path} already exists; choose a new file name.`);
  if (!existsSync(dirname(target)))
    throw new EngineError('invalid-arguments', `${path}: the folder ${dirname(target)} does not exist.`);
  const keys = coderIdsWithRole(this.db, 'key');
  if (keys.length === 0)
    throw new EngineError(
      'invalid-arguments',
      'No coder is marked as the key yet, so there is nothing to hide from students. Mark the coder whose decisions are the answers as the key first (Coder ▾ → Make the key, or framescope coders role NAME key).',
    );
  const key = getCoder(this.db, keys[0]!)!;
  let removed: RemovedDecisions | undefined;
  try {
    const copy = writeSnapshot(this.db, target, {
      steps: [(db) => (removed = stripKeyDecisions(db, key.id))],
    });
    return { path: copy.path, bytes: copy.bytes, key: key.name, removed: removed! };
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw new EngineError(
      'project-file',
      `The copy for students could not be written to ${path}: ${(error as Error).message}`,
    );
  }
}
