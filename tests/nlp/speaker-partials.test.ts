// Who said it (issue #8, attrib9): short partial quotes whose speaker is the subject of a verb of saying,
// charging or judging in their own sentence, and the subjects and verbs such sentences use. Sentences
// written for these tests, one phenomenon a case.
import { describe, it } from 'vitest';
import { checkSpeakers, type Case } from './speaker-case.ts';

const verbs: Case[] = [
  {
    name: 'a verb of comforting after the quote',
    text: '"We will rebuild the bridge by June," Governor Paul Brandt consoled the families.',
    quotes: [['We will rebuild the bridge by June', 'Paul Brandt', 'consoled']],
  },
  {
    name: '"speaks of" before a partial quote',
    text: 'The council member Anna Berg speaks of the "slow and painful work of repair" in every interview.',
    quotes: [['slow and painful work of repair', 'Anna Berg', 'speaks']],
  },
];

describe('speakers of partial quotes and the verbs that give them (attrib9)', () => {
  for (const c of verbs) it(c.name, () => checkSpeakers(c));
});
