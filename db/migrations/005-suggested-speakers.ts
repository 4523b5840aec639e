import type { Migration } from './types.ts';

// The speaker analysis suggested for a quote, kept beside the speaker a person may set instead, so
// that agreement between the machine and a coder on who is quoted can be measured (issue 11).
// `suggested_speaker_known` is 1 where the suggestion is known: every quote analysis stores from
// now on; quotes nobody has reviewed (their speaker is still the suggestion); and reviewed quotes
// whose first recorded edit, still in the undo history, shows them unreviewed. Elsewhere it is 0,
// and such quotes stay out of machine-versus-coder figures.
export const suggestedSpeakers: Migration = {
  version: 5,
  name: 'suggested speakers kept beside corrections',
  up: `
    ALTER TABLE quotes ADD COLUMN suggested_speaker TEXT;
    ALTER TABLE quotes ADD COLUMN suggested_speaker_known INTEGER NOT NULL DEFAULT 0
      CHECK (suggested_speaker_known IN (0, 1));

    UPDATE quotes SET suggested_speaker = speaker_text, suggested_speaker_known = 1
    WHERE origin = 'auto' AND status = 'suggested';

    UPDATE quotes SET
      suggested_speaker = (
        SELECT json_extract(change.value, '$.before.speaker_text')
        FROM edits, json_each(edits.changes) AS change
        WHERE json_extract(change.value, '$.table') = 'quotes'
          AND json_extract(change.value, '$.before.id') = quotes.id
        ORDER BY edits.id LIMIT 1),
      suggested_speaker_known = 1
    WHERE origin = 'auto' AND status != 'suggested' AND (
      SELECT json_extract(change.value, '$.before.status')
      FROM edits, json_each(edits.changes) AS change
      WHERE json_extract(change.value, '$.table') = 'quotes'
        AND json_extract(change.value, '$.before.id') = quotes.id
      ORDER BY edits.id LIMIT 1) = 'suggested';
  `,
};
