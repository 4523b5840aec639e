// Entity phenomena of issue #8, each with sentences written for the test (not from the gold texts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const entitiesOf = (text: string) => analyzeText(text).entities;
const typed = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.name}`);

describe('institutions written in lower case', () => {
  it.each([
    [
      'a nationality, a portfolio and "ministry"',
      'Planes were sent by the Turkish interior ministry.',
      'Turkish interior ministry',
    ],
    ['a portfolio and "ministry"', 'Later the health ministry denied it.', 'health ministry'],
    [
      '"the state news agency"',
      'The report was carried by the state news agency overnight.',
      'state news agency',
    ],
    [
      'a possessive country before it',
      "Norway's fisheries directorate closed the bay.",
      'fisheries directorate',
    ],
    ['a lower-case possessive inside it', "The veterans' bureau approved the claim.", "veterans' bureau"],
    [
      'two portfolios joined by "and"',
      'The science and technology agency paid for it.',
      'science and technology agency',
    ],
  ])('%s', (_, text, name) => {
    expect(typed(text)).toContain(`organization:${name}`);
  });

  it.each([
    ['a vague adjective', 'The new agency will open in May.'],
    ['an indefinite article', 'A news agency reported the fire.'],
    ['a bare qualifier', 'The federal agency declined to comment.'],
  ])('leaves alone %s', (_, text) => {
    expect(entitiesOf(text).filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('news outlets', () => {
  it.each([
    ['named after "newspaper"', 'A minister told the newspaper Le Soir that talks had failed.', 'Le Soir'],
    ['named before "daily"', 'The Kathimerini daily printed the letter.', 'Kathimerini'],
    [
      'with an article of its own language',
      'An aide told the Milan newspaper Il Foglio the plan was dead.',
      'Il Foglio',
    ],
  ])('%s is an organization, never a person', (_, text, name) => {
    expect(typed(text)).toContain(`organization:${name}`);
    expect(typed(text)).not.toContain(`person:${name}`);
  });

  it('keeps a town before "newspaper" a place', () => {
    expect(typed('She wrote for a Lyon newspaper for years.')).not.toContain('organization:Lyon');
  });
});
