import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { suggestedSpeakers } from '../../db/migrations/005-suggested-speakers.ts';
import { useTempDir } from '../support/temp.ts';

describe('migration: suggested speakers kept beside corrections', () => {
  const temp = useTempDir();

  it('keeps the suggestion of unreviewed quotes, recovers corrected ones from the history, and marks the rest unknown', () => {
    const db = new Database(join(temp.dir(), 'speakers.sqlite'));
    migrate(db, suggestedSpeakers.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, text, source_format, imported_at, word_count)
        VALUES ('u1', 'h1', 'The minister said "yes" and "no" and "maybe" and "never".', 'text', '2020-03-23', 10);
      INSERT INTO coders (name) VALUES ('Anna');
      INSERT INTO quotes (article_id, start, end, speaker_text, origin, status) VALUES (1, 19, 22, 'Ivan Petrov', 'auto', 'suggested');
      INSERT INTO quotes (article_id, start, end, speaker_text, origin, status, coder_id) VALUES (1, 29, 31, 'Olga Sidorova', 'auto', 'accepted', 1);
      INSERT INTO quotes (article_id, start, end, speaker_text, origin, status, coder_id) VALUES (1, 38, 43, 'Olga Sidorova', 'auto', 'accepted', 1);
      INSERT INTO quotes (article_id, start, end, speaker_text, origin, status, coder_id) VALUES (1, 50, 55, 'Anna Ivanova', 'manual', 'accepted', 1);
    `);
    // Quote 2 was changed from Ivan Petrov to Olga Sidorova while it was still a suggestion.
    const before = { id: 2, speaker_text: 'Ivan Petrov', status: 'suggested' };
    const after = { id: 2, speaker_text: 'Olga Sidorova', status: 'accepted' };
    db.prepare(
      "INSERT INTO edits (label, changes, made_at) VALUES ('Change the speaker', ?, '2020-03-24')",
    ).run(JSON.stringify([{ table: 'quotes', before, after }]));
    migrate(db, suggestedSpeakers.version);
    expect(db.pragma('user_version', { simple: true })).toBe(suggestedSpeakers.version);
    expect(
      db
        .prepare(
          'SELECT id, speaker_text, suggested_speaker, suggested_speaker_known FROM quotes ORDER BY id',
        )
        .all(),
    ).toEqual([
      { id: 1, speaker_text: 'Ivan Petrov', suggested_speaker: 'Ivan Petrov', suggested_speaker_known: 1 },
      { id: 2, speaker_text: 'Olga Sidorova', suggested_speaker: 'Ivan Petrov', suggested_speaker_known: 1 },
      { id: 3, speaker_text: 'Olga Sidorova', suggested_speaker: null, suggested_speaker_known: 0 },
      { id: 4, speaker_text: 'Anna Ivanova', suggested_speaker: null, suggested_speaker_known: 0 },
    ]);
    expect(() => db.exec('UPDATE quotes SET suggested_speaker_known = 2 WHERE id = 1')).toThrow(/CHECK/);
    db.close();
  });
});
