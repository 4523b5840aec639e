// Entity phenomena of issue #8 where a word inside a name or beside it decides the type, each with sentences
// written for the test (not from the gold texts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('a district that runs a service is a body, not a place', () => {
  it.each([
    [
      'a navigation district',
      'The Harlow Navigation District raised its fees.',
      'Harlow Navigation District',
    ],
    [
      'an independent school district',
      'Parents sued the Kelso Independent School District in May.',
      'Kelso Independent School District',
    ],
    ['a hospital district', 'The Pine Hospital District approved the budget.', 'Pine Hospital District'],
    ['a sanitary district', 'He sits on the board of the Elm Sanitary District.', 'Elm Sanitary District'],
  ])('%s', (_, text, name) => {
    expect(typed(text)).toContain(`organization:${name}`);
  });

  it('keeps an electoral or plain district a place', () => {
    expect(typed('She won the Ninth District by a wide margin.')).toContain('place:Ninth District');
  });
});

describe('a town that is also a surname', () => {
  it('is a place before the people who live or work there', () => {
    expect(typed('A Marshall lawyer filed the suit on Monday.')).toEqual(['place:Marshall']);
    expect(typed('More than 300 Bryan taxpayers signed the petition.')).toEqual(['place:Bryan']);
  });

  it('stays the person when the text names that person in full', () => {
    expect(typed('Jim Marshall spoke first. A Marshall lawyer filed the suit.')).toEqual([
      'person:Jim Marshall',
    ]);
  });

  it('is the place the text already put it in, unless a title makes it a person', () => {
    expect(typed('Homes in Lowell were flooded. Lowell has a new mayor.')).toEqual(['place:Lowell']);
    expect(typed('Homes in Lowell were flooded. Mr. Lowell bought a new car.')).toEqual(
      expect.arrayContaining(['place:Lowell', 'person:Lowell']),
    );
  });

  it('leaves a staff noun to the person it serves', () => {
    expect(typed('A Clinton aide denied the report.')).toEqual(['person:Clinton']);
  });
});
