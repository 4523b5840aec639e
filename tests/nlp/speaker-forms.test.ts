// Who said it, in subjects and cues the older rules missed (issue #8): an appositive name after "one of the
// firemen", a speech noun after the quote ("was the reply of"), manner verbs ("beamed", "ordered"), people
// described by what they do or where they come from. Sentences written for these tests, one form a case.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const speakersOf = (text: string) =>
  analyzeText(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.cue]);

describe('speakers named after the verb', () => {
  it('takes the name after "one of the ..." for the speaker', () => {
    expect(speakersOf('"We were lucky," said one of the firemen, Bert Nolan.')).toEqual([
      ['Bert Nolan', 'said'],
    ]);
  });

  it('reads "was the reply of X" after the quote', () => {
    expect(speakersOf('"No comment," was the reply of Sheriff Tom Gaile.')).toEqual([['Tom Gaile', 'reply']]);
  });

  it('leaves "one of the ..." without a name alone rather than guessing', () => {
    expect(speakersOf('"We were lucky," said one of the firemen.')).toEqual([[null, null]]);
  });
});

describe('verbs of manner beside a quote', () => {
  it.each([
    ['beamed', '"I am proud of them," beamed Coach Sid Marr after the game.', 'Sid Marr'],
    ['ordered', 'Captain Ray Lund stood up. "Let us go," Lund ordered.', 'Ray Lund'],
    ['protested', '"That is not fair," protested Ida Kraus.', 'Ida Kraus'],
  ])('%s', (verb, text, speaker) => {
    expect(speakersOf(text)).toEqual([[speaker, verb]]);
  });
});

describe('people the text describes but does not name', () => {
  it.each([
    ['an agent noun compromise knows', '"You cannot sit here," the usher said.', 'usher'],
    ['an agent noun it does not know', '"Tickets, please," said the conductor.', 'conductor'],
    ['a nationality used as a noun', '"I am not with the company," the Canadian said.', 'Canadian'],
    ['someone in a trial', '"I am innocent," the defendant shouted.', 'defendant'],
    ['a widow', '"It is over," said the widow.', 'widow'],
  ])('%s', (_, text, speaker) => {
    expect(speakersOf(text).map(([s]) => s)).toEqual([speaker]);
  });

  it('gives no speaker to a thing that "says" something', () => {
    expect(speakersOf('"Closed for repairs," the sign said.')).toEqual([[null, null]]);
    expect(speakersOf('"Closed for repairs," the poster said.')).toEqual([[null, null]]);
  });
});

describe('a judgment in quotes after a verb of judging and its object', () => {
  const intro = 'Mayor Ken Aldo spoke to the council on Monday.\n\n';
  it.each([
    ['called', 'He called the plan "a costly disgrace".'],
    ['described as', 'Aldo described the budget as "reckless and unfair".'],
    ['termed', 'Aldo termed the decision "deeply shocking".'],
  ])("%s: the words are the subject's", (verb, sentence) => {
    expect(speakersOf(intro + sentence)).toEqual([['Ken Aldo', verb.split(' ')[0]]]);
  });

  it('leaves a single judging word a label, and a name given with "called" a name', () => {
    expect(speakersOf(`${intro}He branded the plan as a "fable," then left.`)).toEqual([[null, null]]);
    expect(speakersOf(`${intro}He called the charges "silly".`)).toEqual([[null, null]]);
    expect(speakersOf(`${intro}They use a tactic called "rope and wait".`)).toEqual([[null, null]]);
  });
});

describe('where a speaker is or comes from is not the speaker', () => {
  it.each([
    [
      'a place after "in"',
      'The Norwegian embassy in Tirana tweeted: "Thank you for this act of friendship."',
      'embassy',
    ],
    [
      'a place after "in", after the quote',
      '"Thank you for this act of friendship," the embassy in Lima said.',
      'embassy',
    ],
    ['a place after an inverted verb', '"The wards are full tonight," said a nurse from Oslo.', 'nurse'],
    [
      'a body after an inverted verb',
      '"The wards are full tonight," said a nurse from the city hospital.',
      'nurse',
    ],
    [
      'a body after a name',
      'Anna Berg from the city hospital said, "The wards are full tonight."',
      'Anna Berg',
    ],
  ])('%s', (_, text, speaker) => {
    expect(speakersOf(text).map(([s]) => s)).toEqual([speaker]);
  });

  it('still lets a capital speak for its government', () => {
    expect(speakersOf('"The talks are over," Oslo said on Monday.')).toEqual([['Oslo', 'said']]);
  });
});

describe('a name no list knows, right after the verb that follows a quote', () => {
  it('is a person and the speaker', () => {
    const { entities, quotes } = analyzeText(
      '"Everyone must stay at home," said Xuelin, adding that masks help.',
    );
    expect(entities.map((e) => `${e.type}:${e.name}`)).toEqual(['person:Xuelin']);
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Xuelin']);
  });
});

describe('a second verb shares the subject that opens the clause', () => {
  it.each([
    ['an unnamed person', 'The nurse nodded and said, "We are all very tired tonight."', 'nurse'],
    ['one of a group', 'One of the nurses smiled and said, "We are all very tired tonight."', 'nurses'],
    [
      'after "And", past a place',
      'It was late. And one of the Oslo nurses sighed and remarked, "We are all very tired tonight."',
      'Oslo nurses',
    ],
    ['a body', 'The council met and said, "We will vote on the plan tonight."', 'council'],
    ['not the person it met', 'The mayor met Anna Berg and said, "We are all very tired tonight."', 'mayor'],
  ])('%s', (_, text, speaker) => {
    expect(speakersOf(text).map(([s]) => s)).toEqual([speaker]);
  });
});
