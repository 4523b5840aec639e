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

describe('one thing, one entity: short forms the text uses', () => {
  const one = (text: string) => analyzeText(text).entities.map((e) => [e.name, ...e.aliases].join(' | '));

  it('initials that spell a compass compound with two letters', () => {
    expect(one('He ranks fourth in Northwest Conference scoring. The team set a new NWC record.')).toEqual([
      'Northwest Conference | Northwest Conference | NWC',
    ]);
  });

  it('the words before "of" in a longer name', () => {
    expect(
      one('The Taxpayers League of Harlow met on Monday. The Taxpayers League will meet again.'),
    ).toEqual(['Taxpayers League of Harlow | Taxpayers League of Harlow | Taxpayers League']);
    expect(one('The Ohio House of Representatives passed the bill. The House adjourned.')).toEqual([
      'Ohio House of Representatives | Ohio House of Representatives | House',
    ]);
  });

  it('"Department of X" and "X Department", in either order', () => {
    expect(one('The Department of Agriculture issued rules. The Agriculture Department erred.')).toEqual([
      'Department of Agriculture | Department of Agriculture | Agriculture Department',
    ]);
    expect(one('The Fisheries Ministry issued rules. The Ministry of Fisheries erred.')).toEqual([
      'Fisheries Ministry | Fisheries Ministry | Ministry of Fisheries',
    ]);
  });

  it('a country named in full or by its initials before an institution', () => {
    expect(one('The United States Senate voted. The U.S. Senate adjourned.')).toEqual([
      'United States Senate | United States Senate | U.S. Senate',
    ]);
  });

  it('a name without the generic head noun it has in full', () => {
    expect(one('Harlow Police said so. The Harlow Police Department agreed.')).toEqual([
      'Harlow Police Department | Harlow Police Department | Harlow Police',
    ]);
  });

  it("a team's nickname alone after its full name", () => {
    expect(one('The Chicago Cubs won. The Cubs lost Tuesday.')).toEqual([
      'Chicago Cubs | Chicago Cubs | Cubs',
    ]);
  });

  it('initials for given names, under the spelled-out form', () => {
    expect(one('Dr. H. Q. Brannock spoke. Dr. Hiram Q. Brannock later wrote.')).toEqual([
      'Hiram Q. Brannock | H. Q. Brannock | Hiram Q. Brannock',
    ]);
    expect(one('Dr. Hiram Brannock spoke. Dr. Q. Brannock wrote.')).toHaveLength(2);
  });
});

describe('a nickname in parentheses inside a name', () => {
  it('belongs to the name, and the surname alone is the same person', () => {
    const [barton, ...rest] = analyzeText(
      'Sen. V. E. (Red) Barton of Amarillo spoke first. Later Barton left the hall.',
    ).entities;
    expect(barton).toMatchObject({ name: 'V. E. (Red) Barton', type: 'person', role: 'Sen.' });
    expect(barton!.aliases).toEqual(['V. E. (Red) Barton', 'Barton']);
    expect(rest.map((e) => e.name)).toEqual(['Amarillo']);
  });

  it('after a first name, before a surname with particles', () => {
    expect(typed('Mario (Tito) De La Cruz won the seat.')).toEqual(['person:Mario (Tito) De La Cruz']);
  });

  it('not after a place: a wire credit stays apart', () => {
    expect(typed('The news came from Moscow (Reuters) Tuesday.')).toEqual(
      expect.arrayContaining(['place:Moscow', 'organization:Reuters']),
    );
  });
});
