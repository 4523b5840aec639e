import type { Migration } from './types.ts';

// Issue 9: every project keeps its own copy of the shipped codebooks, made when the project was, so a
// project made before the shipped frames got better cues kept the old ones with no hint. To offer the
// newer cues without ever overwriting a person's edit, each code remembers the cue list it last took
// from a shipped codebook (the JSON the `cues` column held then): cues equal to it were never edited.
// NULL for codes nobody shipped and for copies made before this column; for those the app compares
// the cues with every cue list a release has shipped (core/analyze/codebook-updates.ts).
export const shippedCues: Migration = {
  version: 23,
  name: 'the shipped cues each code was copied from, to offer newer shipped cues to unedited frames',
  up: `
    ALTER TABLE codes ADD COLUMN shipped_cues TEXT CHECK (shipped_cues IS NULL OR json_valid(shipped_cues));
  `,
};
