// A person named with a title or an honorific before the surname (issue #8): "Ms Holt wrote" and "Professor
// Lind writes" are a person writing, not a newspaper, and an honorific written without its stop ("Mrs Lowe",
// British style) is no office, so it does not stop "the prime minister" from being the person named so
// before. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const quotesOf = (text: string) =>
  analyzeText(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.speakerType, q.speakerSource]);

describe('a titled name before a verb of writing', () => {
  it.each([
    [
      'an honorific without its stop',
      'The minister Ana Holt resigned.\n\n"It is right for me to go," Ms Holt wrote.',
    ],
    [
      'an academic title',
      'The physicist Karl Lind spoke at the congress.\n\n"Only a change of course can end it," Professor Lind writes.',
    ],
  ])('%s: a person, not an outlet', (_, text) => {
    const [[speaker, type, source]] = quotesOf(text) as [[string, string, string]];
    expect([type, source]).toEqual(['person', 'named']);
    expect(speaker).toMatch(/^(Ana Holt|Karl Lind)$/);
  });

  it('still reads a paper that writes as an outlet', () => {
    expect(quotesOf('"The plan is dead," the Harbour Gazette writes.')).toEqual([
      ['Harbour Gazette', 'group', 'media'],
    ]);
  });
});

describe('an honorific is no office', () => {
  it('gives "the prime minister" to the person named with that office, called "Mrs" later', () => {
    const text =
      'PM Hannah Lowe told voters the deal was "in the national interest".\n\n' +
      'The prime minister said the country could now move on to "finish the work in the days ahead".\n\n' +
      'Mrs Lowe will address parliament tomorrow.';
    expect(quotesOf(text).map(([speaker]) => speaker)).toEqual(['Hannah Lowe', 'Hannah Lowe']);
  });
});
