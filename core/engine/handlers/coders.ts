import { z } from 'zod';
import { coderIdsWithRole, getCoder, getCoderByName, listCoders, type CoderRow } from '../../../db/coders.ts';
import type { Db } from '../../../db/open.ts';
import { EngineError } from '../errors.ts';
import { id, nonEmpty } from '../schemas.ts';
import type { Session } from '../session.ts';

// Coders' roles (issue 11): a coder, the adjudicator who settles disagreements, or the key a
// teacher's students are measured against. A project has at most one key, so marking a coder as
// the key makes the previous key a plain coder again, in the same undoable edit.

export const coderRole = z.enum(['coder', 'adjudicator', 'key']);
export const coderRef = z.union([id, nonEmpty]);
export const coderRoleArgs = z.tuple([coderRef, coderRole]);

/** A coder by number or name (any case); a clear sentence naming the project's coders when there is none. */
export function findCoder(db: Db, ref: number | string): CoderRow {
  const coder = typeof ref === 'number' ? getCoder(db, ref) : getCoderByName(db, ref);
  if (coder) return coder;
  const known = listCoders(db)
    .map((one) => one.name)
    .join(', ');
  throw new EngineError(
    'not-found',
    `There is no coder “${ref}” in this project (coders: ${known || 'none yet'}).`,
  );
}

/** Gives a coder a role; returns every coder as they now are. */
export function setCoderRole(
  this: Session,
  ref: number | string,
  role: z.infer<typeof coderRole>,
): CoderRow[] {
  const coder = findCoder(this.db, ref);
  const label = role === 'key' ? `Make ${coder.name} the key` : `Make ${coder.name} ${article(role)} ${role}`;
  this.edit(
    label,
    (recorder) => {
      if (role === 'key')
        for (const other of coderIdsWithRole(this.db, 'key'))
          if (other !== coder.id) recorder.update('coders', { id: other }, { role: 'coder' });
      recorder.update('coders', { id: coder.id }, { role });
    },
    'edits',
  );
  return listCoders(this.db);
}

const article = (role: string) => (role === 'adjudicator' ? 'an' : 'a');
