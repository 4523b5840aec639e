// Entity extraction and normalisation, cases as data.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';
import type { Entity } from '../../nlp/index.ts';

type Expect = { type: Entity['type']; name: string; aliases?: string[]; role?: string };
type Case = { name: string; text: string; has: Expect[]; not?: string[] };

const cases: Case[] = [
  {
    name: 'trailing punctuation stripped',
    text: 'The talks were led by Giuseppe Conte.',
    has: [{ type: 'person', name: 'Giuseppe Conte' }],
  },
  {
    name: 'title becomes the role',
    text: 'The order came from President Vladimir Putin on Monday.',
    has: [{ type: 'person', name: 'Vladimir Putin', role: 'President' }],
    not: ['President Vladimir Putin'],
  },
  {
    name: 'abbreviated titles and initials',
    text: 'Sen. Walter H. Jones spoke. Mrs. J. M. Cheshire of Griffin listened.',
    has: [
      { type: 'person', name: 'Walter H. Jones', role: 'Sen.' },
      { type: 'person', name: 'J. M. Cheshire' },
      { type: 'place', name: 'Griffin' },
    ],
  },
  {
    name: 'possessive stripped and surname resolved to the full name',
    text: 'Dmitry Peskov spoke first. Peskov’s remarks were brief, and Peskov left.',
    has: [{ type: 'person', name: 'Dmitry Peskov', aliases: ['Dmitry Peskov', 'Peskov'] }],
  },
  {
    name: 'surname introduced before the full name',
    text: 'Salinger declined to comment. Later Pierre Salinger, the press secretary, spoke.',
    has: [{ type: 'person', name: 'Pierre Salinger', aliases: ['Salinger', 'Pierre Salinger'] }],
  },
  {
    name: 'suffix kept',
    text: 'He will be succeeded by Ivan Allen Jr., the mayor-elect.',
    has: [{ type: 'person', name: 'Ivan Allen Jr.' }],
  },
  {
    name: 'role decides between two people with one surname',
    text: 'Ordinary Carey Williams stood by. Policeman Tom Williams watched. Ordinary Williams said little.',
    has: [
      { type: 'person', name: 'Carey Williams', aliases: ['Carey Williams', 'Williams'] },
      { type: 'person', name: 'Tom Williams', aliases: ['Tom Williams'] },
    ],
  },
  {
    name: 'institutions from the lexicon, article dropped',
    text: 'The Kremlin said the European Union was wrong, TASS reported.',
    has: [
      { type: 'organization', name: 'Kremlin' },
      { type: 'organization', name: 'European Union' },
      { type: 'organization', name: 'TASS' },
    ],
  },
  {
    name: 'short forms of an institution fold into it',
    text: 'Footage came from the Russian Defence Ministry. The Defence Ministry said more would follow. The Ministry did not say when.',
    has: [
      {
        type: 'organization',
        name: 'Russian Defence Ministry',
        aliases: ['Russian Defence Ministry', 'Defence Ministry', 'Ministry'],
      },
    ],
  },
  {
    name: 'a fixed name keeps its head noun to itself',
    text: 'The White House sent the bill to the House on Friday.',
    has: [
      { type: 'organization', name: 'White House' },
      { type: 'organization', name: 'House' },
    ],
  },
  {
    name: 'organisation head nouns',
    text: 'Fulton legislators praised the State Board of Education and the Atlanta Bar Association.',
    has: [
      { type: 'organization', name: 'State Board of Education' },
      { type: 'organization', name: 'Atlanta Bar Association' },
    ],
  },
  {
    name: 'places: dateline, preposition, county, state abbreviation',
    text: 'Colquitt -- The vote in Miller County was calm, said a man from Opelika, Ala., who lives in Blue Ridge.',
    has: [
      { type: 'place', name: 'Colquitt' },
      { type: 'place', name: 'Miller County' },
      { type: 'place', name: 'Opelika' },
      { type: 'place', name: 'Ala.' },
      { type: 'place', name: 'Blue Ridge' },
    ],
  },
  {
    name: 'glued dateline and lower-case place noun',
    text: 'Moscow.The planes left from an airbase in the Moscow region.',
    has: [
      { type: 'place', name: 'Moscow' },
      { type: 'place', name: 'Moscow region' },
    ],
  },
  {
    name: 'descriptions before a first name and possessive owners are split off',
    text: 'Tailback James Saxton ran. Boston Red Sox Outfielder Jackie Jensen quit, and Denver’s Al Carmichael scored.',
    has: [
      { type: 'person', name: 'James Saxton', role: 'Tailback' },
      { type: 'person', name: 'Jackie Jensen' },
      { type: 'person', name: 'Al Carmichael' },
      { type: 'place', name: 'Denver' },
    ],
  },
  {
    name: 'firms, teams and streets',
    text: 'He joined Draper, Gaither & Anderson in March, watched the Denver Broncos and lived on Indiana Av. in Chicago.',
    has: [
      { type: 'organization', name: 'Gaither & Anderson' },
      { type: 'organization', name: 'Denver Broncos' },
      { type: 'place', name: 'Indiana Av.' },
      { type: 'place', name: 'Chicago' },
    ],
    not: ['March'],
  },
  {
    name: 'institution names with "of the" and "for the"',
    text: 'Analysts at the Institute for the Study of War agreed with the Ministry of the Interior.',
    has: [
      { type: 'organization', name: 'Institute for the Study of War' },
      { type: 'organization', name: 'Ministry of the Interior' },
    ],
  },
  {
    name: 'a title word inside an institution name is not a title',
    text: 'The UN General Assembly met while General Motors reported.',
    has: [
      { type: 'organization', name: 'UN General Assembly' },
      { type: 'organization', name: 'General Motors' },
    ],
    not: ['Assembly', 'Motors'],
  },
  {
    name: 'demonyms, weekdays and headline words are not entities',
    text: 'Merger proposed However, the Russian and Italian officials met on Saturday.',
    has: [],
    not: ['Merger', 'Russian', 'Italian', 'Saturday', 'However'],
  },
];

describe('entities', () => {
  it.each(cases)('$name', ({ text, has, not = [] }) => {
    const { entities } = analyzeText(text);
    for (const want of has) {
      const found = entities.filter((e) => e.type === want.type && e.name === want.name);
      expect(
        found,
        `${want.type} ${want.name} in ${JSON.stringify(entities.map((e) => e.name))}`,
      ).toHaveLength(1);
      if (want.aliases) expect(found[0]?.aliases.slice().sort()).toEqual(want.aliases.slice().sort());
      if (want.role) expect(found[0]?.role).toBe(want.role);
    }
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const n of not) expect(names).not.toContain(n);
    for (const e of entities)
      for (const m of e.mentions) expect(e.aliases).toContain(text.slice(m.start, m.end));
  });

  it('lists no person twice', () => {
    const { entities } = analyzeText(
      'Mayor William B. Hartsfield filed suit. Hartsfield has been mayor since 1937. Mayor Hartsfield left.',
    );
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['William B. Hartsfield']);
  });
});
