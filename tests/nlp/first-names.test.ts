// First names and their genders come from gender-detection-from-name (census and registry lists), built into one
// sorted file that each analysis worker reads instead of the package's six maps (issue 8): the file must give
// every word what the package gives it, and one built from another version of the package is refused.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildFirstNames, FIRST_NAMES_PATH, firstNamesJson } from '../../bin/build-first-names.ts';
import { firstNameGender, listedFirstName, listGender, staleFirstNames } from '../../nlp/first-names.ts';

const require = createRequire(import.meta.url);
const { getGender } = require('gender-detection-from-name') as { getGender: (name: string) => string };
const packageWords = () =>
  ['en', 'it', 'es', 'fr', 'de', 'tr'].flatMap((language) => [
    ...(require(`gender-detection-from-name/names/${language}`) as Map<string, string>).keys(),
  ]);
const asPackage = (gender: string) => (gender === 'female' ? 'f' : gender === 'male' ? 'm' : null);

describe('first names from the census and registry lists', () => {
  it('the committed file is exactly what the installed gender-detection-from-name gives (npm run first-names)', () => {
    expect(readFileSync(FIRST_NAMES_PATH, 'utf8')).toBe(firstNamesJson(buildFirstNames()));
  });

  it('gives every name of the package, in any case, the gender the package gives it, and others none', () => {
    const words = packageWords();
    expect(words.length).toBeGreaterThan(80_000);
    const differ = [...words, ...words.slice(0, 500).map((w) => w.toUpperCase())]
      .concat(['china', 'the', 'blorpina', 'zz', 'Maria', 'JOSÉ', 'Ömer'])
      .filter((word) => listGender(word) !== asPackage(getGender(word)));
    expect(differ).toEqual([]);
  });

  it('reads names in running text as before: a first name, its gender, and words that are none', () => {
    expect(listedFirstName('Sydney')).toBe(true);
    expect(listedFirstName('Blorpina')).toBe(false);
    expect(firstNameGender('Margaret')).toBe('f');
    expect(firstNameGender('Ottavio')).toBe('m');
  });

  it('refuses a file built from another version of the package than the one installed', () => {
    const installed = { name: 'gender-detection-from-name', version: '1.12.0' };
    expect(staleFirstNames('gender-detection-from-name@1.11.5', installed)).toMatch(
      /first-names\.json was built from gender-detection-from-name@1\.11\.5, but gender-detection-from-name@1\.12\.0 is installed: run npm run first-names/,
    );
    expect(staleFirstNames('gender-detection-from-name@1.12.0', installed)).toBeNull();
  });
});
