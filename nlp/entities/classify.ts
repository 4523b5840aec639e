import type { Token } from '../tokens.ts';
import { FIRST_NAME_MONTHS, quotedNickname, type Span } from './spans.ts';
import {
  afterHouseNumber,
  askTagger,
  beforeState,
  compassAfterStreet,
  mediaApposition,
  lowercaseExtension,
  listedAsPlace,
  pluralStreet,
  placeContext,
  speechVerbBefore,
  speechVerbFollows,
  sponsorsOfLaw,
} from './context.ts';
import {
  firstTitle,
  institutionWordSurname,
  isFixedName,
  isTitle,
  keyOf,
  occupationBeforeName,
  placeStart,
  pluralTitle,
  bodyStart,
  bodyThenFirstName,
  placeThenName,
  roleBeforeFirstName,
  roleTitleEnd,
  titleBefore,
  officeRunEnd,
} from './name-parts.ts';
import { regionIdentity, townBand } from '../gazetteer.ts';
import { termAcronym } from './term-acronym.ts';
import { BRANCH_WORDS } from './run-parts.ts';
import { nounNamedPerson, townNamedPerson } from './given-names.ts';
import { introducedAs } from './introduced.ts';
import { personByContext } from './person-cues.ts';
import { teamByNickname, teamByTown } from './team-names.ts';
import { agencyInDateline, datelinePlace } from './dateline.ts';
import { formOnly, makerBeforeKey, makerBeforeWork, makerOfWork, workAfterMaker } from './works.ts';
import { lexiconTags, taggerAdjective } from '../compromise.ts';
import {
  CENTER_BUILDINGS,
  DENOMINATIONS,
  EVENT_HEADS,
  NAME_SUFFIXES,
  ORG_HEADS,
  ORG_NAME_ENDS,
  ORG_NAMES,
  ORG_SURNAME_HEADS,
  PLACE_HEADS,
  PLACE_LOWER_HEADS,
  PLACE_NAMES,
  SURNAME_HEADS,
  PLACE_PREFIXES,
  isCommonWord,
  isDemonym,
  isFirstName,
  isLastName,
  isOrgWord,
  isPersonWord,
  isPlaceWord,
  nameKey,
} from '../lexicon.ts';

export type EntityType = 'person' | 'organization' | 'place';

/** One occurrence of a name: tokens `first..last`; `role` is a stripped title ("President"). */
export type Mention = {
  type: EntityType | null;
  first: number;
  last: number;
  role?: string;
  /** Untyped: kept only if it turns out to be the surname of someone named in full. */
  weak?: boolean;
  /** Typed by compromise's word list alone ("Caldwell" is also a town): a surname match overrides it. */
  soft?: boolean;
  /** An institution written in lower case ("the foreign ministry"). */
  lowercase?: boolean;
  /** How sure the evidence for `type` is, 0–1. */
  confidence?: number;
};

const PARTY = new Set(['republicans', 'democrats', 'republican', 'democratic']);
/** Abbreviated honorifics that stand only before a person's name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
const NOT_NAME_TAGS = new Set(['Adjective', 'Actor', 'Plural', 'Comparative', 'Superlative']);

/** Classifies a span, splitting off a leading title; returns the name mention plus any entity inside the title. */
export function classifySpan(tokens: readonly Token[], span: Span): Mention[] {
  let first = span.first;
  const last = span.last;
  // "CHARLOTTE, N.C. (AP) —", "HOPE, Ark. —": the capitals opening a dateline are its place.
  if (datelinePlace(tokens, first, last)) return [{ type: 'place', confidence: 0.9, first, last }];
  // "ROME Reuters -": the place, and the agency run into it.
  const agency = agencyInDateline(tokens, first, last);
  if (agency > first)
    return [
      { type: 'place', confidence: 0.9, first, last: agency - 1 },
      { type: 'organization', confidence: 0.95, first: agency, last },
    ];
  if (span.weak) return [{ type: null, first, last, weak: true }];
  if (span.surname) return [{ type: 'person', confidence: 0.8, first, last }];
  // "the People's Republic of China": a country's own name with a possessive in it is one place.
  const spelled = tokens
    .slice(first, last + 1)
    .map((t) => t.text + (t.possessive ? "'s" : ''))
    .join(' ');
  if (spelled.includes("'s ") && regionIdentity(spelled)?.startsWith('country:'))
    return [{ type: 'place', confidence: 0.97, first, last }];
  // "Marlow's Ned Orrin" is two names; "Marlow Tax Assessor's Office" is one.
  const lastHead = nameKey(tokens[last]?.text ?? '');
  // ... but "Serbia's Health Ministry" is Serbia and its Health Ministry.
  const ownerIsPlace = (p: number) => regionIdentity(keyOf(tokens, first, p)) !== undefined;
  // ... and "the University's School of Law" is the university (named earlier) and its School of Law.
  const ownerIsHead = (p: number) => p === first && ORG_HEADS.has(nameKey(tokens[first]!.text));
  // ... and "Gov. Orr's Parks Commission" is the governor and his commission, as "First Lady Ann Orr's Arts
  // Committee" is the first lady and hers (a title of two words).
  const ownerIsTitled = (p: number) =>
    p > first && (isTitle(tokens[first]) || (p > first + 1 && isTitle(tokens[first + 1])));
  // "Verdi's Fifth Symphony": a maker and the work, though "Symphony" also heads an orchestra's name.
  const makerOwns =
    !!tokens[first]?.possessive && makerOfWork(tokens, first) && workAfterMaker(tokens, first + 1);
  if (
    (!ORG_HEADS.has(lastHead) && !PLACE_HEADS.has(lastHead)) ||
    makerOwns ||
    tokens
      .slice(first, last)
      .some(
        (t, k) =>
          t.possessive && (ownerIsPlace(first + k) || ownerIsHead(first + k) || ownerIsTitled(first + k)),
      )
  ) {
    for (let p = first; p < last; p++) {
      if (!tokens[p]?.possessive) continue;
      const owner = { first, last: p, sentenceInitial: span.sentenceInitial };
      // "Varga's Suite Pastorale": a maker's work after the possessive names no one.
      if (p === first && makerOfWork(tokens, p) && workAfterMaker(tokens, p + 1))
        return classifySpan(tokens, owner);
      return [
        ...classifySpan(tokens, owner),
        ...classifySpan(tokens, { first: p + 1, last, sentenceInitial: false }),
      ];
    }
  }
  // "La Lindqvist": the article before the surname of a star the text names in full is her, where no place is
  // named so ("La Paz"); "La Serenata", an opera, and "La Gazzetta", a paper, stay what they were.
  if (
    last === first + 1 &&
    STAR_ARTICLES.has(tokens[first]!.text) &&
    !tokens[last]!.abbrev &&
    // ... and no newspaper ("the Italian daily La Voce").
    !mediaApposition(tokens, first, last) &&
    !regionIdentity(keyOf(tokens, first, last)) &&
    townBand(keyOf(tokens, first, last)) === 0 &&
    !PLACE_NAMES.has(keyOf(tokens, first, last)) &&
    !ORG_NAMES.has(keyOf(tokens, first, last)) &&
    !isPlaceWord(tokens[last]!.lower) &&
    !isCommonWord(tokens[last]!.lower) &&
    namedInFull(tokens, tokens[last]!.text)
  )
    return [{ type: null, first: last, last, weak: true }];
  // "the Varga Concerto", "the Holm Seventh Symphony": the maker is a person, the work no entity.
  const maker = Math.max(makerBeforeWork(tokens, first, last), makerBeforeKey(tokens, first, last));
  if (maker >= 0) return [{ type: 'person', confidence: 0.75, first, last: maker }];
  if (formOnly(tokens, first, last)) return [];
  const joined = hyphenedPlaces(tokens, first, last);
  if (joined.length > 0) return joined;
  // "Communist China", "Communist North Viet Nam": a regime's adjective before a country names the country.
  if (last > first && REGIME_ADJECTIVES.has(tokens[first]!.lower)) {
    const rest = keyOf(tokens, first + 1, last);
    // ... and "North Viet Nam", a country's half.
    const country = (key: string) => PLACE_NAMES.has(key) || !!regionIdentity(key)?.startsWith('country:');
    const half = /^(?:north|south|east|west) (.+)$/.exec(rest)?.[1];
    if (country(rest) || (half !== undefined && country(half)))
      return [{ type: 'place', confidence: 0.95, first: first + 1, last }];
  }
  if (first === last && compassRegion(tokens, first))
    return [{ type: 'place', confidence: 0.8, first, last }];
  if (sponsorsOfLaw(tokens, first, last)) return [];
  if (first === last && chapterAndVerse(tokens, last)) return [];
  // "the Sherman Act", "the Fifth Amendment", "the new City Charter": a law, no entity (nor the sponsor it is
  // named for).
  if (last > first && LAW_HEADS.has(tokens[last]!.text)) return [];
  // "the Harbor Jazz Festival", "the Marlow Festival of Song", "the Batavian Revolution": an event, no entity
  // ("the Department of War" stays a body: the event word heads the run).
  if (last > first && eventHead(tokens, first, last)) return [];
  // "three Roman Catholic priests", "a Southern Baptist": a faith's name ending a run describes, it names nobody.
  if (DENOMINATIONS.has(tokens[last]!.lower)) return [];
  // "born in Pittsboro, Miss., and ...": a state's abbreviation that is also a title, closing a town's phrase.
  if (first === last && tokens[first]!.abbrev && isTitle(tokens[first]) && beforeState(tokens, first - 1))
    return [{ type: 'place', confidence: 0.9, first, last }];
  // "under the Vermont Constitution": a state's or country's constitution is a law, no entity; the state is one.
  if (
    last > first &&
    tokens[last]!.lower === 'constitution' &&
    regionIdentity(keyOf(tokens, first, last - 1))
  )
    return [{ type: 'place', confidence: 0.95, first, last: last - 1 }];
  // "Ambassador to Sudan Ma Xinmin", "Minister of Foreign Affairs of India Sanjay Rao": after "<title> to/of",
  // a country or state ends the title (and is an entity of its own); the name-like words after it are the person.
  const afterTitle = titleBefore(tokens, first);
  if (afterTitle >= 0) {
    const split = placeThenName(tokens, first, last);
    if (split >= 0) {
      const role = tokens
        .slice(afterTitle, split + 1)
        .map((t) => t.text)
        .join(' ');
      const place = placeStart(tokens, first, split);
      return [
        place >= 0
          ? { type: 'place', confidence: 0.95, first: place, last: split }
          : { type: 'organization', confidence: 0.95, first: bodyStart(tokens, first, split), last: split },
        { type: 'person', confidence: 0.9, first: split + 1, last, role },
      ];
    }
  }
  // "in the Storting Karen Holm": a person's name never follows "the", so a run that does and holds a first
  // name is a body (or place) and then the person.
  const named = bodyThenFirstName(tokens, first, last);
  if (named > first) {
    const body = classifySpan(tokens, { first, last: named - 1, sentenceInitial: false });
    return [
      ...body.map((m) => (m.type === 'place' ? m : { ...m, type: 'organization' as const, role: undefined })),
      { type: 'person', confidence: 0.85, first: named, last },
    ];
  }
  // "Secretary of State Ed Vane", "Governor of Ohio Ann Brook": the word after "<title> of" finishes the
  // title (a place there is an entity of its own too), and the name follows it.
  if (
    tokens[first - 1]?.lower === 'of' &&
    isTitle(tokens[first - 2]) &&
    tokens[first - 2]!.capitalized &&
    first < last &&
    tokens[first + 1]!.capitalized &&
    // "Minister of Foreign Affairs": an office's own words, no name after them.
    !lexiconTags(tokens[first]!.lower).includes('Adjective') &&
    // "Our Lady of Fatima Hospital": a run ending in an institution's or a place's head word names no person.
    // ("Secretary of State Ed Hall": a head word that surnames use still ends a name).
    !(ORG_HEADS.has(lastHead) && !ORG_SURNAME_HEADS.has(lastHead)) &&
    !(PLACE_HEADS.has(lastHead) && !SURNAME_HEADS.has(lastHead))
  ) {
    const role = tokens
      .slice(first - 2, first + 1)
      .map((t) => t.text)
      .join(' ');
    const place = regionIdentity(tokens[first]!.text) || isPlaceWord(tokens[first]!.lower);
    return [
      ...(place ? [{ type: 'place' as const, confidence: 0.95, first, last: first }] : []),
      { type: 'person', confidence: 0.9, first: first + 1, last, role },
    ];
  }
  // Extend with a lower-case place or institution noun: "the Moscow region", "Pratica di Mare military airbase".
  const ext = lowercaseExtension(tokens, last, first);
  const out: Mention[] = [];
  if (tokens[first]?.text === 'The' && tokens.slice(first + 1, last + 1).every(isTitle)) return out;
  let titleEnd = -1;
  for (let k = first; k < last; k++) if (isTitle(tokens[k]) && !tokens[k]?.possessive) titleEnd = k;
  if (titleEnd >= first) titleEnd = officeRunEnd(tokens, titleEnd, last);
  if (titleEnd < first) titleEnd = roleTitleEnd(tokens, first, last);
  if (titleEnd < first) titleEnd = roleBeforeFirstName(tokens, first, last);
  if (titleEnd < first) titleEnd = occupationBeforeName(tokens, first, last);
  if (titleEnd >= first && tokens.slice(titleEnd + 1, last + 1).every(isTitle)) return out;
  // "UN General Assembly", "General Motors": the title word is part of an institution's name.
  const lastKey = nameKey(tokens[last]?.text ?? '');
  if (
    titleEnd >= first &&
    (ORG_HEADS.has(lastKey) || PLACE_HEADS.has(lastKey)) &&
    !SURNAME_HEADS.has(lastKey) &&
    !institutionWordSurname(tokens, first, last)
  )
    titleEnd = -1;
  let role: string | undefined;
  if (titleEnd >= first && !isFixedName(tokens, first, last)) {
    const roleFirst = first;
    role = tokens
      .slice(roleFirst, titleEnd + 1)
      .map((t) => t.text + (t.abbrev ? '.' : ''))
      .join(' ');
    const prefix = firstTitle(tokens, roleFirst, titleEnd) - 1;
    if (prefix >= roleFirst) {
      const inner = classifyName(tokens, roleFirst, prefix, false);
      const fixed = isFixedName(tokens, roleFirst, prefix);
      if (inner && (inner.type === 'place' || fixed))
        out.push({ type: inner.type, confidence: inner.confidence, first: roleFirst, last: prefix });
    }
    first = titleEnd + 1;
    // "the Chief Executive": a title followed by a common word is a role, not a name; but an abbreviated
    // honorific names a person whatever the word ("Dr. Banks", "Mrs. Fields", "Mr. Rivers").
    const only = tokens[first];
    const honorific = tokens[titleEnd]?.abbrev === true && HONORIFICS.has(tokens[titleEnd]!.lower);
    if (first === last && only && !honorific && lexiconTags(only.lower).some((t) => NOT_NAME_TAGS.has(t)))
      return out;
    // A title before a name says person as surely as anything does.
    const named =
      isFixedName(tokens, first, last) && !institutionWordSurname(tokens, first, last)
        ? classifyName(tokens, first, last, false)
        : typed('person', 0.95);
    out.push({ type: named?.type ?? null, confidence: named?.confidence ?? 0, first, last, role });
    return out;
  }
  // ... but "lives in Queens": a plural title alone where the words around say place is the place.
  const placedPlural = first === last && pluralTitle(tokens[first]!) && !!placeContext(tokens, first);
  // ... and "the Cardinals", a title's plural that ends a team's name, is the team.
  const namedAlone = placedPlural || (first === last && teamByNickname(tokens, first));
  if (isTitle(tokens[first]) && first === last && !namedAlone) return out;
  // "Chinese Ambassador", "Italian Prime Minister": a nationality and a title name an office, not a person.
  const words = tokens.slice(first, last + 1);
  if (words.some(isTitle) && words.every((t) => isTitle(t) || isDemonym(t.lower)) && !namedAlone) return out;
  // "the Harlan building" is a place; "the Justice Department building" is the department's.
  if (ext > last && !(tokens[ext]!.lower === 'building' && ORG_HEADS.has(lastHead))) {
    const head = tokens[ext]?.lower ?? '';
    const joined = keyOf(tokens, first, ext);
    const placeHead = PLACE_LOWER_HEADS.has(head) || ['cemetery', 'park', 'city'].includes(head);
    const type = placeHead || PLACE_NAMES.has(joined) ? 'place' : 'organization';
    out.push({ type, confidence: 0.85, first, last: ext });
    return out;
  }
  // "the Italian newspaper La Stampa", "Il Tempo daily": a news outlet is an organization, never a person.
  const guessed = mediaApposition(tokens, first, last)
    ? typed('organization', 0.9)
    : classifyName(tokens, first, last, span.sentenceInitial);
  // "two straight over Tulsa", "when Omaha won": in a sports report, a town that is a side of a game is its team.
  const found =
    guessed?.type === 'place' && teamByTown(tokens, first, last) ? typed('organization', 0.75) : guessed;
  const soft =
    first === last && placeContext(tokens, first) !== 'strong' && !isFixedName(tokens, first, last);
  // "The U. S.": the article a run-in headline leaves capitalised is not part of the initials' name.
  if (found && tokens[first]?.text === 'The' && tokens.slice(first + 1, last + 1).every(isInitial)) first++;
  // "1400 Larch St. NW": the quadrant after a street is part of the address, not of the street's name.
  const street = last - 1;
  if (
    found?.type === 'place' &&
    street > first &&
    isCompassPoint(tokens[last]!) &&
    PLACE_HEADS.has(nameKey(tokens[street]!.text))
  )
    return [...out, { type: 'place', confidence: found.confidence, first, last: street, soft }];
  out.push(
    found
      ? { type: found.type, confidence: found.confidence, first, last, soft }
      : { type: null, first, last, weak: true },
  );
  return out;
}

/** A type with how sure the evidence for it is (0–1); see README, "How sure". */
export type Typed = { type: EntityType; confidence: number };
const typed = (type: EntityType, confidence: number): Typed => ({ type, confidence });

function classifyName(tokens: readonly Token[], first: number, last: number, initial: boolean): Typed | null {
  let found = classifyWords(tokens, first, last, initial);
  // "a broker called Pim", "his wife Dilly": the words that introduce a name no list knows type it.
  if (!found || found.confidence < 0.8) {
    const introduced = introducedAs(tokens, first);
    if (introduced) found = typed(introduced, 0.8);
  }
  // "Ada Pell, 2214 Larkin, Elmwood": what reads as a person right after a house number is the street.
  if (found?.type === 'person' && afterHouseNumber(tokens, first, last)) return typed('place', 0.75);
  return found;
}

function classifyWords(
  tokens: readonly Token[],
  first: number,
  last: number,
  initial: boolean,
): Typed | null {
  const key = keyOf(tokens, first, last);
  const keyNoThe = key.replace(/^the /, '');
  if (first === last && termAcronym(tokens, first)) return null;
  // '"Buzz" Orme': a quoted nickname before a surname names a person, whatever the nickname's word is.
  if (last === first + 1 && quotedNickname(tokens[first]!, tokens[last])) return typed('person', 0.85);
  // "Who stops to think?": a listed body's initials written as the common word they spell are that word.
  if (first === last && isCommonWord(key) && ORG_NAMES.has(key) && !/^\p{Lu}+$/u.test(tokens[first]!.text))
    return null;
  if (ORG_NAMES.has(key) || ORG_NAMES.has(keyNoThe)) return typed('organization', 0.97);
  if (PLACE_NAMES.has(key) || PLACE_NAMES.has(keyNoThe)) return typed('place', 0.97);
  // "Western Europe", "Eastern Kentucky": a compass adjective before a place names a region of it.
  if (last > first && COMPASS_ADJECTIVES.has(tokens[first]!.lower)) {
    const rest = keyOf(tokens, first + 1, last);
    if (PLACE_NAMES.has(rest) || regionIdentity(rest)) return typed('place', 0.9);
  }
  // "the Swedish Red Cross", "the Chinese Red Cross": a nationality before a known body names its branch.
  if (last > first && isDemonym(tokens[first]!.lower) && ORG_NAMES.has(keyOf(tokens, first + 1, last)))
    return typed('organization', 0.95);
  // "N. Y.", "U. S.": initials spelled with spaces.
  // ... also after a capital "The" that a run-in headline leaves before them ("Road to Vienna The U. S. and ...").
  const squeezed = keyNoThe.replace(/ /g, '');
  const spacedInitials = /^(?:\p{L} )+\p{L}$/u.test(keyNoThe);
  if (spacedInitials && PLACE_NAMES.has(squeezed)) return typed('place', 0.95);
  if (spacedInitials && ORG_NAMES.has(squeezed)) return typed('organization', 0.95);
  // "the I. A. P. A.": three or more spaced initials and no surname are a body's initials, not a person.
  if (last >= first + 2 && tokens.slice(first, last + 1).every((t) => t.abbrev && /^\p{Lu}$/u.test(t.text)))
    return typed('organization', 0.75);
  // "East-West relations", "North-South talks": two compass points name a direction between places, no place.
  if (last > first && tokens.slice(first, last + 1).every((t) => COMPASS_WORDS.has(t.lower))) return null;
  const headTok = headToken(tokens, first, last);
  const head = nameKey(headTok?.text ?? '');
  const lastKey = nameKey(tokens[last]?.text ?? '');
  // "Larry W. Mills": a middle initial makes the institution word a surname.
  if (institutionWordSurname(tokens, first, last)) return typed('person', 0.85);
  const townInContext =
    first === last && townBand(headTok?.text ?? '') > 0 && placeContext(tokens, first) === 'strong';
  // "the Dov Marran Trio": a small band named for its leader in full is a body; "the Brahms Quartet", named by
  // its maker's surname alone, stays a work (works.ts).
  if (last >= first + 2 && ENSEMBLE_FORMS.has(tokens[last]!.text) && isFirstName(tokens[first]!.lower))
    return typed('organization', 0.9);
  // "Gateway Shopping Center", "the Civic Center", "the Harlan Center": a centre named for a building's use, a
  // town or a person is a place, though "Center" heads a body's name where a field names it ("the Music Center").
  if (last > first && /^Cent(?:er|re)$/.test(tokens[last]!.text) && centerBuilding(tokens[last - 1]!))
    return typed('place', 0.9);
  // "the Marlow Opera House": an opera house is a building, though "House" mostly heads a chamber's name.
  if (last > first && tokens[last]!.text === 'House' && tokens[last - 1]!.text === 'Opera')
    return typed('place', 0.9);
  // "the Orr Theater", "the Marlow Musical Theatre": a theatre is a building, a place; a company named for its
  // art ("the Wendish Ballet Theatre", "the Marlow Repertory Theater") is a body.
  if (
    last > first &&
    /^Theat(?:er|re)$/.test(tokens[last]!.text) &&
    !COMPANY_ARTS.has(tokens[last - 1]!.lower) &&
    !tokens[last - 1]!.possessive
  )
    return typed('place', 0.85);
  if (ORG_HEADS.has(head) && !(head === 'press' && first === last) && !townInContext)
    return typed('organization', 0.92);
  // compromise's own word list knows many multi-word places ("Baton Rouge", "Puerto Rico").
  if (last > first) {
    const known = lexiconTags(key);
    if (known.some((t) => t === 'Place' || t === 'City' || t === 'Country' || t === 'Region'))
      return typed('place', 0.9);
    if (known.some((t) => t === 'Organization' || t === 'SportsTeam')) return typed('organization', 0.9);
    // A town of the gazetteer ("San Marcos", "Baton Rouge"); a small one whose first word is a first name
    // ("John Day") only where the words around say place.
    const band = townBand(key);
    const personLike = isFirstName(tokens[first]?.lower ?? '');
    if (regionIdentity(key) || band >= 3 || (band >= 1 && !personLike))
      return typed('place', regionIdentity(key) ? 0.97 : band >= 3 ? 0.9 : 0.75);
    if (!personLike && beforeState(tokens, last)) return typed('place', 0.85);
  }
  // "Oak St. N.W.", "Elm Road East": a compass point after a street is part of its address; the street says
  // what it is.
  if (last > first && isCompassPoint(tokens[last]!)) return classifyName(tokens, first, last - 1, initial);
  if (compassAfterStreet(tokens, first, last) && PLACE_HEADS.has(nameKey(tokens[last - 1]!.text)))
    return classifyName(tokens, first, last - 1, initial);
  // "United Press International", "United Mine Workers": a longer name ending so is a body.
  if (last > first && ORG_NAME_ENDS.has(lastKey)) return typed('organization', 0.85);
  // "the Lyle Elliott Funeral Home", "Maple Crest Nursing Home": a business or an institution, not a person.
  if (last > first + 1 && tokens[last]!.text === 'Home' && HOME_KINDS.has(tokens[last - 1]!.text))
    return typed('organization', 0.9);
  // "Kappa Alpha Theta", "Phi Beta Kappa": a society named by Greek letters.
  if (last > first && tokens.slice(first, last + 1).every((t) => GREEK_LETTERS.has(t.lower)))
    return typed('organization', 0.9);
  // "AFL-CIO": capitals joined by a hyphen are a body's initials.
  if (
    last === first + 1 &&
    tokens[first]!.post === '-' &&
    [tokens[first]!, tokens[last]!].every((t) => /^\p{Lu}{2,6}$/u.test(t.text) && !t.abbrev)
  )
    return typed('organization', 0.8);
  // "Gaither & Anderson", "Procter & Gamble", "the S and W Cafeteria": firms.
  if (tokens.slice(first, last + 1).some((t) => t.text === '&' || t.post.trim() === '&'))
    return typed('organization', 0.85);
  if (last > first + 2 && tokens[first + 1]!.text === 'and' && /^\p{Lu}$/u.test(tokens[first]!.text))
    return typed('organization', 0.8);
  // "Elm Lodge 14", "American Legion Post 7": a society's numbered branch.
  if (last > first + 1 && /^\d+$/.test(tokens[last]!.text) && BRANCH_WORDS.has(tokens[last - 1]!.lower))
    return typed('organization', 0.85);
  // "Interstate Route 95", "Highway 12"
  if (last > first && /^\d/.test(tokens[last]!.text) && ROUTE_WORDS.has(tokens[last - 1]!.lower))
    return typed('place', 0.9);
  // "Women's S.P.C.A."
  if (
    /^(?:\p{Lu}\.){2,}$/u.test(`${tokens[last]?.text ?? ''}${tokens[last]?.abbrev ? '.' : ''}`) &&
    last > first
  )
    return typed('organization', 0.8);
  // "Peter Hall" is a person, "Jackson County" a place.
  const firstIsName = isFirstName(tokens[first]?.lower ?? '') && !isPlaceWord(tokens[first]?.lower ?? '');
  if (PLACE_HEADS.has(lastKey) && last > first && !(firstIsName && SURNAME_HEADS.has(lastKey)))
    return typed('place', 0.9);
  if (tokens[first]?.lower === 'city' && tokens[first + 1]?.text === 'of') return typed('place', 0.95);
  // "Birch and Larch Streets"
  if (last === first + 1 && pluralStreet(tokens, first)) return typed('place', 0.85);
  const words = tokens.slice(first, last + 1);
  const single = first === last;
  const firstTok = tokens[first];
  const lastTok = tokens[last];
  if (!firstTok || !lastTok) return null;
  if (!single) {
    // ... "Jean-Luc Varda": a double given name, whose first half the lists may know as a common word.
    const doubleGiven = last > first + 1 && firstTok.post === '-' && isFirstName(tokens[first + 1]!.lower);
    if (
      (isFirstName(firstTok.lower) || FIRST_NAME_MONTHS.has(firstTok.lower) || doubleGiven) &&
      !isPlaceWord(lastTok.lower)
    )
      return typed('person', 0.9);
    // "Dora Kingsport", "Jack Everett": a given name that is no town before a surname a town shares.
    if (
      last === first + 1 &&
      isFirstName(firstTok.lower) &&
      !isPlaceWord(firstTok.lower) &&
      /^\p{Lu}\p{Ll}+$/u.test(lastTok.text) &&
      (!/s$/.test(lastTok.text) || isLastName(lastTok.lower)) &&
      !regionIdentity(lastTok.text) &&
      !PLACE_NAMES.has(nameKey(lastTok.text))
    )
      return typed('person', 0.8);
    if (townNamedPerson(tokens, first, last)) return typed('person', 0.85);
    if (nounNamedPerson(tokens, first, last)) return typed('person', 0.8);
    if (PLACE_PREFIXES.has(nameKey(firstTok.text))) return typed('place', 0.7);
    // "Marlow Rovers", "Portavela Gulls": a team named for its city.
    if (
      isPlaceWord(firstTok.lower) &&
      /^\p{Lu}\p{Ll}+s$/u.test(lastTok.text) &&
      !isPlaceWord(lastTok.lower) &&
      words.length <= 3
    )
      return typed('organization', 0.7);
    if (words.some((t) => /^\p{Lu}$/u.test(t.text) && t.abbrev)) return typed('person', 0.9);
    if (NAME_SUFFIXES.has(lastTok.lower)) return typed('person', 0.92);
    if (words.some((t) => t.abbrev && isPlaceWord(t.lower))) return typed('place', 0.8);
    if (isLastName(lastTok.lower) && !isCommonWord(firstTok.lower)) return typed('person', 0.85);
    if (words.every((t) => isPlaceWord(t.lower) || isDemonym(t.lower))) return typed('place', 0.8);
    if (words.some((t) => isOrgWord(t.lower))) return typed('organization', 0.75);
    if (
      firstTok.text === 'The' &&
      !initial &&
      !words.slice(1).every((t) => isDemonym(t.lower) || PARTY.has(t.lower))
    )
      return typed('organization', 0.6);
    if (placeContext(tokens, first))
      return typed('place', placeContext(tokens, first) === 'strong' ? 0.8 : 0.55);
    // "the First Session", "the Nineteen Twenties": a run no rule knows that opens with a number word counts
    // or orders something; it names no one.
    if (lexiconTags(firstTok.lower).includes('TextValue')) return null;
    if (words.length <= 3 && words.every((t) => !isCommonWord(t.lower)))
      return typed(askTagger(tokens, first, last) ?? 'person', 0.65);
    // Capitalised mid-sentence and ending in a word that is no common noun: a name ("Ida Mae Brookner").
    if (
      !initial &&
      words.length <= 4 &&
      !isCommonWord(lastTok.lower) &&
      !isPlaceWord(lastTok.lower) &&
      !lexiconTags(firstTok.lower).includes('Adjective')
    )
      return typed(askTagger(tokens, first, last) ?? 'person', 0.5);
    return null;
  }
  const w = firstTok.lower;
  if (firstTok.abbrev && PLACE_NAMES.has(nameKey(firstTok.text))) return typed('place', 0.95);
  // "Verdi's Requiem", "songs by Faure and Ives": a surname no list knows, named as a work's maker.
  if (makerOfWork(tokens, first)) return typed('person', 0.75);
  // "Tarrow's playing", "Tarrow and his troupe", "the late Tarrow": what is said of the word makes it a person.
  if (personByContext(tokens, first)) return typed('person', 0.7);
  // "the Orioles dropped their sixth straight": a team's nickname after "the".
  if (teamByNickname(tokens, first)) return typed('organization', 0.8);
  const context = placeContext(tokens, first);
  const band = townBand(firstTok.text);
  // "in Federal court", "a Gallup poll": an unknown word before a common noun modifies it; it names no place.
  const next = tokens[last + 1];
  const modifier =
    !!next &&
    firstTok.post.trim() === '' &&
    next.sentence === firstTok.sentence &&
    /^\p{Ll}/u.test(next.text);
  // "Reading", "Mobile", "Newton": a town only where the words around say so ("Newton, Kan.", "of Newton").
  if (isCommonWord(w) && !isPlaceWord(w))
    return context === 'strong' && (band > 0 || (!initial && listedAsPlace(tokens, first)))
      ? typed('place', 0.8)
      : null;
  const known = isPlaceWord(w) && !(isPersonWord(w) && band < 4 && !regionIdentity(w));
  const knownConfidence = regionIdentity(w) ? 0.97 : band >= 4 ? 0.95 : band >= 3 ? 0.85 : 0.9;
  if (context === 'strong') return typed('place', known ? Math.max(knownConfidence, 0.9) : 0.9);
  // "in Paris" is surely a place; "in Berger's car" shows a preposition alone proves little.
  if (context && !known && band < 2 && modifier && context === 'weak') return null;
  if (context) return typed('place', known ? knownConfidence : band >= 2 ? 0.75 : 0.6);
  if (known) return typed('place', knownConfidence);
  if (isOrgWord(w)) return typed('organization', 0.85);
  // "12 Elm St. NW", "NE Lake Road": a compass point in an address, not a body's initials.
  if (isCompassPoint(firstTok)) return null;
  if (/^\p{Lu}{2,}$/u.test(firstTok.text) && firstTok.text.length <= 6) return typed('organization', 0.7);
  if (isPersonWord(w)) return typed('person', 0.8);
  if (speechVerbFollows(tokens, last, initial) || speechVerbBefore(tokens, first, last))
    return typed('person', 0.75);
  // A capital mid-sentence on a town of 10,000 or more ("Alpharetta"); at a sentence's start, where every
  // word has a capital, only a city of 100,000 or more.
  // ... but an adjective before the noun it qualifies is no town, whatever town shares its spelling ("Federal
  // loans", "Central heating").
  if (band >= 2 && modifier && taggerAdjective(firstTok.text)) return null;
  if (band >= (initial ? 3 : 2)) return typed('place', initial ? 0.7 : band >= 3 ? 0.8 : 0.65);
  return null;
}

/**
 * "the Nebraska-Iowa border", "the Raleigh-Durham area": places joined by hyphens are each a place, where every
 * part is a state, a country or a town of 10,000 or more. A given name opening a part makes it a person's name.
 */
function hyphenedPlaces(tokens: readonly Token[], first: number, last: number): Mention[] {
  const parts: [number, number][] = [];
  let start = first;
  for (let k = first; k <= last; k++)
    if (k === last || tokens[k]!.post === '-') {
      parts.push([start, k]);
      start = k + 1;
    }
  if (parts.length < 2) return [];
  const place = ([a, b]: [number, number]) =>
    !isFirstName(tokens[a]!.lower) &&
    (regionIdentity(keyOf(tokens, a, b)) !== undefined || townBand(keyOf(tokens, a, b)) >= 2);
  // "the Elko-Lake Minden area": a lake's or a mountain's name, its head word first, is one too beside a town.
  const headFirst = ([a, b]: [number, number]) => b > a && HEAD_FIRST_PLACES.has(tokens[a]!.text);
  if (!parts.every((p) => place(p) || headFirst(p)) || !parts.some(place)) return [];
  return parts.map(([a, b]) => ({ type: 'place' as const, confidence: 0.85, first: a, last: b }));
}

/** "Amos 5:24", "Psalms 23: 1-4": a book cited by chapter and verse is a reference, no person or place. */
function chapterAndVerse(tokens: readonly Token[], last: number): boolean {
  const [next, after] = [tokens[last + 1], tokens[last + 2]];
  if (!next || tokens[last]!.post.trim() !== '' || tokens[last]!.abbrev) return false;
  if (/^\d+:\d+/.test(next.text)) return true;
  return /^\d+$/.test(next.text) && next.post.trim() === ':' && !!after && /^\d+(?:-\d+)?$/.test(after.text);
}

/** Arts a company is named for before "Theater" ("Ballet Theatre"): such a name is the company's. */
const COMPANY_ARTS = new Set([
  'ballet',
  'dance',
  'repertory',
  'opera',
  'puppet',
  'children',
  "children's",
  'art',
]);
const STAR_ARTICLES = new Set(['La', 'Le']);
/** Somewhere in the text a given name stands before `surname` ("Greta Lindqvist"). */
const namedInFull = (tokens: readonly Token[], surname: string) =>
  tokens.some((t, k) => t.text === surname && k > 0 && isFirstName(tokens[k - 1]!.lower));
const HEAD_FIRST_PLACES = new Set(['Lake', 'Mount', 'Mt', 'Fort', 'Ft', 'Port', 'Cape']);
const ROUTE_WORDS = new Set(['route', 'highway', 'interstate']);
const LAW_HEADS = new Set(['Act', 'Amendment', 'Charter']);
/** The word before "Center" makes it a building: a building's use, or a person's name ("the Harlan Center"). */
const centerBuilding = (t: Token) =>
  CENTER_BUILDINGS.has(t.text) || (!t.abbrev && (isFirstName(t.lower) || isLastName(t.lower)));
const ENSEMBLE_FORMS = new Set(['Trio', 'Quartet', 'Quintet', 'Sextet', 'Octet']);
/** The run's head word, the last word or the one before its first "of", names an event. */
function eventHead(tokens: readonly Token[], first: number, last: number): boolean {
  let head = last;
  for (let k = first + 1; k < last; k++)
    if (tokens[k]!.text === 'of') {
      head = k - 1;
      break;
    }
  return head > first && EVENT_HEADS.has(tokens[head]!.text);
}
const HOME_KINDS = new Set(['Funeral', 'Nursing']);
const GREEK_LETTERS = new Set(
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(
    ' ',
  ),
);
const isInitial = (t: Token) => t.abbrev && /^\p{Lu}$/u.test(t.text);
const COMPASS_WORDS = new Set(['east', 'west', 'north', 'south']);
const REGIME_ADJECTIVES = new Set(['communist', 'nationalist']);

const COMPASS_NOUNS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** "settled in the South", "the West must answer": a capitalised compass point after "the" names a region. */
function compassRegion(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!COMPASS_NOUNS.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (before?.lower !== 'the' || before.sentence !== t.sentence || before.post.trim() !== '') return false;
  // "the South Bronx", "the East River": a name goes on; "the Northeast and Northwest Expressways" too.
  const coordinated = after?.lower === 'and' && !!tokens[at + 2]?.capitalized;
  if (coordinated) return false;
  if (!after || after.sentence !== t.sentence || t.post.trim() !== '') return true;
  // "the South entrance", "the West wing": a common noun after it makes the point a side of something.
  return !after.capitalized && !commonNoun(after);
}

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);
/** A lower-case word the lexicon calls a noun, or an unknown word that does not read as a verb or adverb. */
function commonNoun(t: Token): boolean {
  const tags = lexiconTags(t.lower);
  if (tags.length === 0) return /^\p{Ll}+$/u.test(t.text) && !/(?:ed|ly)$/.test(t.lower);
  return tags.some((tag) => NOUN_TAGS.has(tag));
}

const COMPASS_ADJECTIVES = new Set(['western', 'eastern', 'northern', 'southern', 'central']);
const isCompassPoint = (t: Token) => /^[NS]\.?[EW]\.?$/.test(t.text + (t.abbrev ? '.' : ''));

// The head of "X of Y" is X ("Board of Education"); otherwise the last word.
function headToken(tokens: readonly Token[], first: number, last: number): Token | undefined {
  // ... but "Our Lady of Lourdes Hospital" is a hospital.
  if (tokens[first]?.text === 'Our') return tokens[last];
  for (let k = first + 1; k < last; k++)
    if (tokens[k]?.text === 'of' || tokens[k]?.text === 'for' || tokens[k]?.text === 'on')
      return tokens[k - 1];
  return tokens[last];
}
