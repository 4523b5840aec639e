// Who said it (issue #8, attrib10): speakers the rules missed on news they had not seen (a seventh blind set
// made a dev set). Sentences written for these tests, one phenomenon a case.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';
import { checkSpeakers, type Case } from './speaker-case.ts';

const check = checkSpeakers;

const names: Case[] = [
  {
    name: 'an abbreviated honorific names a person even before a surname that is a common plural',
    text: 'Mrs. Hills runs the bakery. "We never close on Sundays," said Mrs. Hills.',
    quotes: [['We never close on Sundays', 'Hills', 'said']],
  },
  {
    name: 'a titled surname takes the full name the text gave it before',
    text: 'The trial is run by the college\'s Chemist Lavon Fields, 58. "Salt is the real danger," says Dr. Fields.',
    quotes: [['Salt is the real danger', 'Lavon Fields', 'says']],
  },
  {
    name: 'a speech-first form with a colon gives the quote to the full name',
    text: 'The trial is run by the college\'s Chemist Lavon Fields, 58. Reports Dr. Fields: "Most of them eat at night."',
    quotes: [['Most of them eat at night', 'Lavon Fields', 'reports']],
  },
  {
    name: 'an ordinary word opening a sentence before the surname is no first name',
    text: 'Dr. Fields spoke first. Later Fields said: "The ward is full."',
    quotes: [['The ward is full', 'Fields', 'said']],
  },
];

describe('speakers: a titled surname and its full name', () => {
  for (const c of names) it(c.name, () => check(c));
  it('the person entity carries the full name and the surname as an alias', () => {
    const { entities } = analyzeText(
      "The trial is run by the college's Chemist Lavon Fields, 58. Dr. Fields said it was going well.",
    );
    const person = entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Lavon Fields');
    expect(person?.aliases).toContain('Fields');
  });
});
