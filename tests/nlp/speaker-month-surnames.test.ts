// A surname that is also a month ("May", "March") names its speaker (issue #8): after a given name or an
// honorific it ends the person's name, and alone it is that person once the text has named her or has the
// month speak; written as a date ("in May", "May 5", "the March figures") it stays a month. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const speakersOf = (text: string) =>
  analyzeText(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);
const namesOf = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('a month as a surname', () => {
  it('keeps the month in the name after a given name', () => {
    expect(
      speakersOf('Prime Minister Hannah May told reporters the plan was "the best we could get".'),
    ).toEqual(['Hannah May']);
  });

  it('gives a later quote of the month alone to the person named with it', () => {
    const text =
      'Prime Minister Hannah May met the unions on Monday.\n\n' +
      'May said the vote would be "close". She added: "We will win in May."';
    expect(speakersOf(text)).toEqual(['Hannah May', 'Hannah May']);
    expect(namesOf(text)).toEqual(['person:Hannah May']);
  });

  it('reads a month right before a verb of saying as a surname', () => {
    expect(
      speakersOf('March said the plan was "the best we could get". He added that it met "every test".'),
    ).toEqual(['March', 'March']);
  });

  it('leaves the month a date after a word of time, before a number or as a modifier', () => {
    const text =
      'Tom March said the talks would resume. In March the talks resumed; on March 5 they stopped, and ' +
      'the March figures showed "a slight gain".';
    expect(namesOf(text)).toEqual(['person:Tom March']);
    expect(speakersOf(text)).toEqual([null]);
  });
});
