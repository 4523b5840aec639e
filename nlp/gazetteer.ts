// Places from the field's data packages (lexicon/gazetteer.json, built by bin/build-gazetteer.ts): towns
// with the population of the largest town of each name, countries with their other English names, US
// states with their abbreviations. Population and context decide whether a capitalised word is a town:
// "Reading", "Mobile" or "Bath" are towns, and ordinary words too.
import gazetteer from './lexicon/gazetteer.json' with { type: 'json' };
import { sortedIndex } from './sorted-list.ts';

/** Lower case, accents and periods dropped, spaces collapsed: "Düsseldorf" and "Dusseldorf" meet. */
export function placeKey(name: string): string {
  // Most names are plain ASCII: skip Unicode decomposition for them (the gazetteer has 108,000).
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}+/gu, '');
  return plain.toLowerCase().replace(/[.]/g, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

// The words analysis looks up, keyed once each: entity rules ask of the same word whether it is a town,
// a country or a state many times an article. Bounded, for long sessions.
const lookupKeys = new Map<string, string>();
function lookupKey(name: string): string {
  let key = lookupKeys.get(name);
  if (key === undefined) {
    if (lookupKeys.size >= 50_000) lookupKeys.clear();
    lookupKeys.set(name, (key = placeKey(name)));
  }
  return key;
}

type Index = {
  /** Every name of a country or state, keyed by placeKey, to one identity ("country:us", "state:nv"). */
  identities: Map<string, string>;
  /** Abbreviations written with a period ("Nev.", "N.C."), keyed by placeKey. */
  abbreviations: Map<string, string>;
  /** Postal codes ("NV"), which stand for a state only right after a town: "Reno, NV". */
  postal: Map<string, string>;
};

let built: Index | undefined;
let towns: string[][] | undefined;

// Built on first use, not at import: a command that analyses nothing (the CLI's --help) pays nothing.
// The towns (108,000 names) apart from the countries and states: grouping asks only which country or
// state a name is, and so never reads them.
function index(): Index {
  if (built) return built;
  const identities = new Map<string, string>();
  const abbreviations = new Map<string, string>();
  const postal = new Map<string, string>();
  gazetteer.countries.forEach((names, i) => {
    const id = `country:${i}`;
    for (const name of names) {
      // "Korea, Republic of" is an index form, never how a text names a country.
      if (name.includes(',') || name.includes('(')) continue;
      identities.set(placeKey(name), id);
      if (/^the /i.test(name)) identities.set(placeKey(name.slice(4)), id);
      // Tokens carry a possessive apart from the word: "People's Republic of China" is matched as "People ...".
      if (/'s /.test(name)) identities.set(placeKey(name.replace(/'s /g, ' ')), id);
    }
  });
  for (const state of gazetteer.states) {
    const id = `state:${state.postal.toLowerCase()}`;
    identities.set(placeKey(state.name), id);
    for (const abbreviation of state.abbreviations) abbreviations.set(placeKey(abbreviation), id);
    postal.set(state.postal.toLowerCase(), id);
  }
  built = { identities, abbreviations, postal };
  return built;
}

// Each band's names are keys already, sorted by code unit (bin/build-gazetteer.ts; the gazetteer test checks
// the file is what the build gives), so a name is found by halving its band's list (sorted-list.ts): splitting
// the file's four strings costs about a tenth of hashing 108,000 names into a map at every analysis worker's
// start (issue 8).
function townLists(): string[][] {
  return (towns ??= gazetteer.towns.map((keys) => keys.split('|')));
}

// The bands of the names analysis asks about, found once each. Bounded, for long sessions.
const townBands = new Map<string, number>();

/** Population band of the largest town of this name: 1 (1,000+), 2 (10,000+), 3 (100,000+), 4 (1 million+); 0 if none. */
export function townBand(name: string): number {
  const key = lookupKey(name);
  let band = townBands.get(key);
  if (band === undefined) {
    const lists = townLists();
    band = lists.length;
    while (band > 0 && sortedIndex(lists[band - 1]!, key) < 0) band--;
    if (townBands.size >= 50_000) townBands.clear();
    townBands.set(key, band);
  }
  return band;
}

/** The country or state a name (or a state's abbreviation) stands for, as an identity shared by its names. */
export function regionIdentity(name: string): string | undefined {
  const key = lookupKey(name);
  const { identities, abbreviations } = index();
  return identities.get(key) ?? abbreviations.get(key);
}

/** A state's abbreviation as written after a town ("Opelika, Ala.", "Reno, Nev.", "Austin, TX"). */
export function stateAfterTown(word: string, withPeriod: boolean): string | undefined {
  const key = lookupKey(word);
  const { identities, abbreviations, postal } = index();
  if (withPeriod && abbreviations.has(key)) return abbreviations.get(key);
  if (/^\p{Lu}\p{Ll}$/u.test(word) && withPeriod) return postal.get(key);
  if (/^\p{Lu}{2}$/u.test(word)) return postal.get(key);
  return identities.get(key)?.startsWith('state:') ? identities.get(key) : undefined;
}

/** Every country and state name and abbreviation, as the lexicon's list of known places. */
export function regionNames(): string[] {
  const names: string[] = [];
  for (const list of gazetteer.countries)
    names.push(...list.filter((n) => !n.includes(',') && !n.includes('(')));
  for (const state of gazetteer.states) names.push(state.name, ...state.abbreviations);
  return names;
}

const nationalities = gazetteer.demonyms as Record<string, number | null>;

/** "danish", "maltese": a country's English demonym (world-countries), for the words compromise does not tag. */
export function isNationality(word: string): boolean {
  return Object.hasOwn(nationalities, word);
}

/**
 * The country a nationality word names, as `regionIdentity` gives it ("chinese", "italians" → the identity
 * of China, of Italy); undefined for a word of no nation or of several ("dominican").
 */
export function demonymCountry(word: string): string | undefined {
  const key = word.toLowerCase();
  const of = (form: string) =>
    Object.hasOwn(nationalities, form) ? (nationalities[form] ?? undefined) : undefined;
  const index = of(key) ?? (key.endsWith('s') ? of(key.slice(0, -1)) : undefined);
  return index === undefined ? undefined : `country:${index}`;
}

/**
 * The country of a town of 100,000 people or more (the largest of that name), as `regionIdentity` gives
 * countries: "Lima", "Quito" → Peru's, Ecuador's identity. Undefined for smaller towns and other words.
 */
export function townCountry(name: string): string | undefined {
  const key = lookupKey(name);
  const towns = gazetteer.townCountries as Record<string, number>;
  return Object.hasOwn(towns, key) ? `country:${towns[key]}` : undefined;
}
