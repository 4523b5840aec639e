import { createHash } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { contentLines } from '../../db/merge.ts';

/** A digest of a project's work that ignores local ids: equal for projects holding the same things. */
export function contentDigest(db: Db): string {
  const hash = createHash('sha256');
  for (const line of contentLines(db)) hash.update(`${line}\n`);
  return hash.digest('hex');
}
