import type { Migration } from './types.ts';

// Teams and classrooms (issue 11). `coders.role` says what a coder is to the project: a coder, the
// adjudicator who settles disagreements, or the key a teacher's students are measured against; NULL
// where nobody said (counted as a coder). Every human decision records who made it and when: quotes
// and annotations gain `decided_at` (set when a person accepts, rejects, corrects, codes or writes a
// memo), entities gain `coder_id` and `decided_at` for renames and merges. `annotations.adjudicated`
// marks the adjudicated layer: an adjudicator's decision on a unit where coders differ, present
// (status accepted) or absent (status rejected), kept apart from the adjudicator's own coding.
// Only columns are added, so files written before open unchanged apart from the new, empty columns.
export const coderRoles: Migration = {
  version: 13,
  name: 'coder roles, who decided and when, and the adjudicated layer',
  up: `
    ALTER TABLE coders ADD COLUMN role TEXT CHECK (role IS NULL OR role IN ('coder', 'adjudicator', 'key'));
    ALTER TABLE quotes ADD COLUMN decided_at TEXT;
    ALTER TABLE annotations ADD COLUMN decided_at TEXT;
    ALTER TABLE annotations ADD COLUMN adjudicated INTEGER NOT NULL DEFAULT 0 CHECK (adjudicated IN (0, 1));
    ALTER TABLE entities ADD COLUMN coder_id INTEGER REFERENCES coders (id);
    ALTER TABLE entities ADD COLUMN decided_at TEXT;
  `,
};
