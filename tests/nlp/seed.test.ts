// Acceptance on the seed article (shared/seed/russia-italy-aid.txt), issue 3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const text = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', 'russia-italy-aid.txt'),
  'utf8',
);
const analysis = analyzeText(text);
const { entities } = analysis;
// The spans in quote marks; the seed's reported speech is checked in reported.test.ts.
const quotes = analysis.quotes.filter((q) => q.kind === 'direct');
const named = (type: string, name: string) => entities.filter((e) => e.type === type && e.name === name);

describe('seed article: entities', () => {
  it.each([
    ['Vladimir Putin', ['Putin']],
    ['Dmitry Peskov', ['Peskov']],
    ['Giuseppe Conte', []],
    ['Matteo Salvini', []],
  ])('lists %s exactly once, with its short forms as aliases', (name, short) => {
    const found = named('person', name);
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases).toEqual(expect.arrayContaining([name, ...short]));
    expect(
      entities.filter((e) => e.type === 'person' && e.aliases.some((a) => short.includes(a))),
    ).toHaveLength(short.length ? 1 : 0);
  });

  it('keeps titles as roles, not names', () => {
    expect(named('person', 'Vladimir Putin')[0]?.role).toBe('President');
    expect(entities.some((e) => /President|Minister/.test(e.name))).toBe(false);
  });

  it.each(['Kremlin', 'European Union', 'TASS', 'Russian Defence Ministry'])(
    'finds the organization %s',
    (name) => {
      expect(named('organization', name)).toHaveLength(1);
    },
  );

  it('folds "Defence Ministry" and "the Ministry" into the Russian Defence Ministry', () => {
    expect(named('organization', 'Russian Defence Ministry')[0]?.aliases).toEqual(
      expect.arrayContaining(['Defence Ministry', 'Ministry']),
    );
  });

  it.each(['Russia', 'Italy', 'Moscow', 'Rome', 'China'])('finds the place %s', (name) => {
    expect(named('place', name)).toHaveLength(1);
  });

  it('finds Pratica di Mare', () => {
    expect(entities.some((e) => e.type === 'place' && e.name.startsWith('Pratica di Mare'))).toBe(true);
  });

  it('gives mentions whose offsets point at an alias in the text', () => {
    for (const e of entities)
      for (const m of e.mentions) expect(e.aliases).toContain(text.slice(m.start, m.end));
  });
});

describe('seed article: quotes', () => {
  const spoken = quotes.filter((q) => q.speaker !== null);

  it('attributes the five spoken quotes', () => {
    expect(spoken.map((q) => [q.text.slice(0, 24), q.speaker, q.speakerType, q.cue])).toEqual([
      ['No, this is unrelated ab', 'Dmitry Peskov', 'person', 'said'],
      ['Any conditions, reckonin', 'Dmitry Peskov', 'person', 'added'],
      ['of a much wider scale,', 'Dmitry Peskov', 'person', 'said'],
      ['What Russia is doing is ', 'Dmitry Peskov', 'person', 'told'],
      ['Giuseppe Conte expressed', 'Kremlin', 'group', 'said'],
    ]);
  });

  it('leaves the slogan ‘From Russia with Love’ without a speaker', () => {
    const slogans = quotes.filter((q) => q.text === 'From Russia with Love');
    expect(slogans.length).toBeGreaterThanOrEqual(2);
    for (const q of slogans) expect(q.speaker).toBeNull();
  });

  it('reports offsets of the quoted words without the marks', () => {
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
