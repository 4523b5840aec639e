// Who said it when a colon introduces the words (issue #8, attrib7): a source line with no reporting verb
// above a transcript ("Radio Ostend, in English to Europe:"), "Text of the statement:", transcript labels
// ("Q:" and "A:"), a speaker's name as a label, "said:" before a block quote, and a page of a paper shown
// with no verb. Sentences written for these tests, one phenomenon a case.
import { describe, expect, it } from 'vitest';
import { checkSpeakers, type Case } from './speaker-case.ts';
import { textBlocks } from '../../nlp/structure.ts';

const check = checkSpeakers;

const sourceLines: Case[] = [
  {
    name: 'a broadcaster, a language and an audience, then the transcript in paragraphs of its own',
    text:
      'The government of the island answered the charge within hours.\n\n' +
      'Radio Ostend, in English to North America:\n\n' +
      '"The charge is false. Our troops never crossed the river.\n\n' +
      '"We ask the world to judge for itself."',
    quotes: [
      ['The charge is false', 'Radio Ostend', 'colon'],
      ['We ask the world to judge', 'Radio Ostend', 'continuation'],
    ],
  },
  {
    name: 'a broadcaster named by its city, lower-case "radio"',
    text:
      'The border talks broke down on Friday.\n\n' +
      'Valdora radio, in French to Africa:\n\n' +
      '"The talks failed because the other side wanted them to fail."',
    quotes: [['The talks failed', 'Valdora radio', 'colon']],
  },
  {
    name: '"Text of the statement:" gives the words to the body that issued it',
    text:
      'The Ministry of Shipping issued a statement on Tuesday night.\n\n' +
      'Text of the statement:\n\n' +
      '"The harbor will stay closed until the wreck is cleared."',
    quotes: [['The harbor will stay closed', 'Ministry of Shipping', 'colon']],
  },
  {
    name: 'a speaker named in the line before, then "He told the rally:"',
    text:
      'Governor Ada Varga spoke for an hour in the square.\n\n' +
      'She told the rally:\n\n' +
      '"We will build the dam, and we will build it this year."',
    quotes: [['We will build the dam', 'Ada Varga', 'told']],
  },
  {
    name: '"said:" at the end of a paragraph before a block quote',
    text: 'The chairman, Otto Brand, said:\n\n"We have no money left for the bridge."',
    quotes: [['We have no money left', 'Otto Brand', 'said']],
  },
];

const labels: Case[] = [
  {
    name: 'transcript labels: "Q:" names no one, "A:" is the person being asked',
    text:
      'Senator Paul Ember met reporters after the vote.\n\n' +
      'Q: "Will you run again?"\n\n' +
      'A: "Not this year, and perhaps never."',
    quotes: [
      ['Will you run again?', null],
      ['Not this year', 'Paul Ember', 'colon'],
    ],
  },
  {
    name: "speakers' names as labels, one a line",
    text:
      'The debate was short.\n\nMayor Ruth Kemp: "The budget is balanced."\n\n' +
      'Councilman Leo Fahr: "It is balanced on paper only."',
    quotes: [
      ['The budget is balanced.', 'Ruth Kemp', 'colon'],
      ['It is balanced on paper only.', 'Leo Fahr', 'colon'],
    ],
  },
];

const pieces: Case[] = [
  {
    name: 'an editorial "which said:" speaks its words',
    text:
      'Farmers in the valley lost their crops.\n\n' +
      'In the issue of May 2 you had a fine editorial which said:\n\n' +
      '"The mill must stay open. The town needs it."',
    quotes: [['The mill must stay open', 'fine editorial', 'said']],
  },
  {
    name: 'a piece of a paper shown with no reporting verb: the paper',
    text:
      'Farmers in the valley lost their crops.\n\n' +
      'Since then nothing has changed. I found a short article in the Chicago Tribune:\n\n' +
      '"Mill Closes. The mill closed on Friday after ninety years."',
    quotes: [['Mill Closes', 'Chicago Tribune', 'colon']],
  },
];

describe.each([
  ['source lines above a transcript', sourceLines],
  ['labels', labels],
  ['pieces of a paper', pieces],
])('%s', (_, cases) => {
  it.each(cases)('$name', (c) => {
    check(c);
  });
});

describe('text structure', () => {
  it('keeps a source line that introduces a quotation in the text, not as a subheading', () => {
    const text = 'The island answered.\n\nRadio Ostend, in English to Europe:\n\n"The charge is false."';
    expect(textBlocks(text).map((b) => b.kind)).toEqual(['lead', 'body', 'body']);
  });

  it('still reads a short kicker ending in a colon above ordinary text as a subheading', () => {
    const text = 'The island answered.\n\nWhat comes next:\n\nThe talks resume in May.';
    expect(textBlocks(text).map((b) => b.kind)).toEqual(['lead', 'heading', 'body']);
  });
});
