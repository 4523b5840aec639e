import type { Migration } from './types.ts';

// How sure analysis is of each quote's speaker (issue #8), so the Reader can put uncertain quotes first,
// accept sure ones in bulk, and the library count what needs a person. `confidence` is the machine's
// (0–1; null for quotes a person marked by hand) and stays as analysis gave it after a person decides:
// the decision is `status` and `coder_id`, as before. `speaker_source` says whether the text names the
// speaker, describes a source it does not name ("a senior official"), or the speaker is a news outlet;
// Compare counts sources by it. Rows stored before this migration have neither until analysed again.
export const quoteConfidence: Migration = {
  version: 6,
  name: 'confidence and kind of source of quote speakers',
  up: `
    ALTER TABLE quotes ADD COLUMN confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
    ALTER TABLE quotes ADD COLUMN speaker_source TEXT CHECK (speaker_source IN ('named', 'unnamed', 'media'));
  `,
};
