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
];

const partials: Case[] = [
  {
    name: 'a verb of charging: the words judged after "of", far from the verb',
    text: 'Last week, Mayor Ann Berg accused the old port authority of the city of showing a "reckless disregard" for safety.',
    quotes: [['reckless disregard', 'Ann Berg', 'accused']],
  },
  {
    name: 'a verb of praising: the words after "for"',
    text: 'The union praised the night crews at the harbour for their "quiet courage" in the storm.',
    quotes: [['quiet courage', 'union', 'praised']],
  },
  {
    name: 'a verb of charging with a clause between: a term of the sentence, no speaker',
    text: 'The union accused the port authority, which ran the docks, of a policy known as "clean sweep" in May.',
    quotes: [['clean sweep', null]],
  },
  {
    name: 'a second clause with its own subject, an appositive and "for the second time"',
    text:
      'Last year, Senator Ada Lind said it was time for "a clean start" on roads, while the city council, ' +
      'the town\'s governing body, for the second time described the plan as a "costly mistake."',
    quotes: [
      ['a clean start', 'Ada Lind', 'said'],
      ['costly mistake.', 'city council', 'described'],
    ],
  },
];

const envoys: Case[] = [
  {
    name: 'an ambassador named by the country that sends them and the one they are sent to',
    text: 'Last week, Norway\'s ambassador to Chile accused the port authority of showing a "reckless disregard" for safety.',
    quotes: [['reckless disregard', "Norway's ambassador to Chile", 'accused']],
  },
  {
    name: 'an envoy after an inverted verb',
    text: '"We are ready," said Norway\'s ambassador to Chile.',
    quotes: [['We are ready', "Norway's ambassador to Chile", 'said']],
  },
  {
    name: 'an envoy with the holder named: the holder speaks',
    text: 'Norway\'s ambassador to Chile, Ola Dahl, said: "We are ready."',
    quotes: [['We are ready', 'Ola Dahl', 'said']],
  },
];

const described: Case[] = [
  {
    name: '"the young woman" is the unnamed writer met just before, even after another sentence names someone',
    text:
      'Mayor Ann Berg got a letter from a pupil at the art school.\n\n' +
      'Life at school is fine, the student wrote, "though the food is bad". He asked the mayor to come and say ' +
      'hello to the crew.\n\n"We won the regatta on Sunday", the young woman added.',
    quotes: [
      ['though the food is bad', 'student', 'wrote'],
      ['We won the regatta on Sunday', 'student', 'added'],
    ],
  },
  {
    name: 'with no unnamed person before, "the young woman" stays an unnamed source',
    text: 'Mayor Ann Berg got a letter.\n\n"We won the regatta on Sunday", the young woman added.',
    quotes: [['We won the regatta on Sunday', 'young woman', 'added']],
  },
  {
    name: 'a noun before the head names someone new: "the shop owner" is not the speaker before',
    text:
      'A guest found his bill doubled, the travellers pointed out.\n\nWhen he protested, the shop owner said: ' +
      '"The state pays for it."',
    quotes: [['The state pays for it.', 'shop owner', 'said']],
  },
];

const more: Case[] = [
  {
    name: '"called out X for being "…"": the phrasal verb charges, far from the quote',
    text: 'On Monday, Mayor Ann Berg called out the Regional Transit Board [RTB] for being "far too slow".',
    quotes: [['far too slow', 'Ann Berg', 'called']],
  },
  {
    name: 'a quote that opens with an article is no modifier of the word after it',
    text: 'Mayor Ann Berg said that her office will be giving the board "a hard look" regarding its budget.',
    quotes: [['a hard look', 'Ann Berg', 'said']],
  },
  {
    name: 'a quoted modifier without an article stays a scare quote',
    text: 'Mayor Ann Berg said that the "emergency" budget would pass.',
    quotes: [['emergency', null]],
  },
];

const leads: Case[] = [
  {
    name: 'an adverb after a partial quote is no noun it modifies',
    text: 'Mayor Ann Berg believes the town is in a "very tight spot" financially.',
    quotes: [['very tight spot', 'Ann Berg', 'believes']],
  },
  {
    name: 'a lead that withholds the name, named in the paragraph after',
    text:
      'A senior state official, after a tour of the mills, believes the town is in a "very tight spot" ' +
      'financially.\n\nTrade Minister Ann Berg, with two aides, on Monday toured the mills.',
    quotes: [['very tight spot', 'Ann Berg', 'believes']],
  },
  {
    name: 'an unnamed official in a longer paragraph stays unnamed',
    text:
      'A senior state official believes the town is in a "very tight spot" financially. The mayor agreed.' +
      '\n\nTrade Minister Ann Berg on Monday toured the mills.',
    quotes: [['very tight spot', 'senior state official', 'believes']],
  },
  {
    name: 'a person the text named before is no withheld name',
    text:
      'Ann Berg runs the trade office.\n\nA senior state official believes the town is in a "very tight ' +
      'spot" financially.\n\nTrade Minister Ann Berg on Monday toured the mills.',
    quotes: [['very tight spot', 'senior state official', 'believes']],
  },
];

// attrib11: a quoted word of judgement modifying a noun inside someone's reported speech is theirs; a noun
// used as a modifier stays a scare quote (above); a reporting participle after a comma reports too.
const judging: Case[] = [
  {
    name: 'a judging adjective before a noun, inside "said that …"',
    text: 'Mayor Ann Berg said that the firm won with a bid far below the "fair" offers of its rivals.',
    quotes: [['fair', 'Ann Berg', 'said']],
  },
  {
    name: 'the same word with no reported speech round it stays a scare quote',
    text: 'The firm won with a bid far below the "fair" offers of its rivals.',
    quotes: [['fair', null]],
  },
  {
    name: "a reporting participle after a comma: the words are the sentence subject's",
    text:
      'On Monday the port director accused the shipping line of showing "gross neglect" for crews, warning ' +
      'that its "shocking" safety record damaged trade.',
    quotes: [
      ['gross neglect', 'port director', 'accused'],
      ['shocking', 'port director', 'warning'],
    ],
  },
];

const participles: Case[] = [
  {
    name: '", warning that …" reports what the subject of the sentence said',
    kind: 'reported',
    text: 'Mayor Ann Berg criticised the budget on Monday, warning that the cuts would close two schools.',
    quotes: [['the cuts would close two schools', 'Ann Berg', 'warning']],
  },
];

describe('speakers of partial quotes and the verbs that give them (attrib9)', () => {
  for (const c of [
    ...verbs,
    ...partials,
    ...envoys,
    ...described,
    ...more,
    ...leads,
    ...judging,
    ...participles,
  ])
    it(c.name, () => checkSpeakers(c));
});
