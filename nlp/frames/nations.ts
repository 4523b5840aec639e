// Built-in cues ("@name") for what a word list cannot say. `@two-nations`: the sentence names two or more
// different nations, by country name (the gazetteer's countries, from i18n-iso-countries) or by people
// (compromise's demonyms: "Russian", "Italian"). One country acting on, helping or talking to another is
// what the External regulation and reputation frame is about, whichever country a story is on; a list of
// country names in a codebook would only ever fit the stories it was written from. US states and towns are
// not nations: a bill of Texas and a mayor of Dallas stay domestic. `@one-nation`: the sentence names
// exactly one; the policy frames list it as a weak cue, so it counts only beside foreign-affairs words or
// next to a sentence where two nations meet (a relation story goes on: "Peruvian officials thanked ...").
import { isDemonym } from '../lexicon.ts';
import { regionIdentity } from '../gazetteer.ts';
import gazetteer from '../lexicon/gazetteer.json' with { type: 'json' };
import type { Words } from './words.ts';

export const BUILT_IN_CUES: Record<string, string> = {
  '@two-nations': 'the sentence names two or more different nations (countries or their peoples)',
  '@one-nation': 'the sentence names exactly one nation (a country or its people)',
  '@figure':
    'the sentence states a sum of money or a share in per cent ("$250,000", "5%", "21 per cent"); see figures.ts',
};

/**
 * A country has its identity and the stems of its names' words; a demonym has its own stem. Two countries
 * are one nation only by identity (North and South Korea share a stem), a demonym is its country's by stem.
 */
export type NationMention = { first: number; last: number; identity: string | null; stems: Set<string> };

/**
 * Countries of ISO 3166-3 (formerly used names) that news archives still name (i18n-iso-countries lists
 * only today's), and the unions of states news treats as actors beside them. "Soviet" stands for its state as "Russian" does for Russia, but no lexicon has it as a
 * demonym.
 */
const FORMER_COUNTRIES = [
  ['Soviet Union', 'USSR', 'U.S.S.R.', 'Soviet', 'Soviets'],
  ['Yugoslavia'],
  ['Czechoslovakia'],
  ['East Germany', 'German Democratic Republic'],
  ['West Germany'],
  ['Zaire'],
  ['Burma'],
  // Unions of states stand where a state would: Italy asking the EU for help is one polity dealing with another.
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
  ['NATO', 'North Atlantic Treaty Organization'],
];

const CAPITAL = /^\p{Lu}/u;
const MAX_NAME_WORDS = 3;

/**
 * Nation mentions among words `from`..`to` of the text. A demonym and its country ("Russian", "Russia";
 * "American", "United States of America") are one nation: they share a stem, the first four letters of
 * a word of one of the country's names; that is how "Italian" meets "Italy" and "Chinese" meets "China"
 * without a table of demonyms. Words many countries share ("United", "Islands") are no stem.
 */
export function nationMentions(text: string, words: Words, from: number, to: number): NationMention[] {
  const found: NationMention[] = [];
  for (let i = from; i <= to; i++) {
    const start = words.starts[i] ?? 0;
    if (!CAPITAL.test(text[start] ?? '')) continue;
    let matched = false;
    for (let n = Math.min(MAX_NAME_WORDS, to - i + 1); n >= 1 && !matched; n--) {
      const name = text.slice(start, words.ends[i + n - 1] ?? start);
      // A name never spans a line or a sentence mark: "Italy. Russia" is two names.
      if (n > 1 && /[\n;:!?]/.test(name)) continue;
      const identity = regionIdentity(name) ?? formerCountry(name);
      if (identity?.startsWith('country:')) {
        found.push({ first: i, last: i + n - 1, identity, stems: countryStems().get(identity) ?? new Set() });
        i += n - 1;
        matched = true;
      }
    }
    if (!matched && isDemonym(words.keys[i] ?? '') && !namesLanguage(words, i, to))
      found.push({ first: i, last: i, identity: null, stems: new Set([stem(words.keys[i] ?? '')]) });
  }
  return found;
}

const stem = (word: string) => word.slice(0, 4);

/** Words before a people's name that make it a language: "a letter in French", "she spoke Italian". */
const LANGUAGE_BEFORE = new Set(
  'in into speak speaks spoke speaking spoken fluent translated subtitled dubbed'.split(' '),
);
/** Words after it that close the language's phrase rather than begin a noun ("in French from", "in German and"). */
const LANGUAGE_AFTER = new Set(
  'from to and or by for with on at of that which but as was were is are said says'.split(' '),
);

/**
 * A people's name used for their language ("a letter in Spanish from a bank", "the guide spoke Italian")
 * names no nation: a word of speaking or "in" before it, and nothing after it in the sentence or a word
 * that ends the phrase. "in French vineyards" keeps the nation: there the name qualifies a noun.
 */
function namesLanguage(words: Words, i: number, to: number): boolean {
  if (!LANGUAGE_BEFORE.has(words.keys[i - 1] ?? '')) return false;
  return i === to || LANGUAGE_AFTER.has(words.keys[i + 1] ?? '');
}

const former = new Map(
  FORMER_COUNTRIES.flatMap((names, i) =>
    names.map((name) => [name.toLowerCase().replace(/\./g, ''), `former:${i}`] as const),
  ),
);
const formerCountry = (name: string) => {
  const id = former.get(name.toLowerCase().replace(/\./g, ''));
  if (!id) return undefined;
  const group = FORMER_COUNTRIES[Number(id.slice('former:'.length))] ?? [];
  const today = group.map((n) => SAME_NATION[n]).find(Boolean);
  return (today && regionIdentity(today)) ?? `country:${id}`;
};

/**
 * A former state named for the country that carries it on, so that a sentence naming it twice over is
 * not two nations meeting: news of the day wrote "the USSR" and "the Russians" for one actor
 * ("a Soviet test series ... like earlier Russian ones"). By any name of the group in FORMER_COUNTRIES.
 */
const SAME_NATION: Record<string, string | undefined> = { USSR: 'Russia' };

/**
 * Stems of the people's word of a union of states: "European" leaders and "the EU" are one party in a
 * sentence, as "Italian" and "Italy" are. By any name of the group in FORMER_COUNTRIES.
 */
const UNION_STEMS: Record<string, string[] | undefined> = { EU: ['euro'] };

let stems: Map<string, Set<string>> | undefined;

/** Per country identity: the stems of its names' words that at most one other country's names share. */
function countryStems(): Map<string, Set<string>> {
  if (stems) return stems;
  const owners = new Map<string, Set<number>>();
  const wordsOf = (names: string[]) =>
    names.flatMap((name) => (name.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(stem));
  gazetteer.countries.forEach((names, i) => {
    for (const s of wordsOf(names)) owners.set(s, (owners.get(s) ?? new Set()).add(i));
  });
  stems = new Map();
  FORMER_COUNTRIES.forEach((names, i) =>
    stems?.set(`country:former:${i}`, new Set(names.flatMap((n) => UNION_STEMS[n] ?? []))),
  );
  gazetteer.countries.forEach((names, i) => {
    const id = `country:${i}`;
    stems?.set(id, new Set(wordsOf(names).filter((s) => (owners.get(s)?.size ?? 0) <= 2)));
  });
  return stems;
}

/**
 * The first mention that makes a sentence name a second nation, or null when it names fewer than two.
 * Nations named only as one list ("Poland and Hungary vetoed it", "Russia, China or Cuba") act or are
 * named together: the sentence says nothing of how one stands to the other, so a list alone is no
 * second nation; a nation outside the list is ("Norway and Sweden sent notes to Chile"). Only lists of
 * countries' names: peoples' words qualify what they have abroad ("Dutch or Danish ships in the strait").
 */
export function secondNation(mentions: readonly NationMention[], words?: Words): NationMention | null {
  if (
    words &&
    mentions.length > 1 &&
    mentions.every((m, j) => m.identity && (j === 0 || listed(words, mentions[j - 1]!, m)))
  )
    return null;
  for (let j = 1; j < mentions.length; j++) {
    const later = mentions[j];
    if (later && mentions.slice(0, j).some((m) => !sameNation(m, later))) return later;
  }
  return null;
}

/** Words that may stand between two items of one list of nations (commas are not words). */
const LIST_WORDS = new Set(['and', 'or', 'nor', 'the', 'both', 'either', 'neither']);

/** Two mentions next to each other in a list: nothing between them but commas and list words. */
function listed(words: Words, a: NationMention, b: NationMention): boolean {
  for (let i = a.last + 1; i < b.first; i++) if (!LIST_WORDS.has(words.keys[i] ?? '')) return false;
  return true;
}

function sameNation(a: NationMention, b: NationMention): boolean {
  if (a.identity && b.identity) return a.identity === b.identity;
  return [...a.stems].some((s) => b.stems.has(s));
}
