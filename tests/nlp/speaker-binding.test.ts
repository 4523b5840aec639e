// Who said it (issue #8, attrib8): which person a pronoun in a speech cue can stand for, and cues the
// rules used to miss. Sentences written for these tests, one phenomenon a case.
import { describe, it } from 'vitest';
import { checkSpeakers, type Case } from './speaker-case.ts';

const check = checkSpeakers;

const pronouns: Case[] = [
  {
    name: 'the person spoken of, fronted with "of", is not the "she" who speaks',
    text: 'Mayor Ruth Kemp spoke at the dedication on Sunday. Of her old rival, Nora Vance, she said: "Nobody in this town worked harder."',
    quotes: [['Nobody in this town worked harder', 'Ruth Kemp', 'said']],
  },
  {
    name: 'the person written to is not the writer',
    text: 'Judge Ada Moss retired in June. Writing to her clerk, Lena Ruiz, she added: "You kept this court honest."',
    quotes: [['You kept this court honest', 'Ada Moss', 'added']],
  },
  {
    name: 'the subject of the words the cue interrupts is not the speaker',
    text: 'Critic Paul Hale reviewed the memoir last week. Victor Brandt, he notes in his column, "never once admits a mistake."',
    quotes: [['never once admits a mistake', 'Paul Hale', 'notes']],
  },
  {
    name: 'a sentence opening with "writing to X" is no inverted verb: the name after it is not the writer',
    text: 'Tom Ekdahl kept up his letters for years. Writing to his cousin Ed Marsh -- "dear old Ed", as he calls him -- Ekdahl says the farm is lost.',
    quotes: [['dear old Ed', 'Tom Ekdahl', 'calls']],
  },
  {
    name: 'the one written to in an opening "writing to X" phrase is not who speaks after the comma',
    text: 'Writing to his cousin Ed Marsh in May, Tom Ekdahl was blunt: "The farm is lost."',
    quotes: [['The farm is lost', 'Tom Ekdahl', 'colon']],
  },
];

const mainClause: Case[] = [
  {
    name: 'the subject of the main clause, not of an opening "when" clause, is the later "he"',
    text: 'When Senator Paul Holm called on Friday, Mayor Tom Ekdahl was out of town. He later wrote: "I will call him back."',
    quotes: [['I will call him back', 'Tom Ekdahl', 'wrote']],
  },
  {
    name: 'a run-in subheading before "Thus when": still the main clause, and "in these words:" is his',
    text: 'Early doubts Thus when Premier Otto Brand hinted that he wanted a meeting, Mr. Carl Hale was faced with a problem. Before his nomination he had set out his view in these words:\n\n"As long as Mr. Brand is sure of himself, we will wait."',
    quotes: [['As long as Mr. Brand is sure of himself', 'Carl Hale']],
  },
  {
    name: 'with no one named in the main clause, the opening clause still gives the subject',
    text: 'When Senator Paul Holm called on Friday, the office was closed. He later wrote: "Nobody answered."',
    quotes: [['Nobody answered', 'Paul Holm', 'wrote']],
  },
];

const nouns: Case[] = [
  {
    name: 'a remark by an unnamed lady, then a colon',
    text: 'Best of all was the following remark by a lady at the reception: "Rain never comes when you want it."',
    quotes: [['Rain never comes when you want it', 'lady', 'remark']],
  },
  {
    name: "someone's call for something, in their own quoted words",
    text: 'Sir Otto Brand in 1950 coined a phrase with his call for talks "at the top of the ladder".',
    quotes: [['at the top of the ladder', 'Otto Brand', 'call']],
  },
  {
    name: 'a gentleman as the subject of an inverted verb',
    text: '"The tickets are sold out," said an elderly gentleman at the door.',
    quotes: [['The tickets are sold out', 'elderly gentleman', 'said']],
  },
];

const nextSentence: Case[] = [
  {
    name: '"So replies X" in the sentence after the quote',
    text: '"Nobody can blame the nurses now." So replies the health minister, Anna Berg, in an interview with the radio.',
    quotes: [['Nobody can blame the nurses now', 'Anna Berg', 'replies']],
  },
  {
    name: '"Thus argues X" in the sentence after the quote',
    text: '"Nobody can blame the nurses now." Thus argues Anna Berg in her new book.',
    quotes: [['Nobody can blame the nurses now', 'Anna Berg', 'argues']],
  },
];

describe('speakers: a reporting verb after "so" or "thus" in the next sentence', () => {
  for (const c of nextSentence) it(c.name, () => check(c));
});

const sourceLines: Case[] = [
  {
    name: 'a paper named only by the capitalised words before "article" in a monitoring line',
    text: 'Lisbon Trombeta article in Portuguese, datelined Madrid:\n\n"The treaty is dead, and nobody will mourn it."',
    quotes: [['The treaty is dead', 'Lisbon Trombeta', 'colon']],
  },
  {
    name: 'a broadcaster whose name holds an aside in parentheses',
    text: 'Lisbon (state) radio in Portuguese to Africa:\n\n"The harvest was the best in ten years."',
    quotes: [['The harvest was the best', 'Lisbon radio', 'colon']],
  },
];

describe('speakers: source lines with no verb name the paper or broadcaster', () => {
  for (const c of sourceLines) it(c.name, () => check(c));
});

describe('speakers: nouns for people and for what they said name the speaker', () => {
  for (const c of nouns) it(c.name, () => check(c));
});
describe('speakers: a pronoun is not the person its own sentence speaks of', () => {
  for (const c of pronouns) it(c.name, () => check(c));
});

describe('speakers: a later pronoun points at the subject of a main clause', () => {
  for (const c of mainClause) it(c.name, () => check(c));
});
