// Entity phenomena of issue #8 where a word inside a name or beside it decides the type, each with sentences
// written for the test (not from the gold texts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('a town that is also a surname', () => {
  it('is the place the text already put it in, unless a title makes it a person', () => {
    expect(typed('Homes in Lowell were flooded. Lowell has a new mayor.')).toEqual(['place:Lowell']);
    expect(typed('Homes in Lowell were flooded. Mr. Lowell bought a new car.')).toEqual(
      expect.arrayContaining(['place:Lowell', 'person:Lowell']),
    );
  });
});

describe('one thing, one entity: short forms the text uses', () => {
  const one = (text: string) => analyzeText(text).entities.map((e) => [e.name, ...e.aliases].join(' | '));

  it('initials that spell a compass compound with two letters', () => {
    expect(one('The Southwest Growers Union met in May. SWGU members voted to strike.')).toEqual([
      'Southwest Growers Union | Southwest Growers Union | SWGU',
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
