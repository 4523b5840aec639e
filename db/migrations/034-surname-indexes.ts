import type { Migration } from './types.ts';

// Issue 8: analysis looks for the people a lone surname may stand for ("Peskov" → Dmitry Peskov) and
// for a person known so far by the surname only, and read every person of the project to do it: a
// name's last word was matched with LIKE '% Surname', which no index answers. Each person's last word
// of the name and of the matching key is now indexed, so the lookup reads only the people of that
// surname (db/entities.ts); what it finds is the same.

/** The last word of a text: what follows its last space (the whole text when it has none). */
export const lastWord = (column: string) =>
  `substr(${column}, length(rtrim(${column}, replace(${column}, ' ', ''))) + 1)`;

export const surnameIndexes: Migration = {
  version: 34,
  name: 'people indexed by the last word of their name and matching key',
  up: `
    CREATE INDEX entities_person_surname ON entities (${lastWord('name')}) WHERE type = 'person';
    CREATE INDEX entities_person_surname_key ON entities (lower(${lastWord('match_key')})) WHERE type = 'person';
  `,
};
