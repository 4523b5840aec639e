// Quote spans and attribution, one linguistic pattern per case.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

type Expected = [quoteStart: string, speaker: string | null, cue?: string | null];
type Case = { name: string; text: string; quotes: Expected[] };

const cases: Case[] = [
  {
    name: 'quote, name said',
    text: '"We will not pay," Anna Berg said on Monday.',
    quotes: [['We will not pay', 'Anna Berg', 'said']],
  },
  {
    name: 'name said: quote',
    text: 'Anna Berg said: "We will not pay."',
    quotes: [['We will not pay', 'Anna Berg', 'said']],
  },
  {
    name: 'quote, said name (inverted)',
    text: '"We will not pay," said Anna Berg, the finance minister.',
    quotes: [['We will not pay', 'Anna Berg', 'said']],
  },
  {
    name: 'name told someone',
    text: 'Mayor Tom Reed visited the site. "It is a disgrace," Reed told reporters.',
    quotes: [['It is a disgrace', 'Tom Reed', 'told']],
  },
  {
    name: 'according to',
    text: 'Prices will "rise sharply next year", according to Maria Lopez, an economist at the bank.',
    quotes: [['rise sharply next year', 'Maria Lopez', 'according to']],
  },
  {
    name: 'quote split by its verb',
    text: '"The plan is sound," Anna Berg said, "but it comes too late."',
    quotes: [
      ['The plan is sound', 'Anna Berg', 'said'],
      ['but it comes too late', 'Anna Berg', 'said'],
    ],
  },
  {
    name: 'pronoun resolved to the previous speaker',
    text: '"No," Peter Hall said. "Never again," he added.',
    quotes: [
      ['No,', 'Peter Hall', 'said'],
      ['Never again', 'Peter Hall', 'added'],
    ],
  },
  {
    name: 'she skips a man in focus',
    text: 'Mrs. Ellen Frost met Peter Hall on Monday. Hall left early. "He was rude," she said.',
    quotes: [['He was rude', 'Ellen Frost', 'said']],
  },
  {
    name: 'role noun resolved to the person given that role',
    text: 'The press secretary, Dmitry Orlov, spoke on Friday. Aid is needed "on a wider scale," the spokesperson said.',
    quotes: [['on a wider scale', 'Dmitry Orlov', 'said']],
  },
  {
    name: 'institution speaks as a group',
    text: '"The flights will continue," the Defence Ministry said.',
    quotes: [['The flights will continue', 'Defence Ministry', 'said']],
  },
  {
    name: '"it" resolved to the institution',
    text: 'The jury said the laws were old. It recommended that the city "study and revise them".',
    quotes: [['study and revise them', 'jury', 'recommended']],
  },
  {
    name: 'partial quote inside reported speech',
    text: 'Judge Ann Cole said the evidence was obtained "by unfair means" and dismissed the case.',
    quotes: [['by unfair means', 'Ann Cole', 'said']],
  },
  {
    name: 'partial quote governed by the speaker, not the nearest name',
    text: 'Karl Mint said it was a "wrongful act" for Lee Park to take statements "in private".',
    quotes: [
      ['wrongful act', 'Karl Mint', 'said'],
      ['in private', 'Karl Mint', 'said'],
    ],
  },
  {
    name: 'follow-on quote without its own verb',
    text: '"It went smoothly," the sheriff said. "There was no trouble."\n\nSheriff Bob Tabb was pleased.',
    quotes: [
      ['It went smoothly', 'Bob Tabb', 'said'],
      ['There was no trouble', 'Bob Tabb', 'continuation'],
    ],
  },
  {
    name: 'multi-paragraph quote',
    text: 'Sandra Mills said:\n\n"First, we will rebuild.\n\n"Second, we will grow."',
    quotes: [
      ['First, we will rebuild', 'Sandra Mills', 'said'],
      ['Second, we will grow', 'Sandra Mills', 'continuation'],
    ],
  },
  {
    name: 'quote-only paragraph after reported speech',
    text: 'The rule is simple, coach Dan Brooks explained.\n\n"Kick it straight."',
    quotes: [['Kick it straight', 'Dan Brooks', 'continuation']],
  },
  {
    name: 'curly quotes',
    text: '“We are ready,” Lena Ortiz said.',
    quotes: [['We are ready', 'Lena Ortiz', 'said']],
  },
  {
    name: 'title of a work gets no speaker',
    text: 'Peter Hall said he had read “The Last Hurrah” twice.',
    quotes: [['The Last Hurrah', null]],
  },
  {
    name: 'curly single-quoted slogan, apostrophes inside words ignored',
    text: 'Russia’s planes bore the slogan ‘From Russia with Love’, Peter Hall said.',
    quotes: [['From Russia with Love', null]],
  },
  {
    name: 'plural possessive inside curly single quotes',
    text: 'The banner read ‘Save the farmers’ union’, Peter Hall said.',
    quotes: [['Save the farmers’ union', null]],
  },
  {
    name: 'scare quote and nickname get no speaker',
    text: 'Peter Hall said the "quickie" vote would be repealed by the "Iron Lady" faction.',
    quotes: [
      ['quickie', null],
      ['Iron Lady', null],
    ],
  },
  {
    name: 'quoted term modifying a noun gets no speaker',
    text: 'The government would pay a "cost of education" grant, Anna Berg said.',
    quotes: [['cost of education', null]],
  },
  {
    name: 'appositive name between role and verb',
    text: 'Merkel’s spokesman, Steffen Seibert, said the government would “not hesitate.”',
    quotes: [['not hesitate.', 'Steffen Seibert', 'said']],
  },
  {
    name: 'subject before a relative clause',
    text: 'The company, which is based in London, said in a statement that it “regrets the incident.”',
    quotes: [['regrets the incident.', 'company', 'said']],
  },
  {
    name: 'acronym and hyphenated title before the name',
    text: '“We are deeply concerned,” U.N. Secretary-General Antonio Guterres said in a statement.',
    quotes: [['We are deeply concerned', 'Antonio Guterres', 'said']],
  },
  {
    name: 'inverted verb before a colon',
    text: 'Rep. Adam Powell left the room. Said he: "We will see what happens."',
    quotes: [['We will see what happens', 'Adam Powell', 'said']],
  },
  {
    name: 'unnamed plural source is a group',
    text: '"We worry," say the mothers.',
    quotes: [['We worry', 'mothers', 'say']],
  },
  {
    name: 'one-word answer attributed only by its own verb',
    text: 'Jim Barnes kept count. "Thirteen," said Jim Barnes. Later he told the "skyjackers", the plane was empty.',
    quotes: [
      ['Thirteen', 'Jim Barnes', 'said'],
      ['skyjackers', null],
    ],
  },
  {
    name: 'a stray closing mark does not flip later quotes',
    text: 'Prices rose". Analyst Mary Stone said that "the worst is over" for now.',
    quotes: [['the worst is over', 'Mary Stone', 'said']],
  },
  {
    name: 'speaker with an appositive between name and verb',
    text: '"Recovery will gather momentum," Beryl W. Sprinkel, economist of Harris Trust, Chicago, predicted on Tuesday.',
    quotes: [['Recovery will gather momentum', 'Beryl W. Sprinkel', 'predicted']],
  },
  {
    name: 'a source the text does not name is the speaker as the text describes it',
    text: '"Same thing," said a hotel owner. "We will not leave," the 42-year-old mother of three told AP.',
    quotes: [
      ['Same thing', 'hotel owner'],
      ['We will not leave', '42-year-old mother'],
    ],
  },
];

// The spans in quote marks; reported speech has its own cases in reported.test.ts.
const direct = (text: string) => analyzeText(text).quotes.filter((q) => q.kind === 'direct');

describe('quotes', () => {
  it.each(cases)('$name', ({ text, quotes }) => {
    const out = direct(text);
    const shown = out.map((q, i) => [
      q.text.startsWith(quotes[i]?.[0] ?? '\0') ? quotes[i]?.[0] : q.text,
      q.speaker,
    ]);
    expect(shown).toEqual(quotes.map(([start, speaker]) => [start, speaker]));
    quotes.forEach(([start, , cue], i) => {
      expect(out[i]?.text.startsWith(start)).toBe(true);
      if (cue !== undefined) expect(out[i]?.cue).toBe(cue);
    });
    for (const q of out) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('marks group and person speakers', () => {
    const out = direct('"Calm down," the Kremlin said. "No," Dmitry Peskov said.');
    expect(out.map((q) => q.speakerType)).toEqual(['group', 'person']);
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    const text = 'The jury said the department "has seen fit to act.\n\nThe jurors left.';
    const [q] = direct(text);
    expect(q?.text).toBe('has seen fit to act.');
  });
});
