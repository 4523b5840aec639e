// Word lists as data (nlp/lexicon/*.json, nlp/speech-verbs.json), turned into lookup sets once.
import organizations from './lexicon/organizations.json' with { type: 'json' };
import places from './lexicon/places.json' with { type: 'json' };
import titles from './lexicon/titles.json' with { type: 'json' };
import speech from './speech-verbs.json' with { type: 'json' };
import { lexiconTags } from './compromise.ts';
import { isNationality, regionIdentity, regionNames, townBand } from './gazetteer.ts';

const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const key = (name: string) => name.toLowerCase().replace(/[.]/g, '').replace(/\s+/g, ' ').trim();

export const nameKey = key;

/**
 * A built-in name list plus the names a project adds to it (a ministry, a local party, a village
 * the built-in lists do not know). The project's names are in force for one analyzeText call.
 */
class NameList {
  private readonly builtIn: ReadonlySet<string>;
  private project: ReadonlySet<string> = new Set();
  constructor(names: readonly string[]) {
    this.builtIn = new Set(names.map(key));
  }
  has(name: string): boolean {
    return this.builtIn.has(name) || this.project.has(name);
  }
  setProjectNames(names: readonly string[]): void {
    this.project = new Set(names.map(key));
  }
}

export const ORG_NAMES = new NameList(organizations.names);
export const ORG_HEADS = new Set(organizations.headNouns.map(key));
export const ORG_LOWER_HEADS = new Set(organizations.lowercaseHeads);
/** Words for a church or faith ("Roman Catholic", "Southern Baptist"): as the last word of a run they describe. */
export const DENOMINATIONS = new Set(organizations.denominations.map((w) => w.toLowerCase()));
/** Lower-case institution nouns that name an organization when words before them say which one. */
export const LOWERCASE_ORG_HEADS = new Set(organizations.lowercaseNamedHeads);
/** "United Press International", "United Mine Workers": the last word of a longer name says organization. */
export const ORG_NAME_ENDS = new Set(organizations.nameEnds.map(key));
/** "the Harbor Jazz Festival", "the Batavian Revolution": a run ending in one of these names an event, no body. */
export const EVENT_HEADS = new Set(organizations.eventHeads);
/** Institution head words that are also surnames ("Wilbur Mills", "Wally Post"): after a first name, a person. */
export const ORG_SURNAME_HEADS = new Set(organizations.surnameHeads.map(key));
/** "the newspaper La Stampa", "La Stampa daily": a name beside one of these is a news outlet. */
export const MEDIA_NOUNS = new Set(organizations.mediaNouns);
/** "state", "federal": they qualify an institution without naming it ("the federal agency"). */
export const QUALIFYING_WORDS = new Set(organizations.qualifyingWords);
/** "the new ministry", "the relevant agency": words that never name an institution. */
export const VAGUE_MODIFIERS = new Set(organizations.vagueModifiers);
export const PLACE_NAMES = new NameList([...places.names, ...places.abbreviations, ...regionNames()]);
export const PLACE_HEADS = new Set(places.headNouns.map(key));
/** A street's head words ("Street", "St.", "Lane"), keyed; the written-out ones in the plural too ("Streets"). */
export const STREET_HEADS = new Set(places.streetHeads.map(key));
export const PLURAL_STREET_HEADS = new Set(
  places.streetHeads.filter((head) => !head.endsWith('.')).map((head) => `${key(head)}s`),
);
export const PLACE_PREFIXES = new Set(places.namePrefixes.map(key));
export const SURNAME_HEADS = new Set(places.surnameHeads.map(key));
export const PLACE_LOWER_HEADS = new Set(places.lowercaseHeads);
export const PLACE_LOWER_MODIFIERS = new Set(places.lowercaseModifiers);
/** "the Civic Center", "the County Center": a center named by one of these is a building, a place. */
export const CENTER_BUILDINGS = new Set(places.centerBuildings);
export const TITLES = lowerSet(titles.titles);
/** Courtesies before a person's name that hold no office ("Mr", "Mrs", "Sir"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'messrs',
  'sir',
  'dame',
]);
export const NAME_SUFFIXES = lowerSet(titles.suffixes);
export const PERSON_ROLE_NOUNS = lowerSet(titles.personRoleNouns);
export const GENERIC_PERSON_NOUNS = lowerSet(titles.genericPersonNouns);
export const PLAIN_PERSON_NOUNS = lowerSet(titles.plainPersonNouns);
export const GROUP_NOUNS = lowerSet(titles.groupNouns);
export const UNISEX_FIRST_NAMES = lowerSet(titles.unisexFirstNames);
export const DOCUMENT_NOUNS = lowerSet(titles.documentNouns);
export const MEMBER_NOUNS: Readonly<Record<string, string>> = titles.memberNouns;
export const NON_ENTITIES = new Set(titles.nonEntities);
export const ROLE_SYNONYMS: readonly (readonly string[])[] = titles.roleSynonyms;
export const SPEECH_VERBS = lowerSet(speech.verbs);
export const SPEECH_NOUNS = lowerSet(speech.nouns);
export const NOT_SPEECH_PHRASES = lowerSet(speech.notSpeechPhrases);
/** Speech verbs that introduce reported speech ("said the planes will return"); not "smiled", "believed". */
export const REPORTED_SPEECH_VERBS = lowerSet(speech.reportedSpeechVerbs);
/** Reporting verbs that name their audience first ("told reporters that ..."). */
export const AUDIENCE_SPEECH_VERBS = lowerSet(speech.audienceVerbs);

const PROPER_TAGS = new Set([
  'ProperNoun',
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'Honorific',
  'Abbreviation',
]);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

export const isCommonWord = (word: string): boolean => {
  const tags = lexiconTags(word);
  return (
    tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t)) && !regionIdentity(word)?.startsWith('country:')
  );
};
export const isFirstName = (word: string) => lexiconTags(word).some((t) => FIRST_NAME_TAGS.has(t));
export const isLastName = (word: string) => lexiconTags(word).includes('LastName');
export const isPersonWord = (word: string) =>
  lexiconTags(word).some((t) => FIRST_NAME_TAGS.has(t) || t === 'LastName' || t === 'Person');
/** compromise knows the word as a place, or it names a country, a state or a city of 100,000 or more. */
export const isPlaceWord = (word: string) =>
  lexiconTags(word).some((t) => PLACE_TAGS.has(t)) ||
  townBand(word) >= 3 ||
  regionIdentity(word) !== undefined;
export const isOrgWord = (word: string) =>
  lexiconTags(word).some((t) => t === 'Organization' || t === 'SportsTeam');
// compromise's list calls "Laos" a demonym (a plural of "Lao"); a country's name in the gazetteer is none.
export const isDemonym = (word: string) =>
  (lexiconTags(word).includes('Demonym') && !regionIdentity(word)?.startsWith('country:')) ||
  isNationality(word);
export const isDateWord = (word: string) =>
  lexiconTags(word).some((t) => t === 'Month' || t === 'WeekDay' || t === 'Date');

/** Names a project adds to the built-in lexicon. */
export type ProjectLexicon = { organizations?: readonly string[]; places?: readonly string[] };

/** Runs `analyse` with a project's names added to the lexicon, and without them afterwards. */
export function withProjectLexicon<T>(lexicon: ProjectLexicon | undefined, analyse: () => T): T {
  ORG_NAMES.setProjectNames(lexicon?.organizations ?? []);
  PLACE_NAMES.setProjectNames(lexicon?.places ?? []);
  try {
    return analyse();
  } finally {
    ORG_NAMES.setProjectNames([]);
    PLACE_NAMES.setProjectNames([]);
  }
}
