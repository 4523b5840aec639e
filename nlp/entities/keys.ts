// Keys under which two written forms of one name meet (issue #8, "one thing, one entity"): transliteration
// variants of a person's name, British and American spellings of an institution's, the many names of a
// country or state. Keys are for matching only: an entity keeps the fullest form the text uses as its name.
import { regionIdentity } from '../gazetteer.ts';
import { nameKey } from '../lexicon.ts';

/**
 * One key for the romanisations of a name: Sergei/Sergey, Dmitry/Dmitri/Dmitriy, Aleksandr/Alexander,
 * Mikhail/Michail, Yevgeny/Evgeny, Zelensky/Zelenskyy. Accents go, "ks" is "x", "kh" and "ch" before a
 * vowel are "h", "y" is "i", a doubled letter is one, an "e" before a final "r" goes. Conservative on
 * purpose: Dan and Dean, Ron and Ryan keep different keys.
 */
export function transliterationKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/^ye/, 'e')
    .replace(/ks/g, 'x')
    .replace(/kh|ch(?=[aeiouy])/g, 'h')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/([^aeiou])er$/, '$1r');
}

const SPELLINGS: readonly [RegExp, string][] = [
  [/ence$/, 'ense'], // defence, offence, licence
  [/([a-z]{2})tre$/, '$1ter'], // centre, theatre
  [/([a-z]{3})our$/, '$1or'], // labour, honour
  [/isation$/, 'ization'], // organisation
  [/ise$/, 'ize'], // enterprise stays one key either way
  [/amme$/, 'am'], // programme
];

/** British and American spellings of a word meet: Defence/Defense, Centre/Center, Labour/Labor. */
export function spellingKey(word: string): string {
  let key = word.toLowerCase();
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  return key;
}

/** An organization's or place's matching key: case, periods, a leading "the" and spelling differences aside. */
export function institutionKey(words: readonly string[]): string {
  return nameKey(words.join(' ')).replace(/^the /, '').split(' ').map(spellingKey).join(' ');
}

/** A place's key: a country or state's identity shared by all its names ("U.S.", "United States"), else its name. */
export function placeKeyOf(words: readonly string[]): string {
  return regionIdentity(words.join(' ')) ?? institutionKey(words);
}

const SMALL = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'di', 'la', '&']);

/** "EU" for European Union, "NATO" for North Atlantic Treaty Organization: initials of the main words. */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Connecting words an organization's initials sometimes keep ("CORE" for a Congress of Racial Equality). */
const KEPT_SMALL = new Set(['of', 'for', 'and', 'on', 'in']);

/**
 * "SEATO" for a Southeast Asia treaty body too: a compass compound gives two initials as well as one. Initials
 * that keep one or two of the name's connecting words are variants too ("CORE"; "CAHR" for a Committee on
 * Aid for Housing Rights keeps "on" but not "for").
 */
export function initialsVariants(words: readonly string[]): string[] {
  const plain = initialsOf(words);
  const compass = words
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => (/^(?:north|south)(?:east|west)/i.test(w) ? `${w[0]}${w[5]}` : (w[0] ?? '')))
    .join('')
    .toUpperCase();
  const variants = new Set([plain, compass]);
  const kept = words.flatMap((w, k) => (KEPT_SMALL.has(w) && k > 0 ? [k] : []));
  if (kept.length > 0 && kept.length <= 3)
    for (let mask = 1; mask < 1 << kept.length; mask++) {
      const keep = new Set(kept.filter((_, b) => mask & (1 << b)));
      const letters = words
        .filter((w, k) => keep.has(k) || !SMALL.has(w.toLowerCase()))
        .map((w) => w[0] ?? '');
      variants.add(letters.join('').toUpperCase());
    }
  return [...variants];
}

/** The letters of an acronym as written ("U.N." and "UN" alike), or '' if the word is no acronym. */
export function acronymLetters(word: string): string {
  const letters = word.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters : '';
}

/** The key under which other written forms of an entity's name meet across a project (stored with it). */
export function entityMatchKey(name: string, type: 'person' | 'organization' | 'place'): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (type === 'person') return words.map(transliterationKey).join(' ');
  return type === 'place' ? placeKeyOf(words) : institutionKey(words);
}
