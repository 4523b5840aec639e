import { lexiconTags } from '../compromise.ts';
import { listedFirstName } from '../first-names.ts';
import { regionIdentity, townBand } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import { institutionWordSurname } from './name-parts.ts';
import {
  branchNumberAfter,
  dedication,
  generationAfter,
  joinsNext,
  numberedStreet,
  repeatedName,
  routeNumberAfter,
  streetNumberStart,
} from './run-parts.ts';
import { givenNameFirst } from './clause-start.ts';
import { inTitleCaseHeading, isKnownPlace, titleCaseSpans } from './title-case.ts';
import {
  HONORIFICS,
  NON_ENTITIES,
  ORG_NAMES,
  TITLES,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_NAMES,
  isCommonWord,
  isDateWord,
  isDemonym,
  isFirstName,
  isLastName,
  nameKey,
} from '../lexicon.ts';

/** A run of capitalised tokens that may name something; `first`/`last` index into the token array. */
export type Span = {
  first: number;
  last: number;
  sentenceInitial: boolean;
  weak?: boolean;
  /** A word that is a person's surname here though it reads as another word ("May", a month). */
  surname?: boolean;
};

const PARTICLES = new Set([
  'di',
  'de',
  'da',
  'del',
  'della',
  'van',
  'von',
  'der',
  'du',
  'la',
  'le',
  'bin',
  'al',
]);
const DISTRICT_TAG = /^[RD]-/;
const FOREIGN_ARTICLES = new Set([
  'Il',
  'Lo',
  'La',
  'Le',
  'Les',
  'El',
  'Los',
  'Las',
  'Der',
  'Die',
  'Das',
  'Het',
]);
const PARTY_WORDS = new Set(['republican', 'republicans', 'democratic', 'democrat', 'democrats']);
const OF_HEADS = new Set(['city', 'republic', 'kingdom', 'state', 'isle', 'port', 'university', 'bank']);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const isNameToken = (t: Token) =>
  !(MONTHS.has(t.lower) && t.capitalized) &&
  t.capitalized &&
  !/\d/.test(t.text) &&
  !NON_ENTITIES.has(t.text) &&
  !DISTRICT_TAG.test(t.text) &&
  !isDateWord(t.lower);

/**
 * "Roger I. Vermeersch", "Lincoln I. Ormsby": the letter I with a period, between a first name and a surname, is
 * an initial; the census list of first names is evidence enough here, even for a name that is also a town.
 */
function initialI(tokens: readonly Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return (
    t?.text === 'I' &&
    t.abbrev &&
    !!before &&
    (isFirstName(before.lower) || (before.capitalized && listedFirstName(before.text))) &&
    !!after &&
    after.capitalized &&
    /\p{Ll}/u.test(after.text) &&
    (!isCommonWord(after.lower) || isLastName(after.lower)) &&
    joinsNext(t, after)
  );
}

const loneInitial = (t: Token | undefined) => !!t && t.abbrev && /^\p{Lu}$/u.test(t.text);

/** "I. A. P. A.", "the I. L. O.": the letter I with a period among other spaced initials is one of them. */
function initialIAmongInitials(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.text !== 'I' || !loneInitial(t)) return false;
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  return (
    (loneInitial(before) && joinsNext(before!, t) && (loneInitial(after) || !after?.capitalized)) ||
    (loneInitial(after) && joinsNext(t, after) && loneInitial(tokens[i + 2]))
  );
}

const NAME_PARTICIPLES = new Set([
  'born',
  'based',
  'bred',
  'made',
  'built',
  'owned',
  'run',
  'led',
  'backed',
  'controlled',
  'funded',
  'sponsored',
  'trained',
  'educated',
  'raised',
]);

const hyphenedLower = (t: Token, next: Token) =>
  t.post === '-' && next.pre === '' && next.sentence === t.sentence && /^\p{Ll}/u.test(next.text);

/** "Twenty-second", "Forty-five": a number written in words, however it is capitalised, names nothing. */
const numberWords = (t: Token | undefined, next: Token | undefined) =>
  !!t &&
  !!next &&
  hyphenedLower(t, next) &&
  [t, next].every((w) => lexiconTags(w.lower).some((tag) => tag === 'Cardinal' || tag === 'Ordinal'));

// Sentence-initial capitals say nothing; so do capitals right after an opening quote, a colon or a dash.
function startsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t) return false;
  if (!prev || prev.sentence !== t.sentence || prev.paragraph !== t.paragraph) return true;
  if (/["“‘(]/.test(t.pre)) return true;
  return /[:;]|--|—/.test(prev.post);
}

export function findSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (
      !t ||
      !(
        isNameToken(t) ||
        monthAsFirstName(tokens, i) ||
        numberedStreet(tokens, i) ||
        initialIAmongInitials(tokens, i)
      ) ||
      isDesignation(tokens, i) ||
      numberWords(t, tokens[i + 1])
    ) {
      i++;
      continue;
    }
    let first = i;
    let last = i;
    // Once an institution's name has taken one "of"/"for", it may take another ("Institute for the Study of War").
    let named = false;
    while (last + 1 < tokens.length) {
      const cur = tokens[last];
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if (cur && next && after && nicknameBetween(cur, next, after)) {
        last += 2;
        continue;
      }
      if (last === first && cur && quotedNickname(cur, next)) {
        last++;
        continue;
      }
      // "the Inter-american Press Association": a lower-case word hyphened to a capital inside a name is part of it.
      // ... not a word opening the sentence ("Re-elect Ann Orr") or a number ("The Twenty-first Congress"),
      if (
        cur &&
        next &&
        after &&
        hyphenedLower(cur, next) &&
        !(last === first && startsClause(tokens, first)) &&
        !numberWords(cur, next) &&
        // ... nor a title ("Mayor-elect Ann Orr"), nor a participle that makes the name an adjective ("a
        // Texas-born engineer", "the Omaha-based firm": the name before it is the place).
        !TITLES.has(cur.lower) &&
        !NAME_PARTICIPLES.has(next.lower) &&
        isNameToken(after) &&
        joinsNext(next, after)
      ) {
        last += 2;
        continue;
      }
      if (!cur || !next || !joinsNext(cur, next)) break;
      // A capital "The" inside a run starts a new phrase (run-in headlines: "Washington The Kennedy ..."),
      // and so does a first name after a possessive ("Marlow's Ned Orrin").
      const afterPossessive =
        cur.possessive &&
        (isFirstName(next.lower) || (PARTY_WORDS.has(next.lower) && !!after && isFirstName(after.lower)));
      // "the Sinopharm COVID-19 vaccine": a designation is not the end of the name before it.
      if (
        ((isNameToken(next) && !isFunctionWord(next)) ||
          monthAsSurname(tokens, last + 1) ||
          initialI(tokens, last + 1) ||
          initialIAmongInitials(tokens, last + 1) ||
          numberedStreet(tokens, last + 1)) &&
        next.text !== 'The' &&
        !afterPossessive &&
        !isDesignation(tokens, last + 1)
      ) {
        last++;
        continue;
      }
      // "Pratica di Mare", "State Board of Education", "Port of New York Authority"
      const connector =
        PARTICLES.has(next.text) ||
        (next.text === 'of' &&
          (ORG_HEADS.has(nameKey(cur.text)) ||
            OF_HEADS.has(cur.lower) ||
            named ||
            dedication(tokens, first, last)) &&
          // "Rep. Ann Post of Ohio": a person from a place, not an institution "of" it.
          !institutionWordSurname(tokens, first, last)) ||
        // "Committee on Appeal for Human Rights", "Council on Foreign Relations"
        ((next.text === 'for' || next.text === 'on') &&
          (ORG_HEADS.has(nameKey(cur.text)) || named) &&
          // ... but "the Foreign Relations Committee on U.S. policy": a country after "on" is the topic.
          !(next.text === 'on' && after && regionIdentity(after.text + (after.abbrev ? '.' : '')))) ||
        next.text === '&';
      // "the S and W Cafeteria": two lone capitals joined by "and" open a firm's name.
      if (
        next.text === 'and' &&
        first === last &&
        /^\p{Lu}$/u.test(cur.text) &&
        after &&
        /^\p{Lu}$/u.test(after.text) &&
        joinsNext(next, after) &&
        isNameToken(tokens[last + 3] ?? next) &&
        joinsNext(after, tokens[last + 3])
      ) {
        last += 2;
        continue;
      }
      // "Delmont A & M", "Kerrow A & I College": a lone capital after "&" is an initial, even "I" or "A".
      const initialAfterAmpersand = next.text === '&' && !!after && /^\p{Lu}$/u.test(after.text);
      if (connector && after && (isNameToken(after) || initialAfterAmpersand) && joinsNext(next, after)) {
        if (next.text !== '&' && !PARTICLES.has(next.text)) named = true;
        last += 2;
        continue;
      }
      const third = tokens[last + 3];
      // "Ursula von der Leyen", "Pedro de la Rosa": two particles between the given name and the surname.
      if (
        PARTICLES.has(next.text) &&
        after &&
        PARTICLES.has(after.text) &&
        third &&
        isNameToken(third) &&
        joinsNext(next, after) &&
        joinsNext(after, third)
      ) {
        last += 3;
        continue;
      }
      // "Committee on Roads and Bridges", "Department of Health and Human Services": once a body's name has
      // taken "of"/"on"/"for", "and" joins one or two more words of it, never a person's title or name or a
      // country ("the Ministry of Health and Italy's envoy").
      if (named && next.text === 'and' && after && isNameToken(after) && joinsNext(next, after)) {
        let end = last + 2;
        const more = tokens[end + 1];
        if (more && isNameToken(more) && joinsNext(tokens[end]!, more)) end++;
        const joined = tokens.slice(last + 2, end + 1);
        const nameOfBody = joined.every(
          (w) => !TITLES.has(w.lower) && !isFirstName(w.lower) && regionIdentity(w.text) === undefined,
        );
        const beyond = tokens[end + 1];
        if (nameOfBody && !(beyond && isNameToken(beyond) && joinsNext(tokens[end]!, beyond))) {
          last = end;
          continue;
        }
      }
      // "the Trade and Tourism Commission", "the Fish and Wildlife Service": two fields joined by "and"
      // before an institution's head word are one body's name.
      if (next.text === 'and' && fieldsBody(tokens, first, last) > 0) {
        last = fieldsBody(tokens, first, last);
        continue;
      }
      // "Baltimore and Ohio Railroad", "Chesapeake and Potomac Telephone Company": a firm named for two places.
      const placeAlone = first === last || (first + 1 === last && tokens[first]!.text === 'The');
      if (next.text === 'and' && placeAlone && twoPlaceFirm(tokens, last)) {
        last = twoPlaceFirm(tokens, last);
        continue;
      }
      // "Institute for the Study of War", "Ministry of the Interior"
      const institutional =
        (ORG_HEADS.has(nameKey(cur.text)) || named || dedication(tokens, first, last)) &&
        (next.text === 'of' || next.text === 'for');
      if (
        institutional &&
        after?.text === 'the' &&
        third &&
        isNameToken(third) &&
        joinsNext(next, after) &&
        joinsNext(after, third) &&
        !bodyOfBody(tokens, last, last + 3)
      ) {
        named = true;
        last += 3;
        continue;
      }
      break;
    }
    if (
      generationAfter(tokens, first, last) ||
      routeNumberAfter(tokens, last) ||
      branchNumberAfter(tokens, first, last)
    )
      last++;
    while (last >= first && numberWords(tokens[last], tokens[last + 1])) last--;
    if (last >= first) first = streetNumberStart(tokens, first, last);
    if (last < first) {
      i = last + 2;
      continue;
    }
    // A quoted nickname opening a name ('"Buzz" Orme is back') is capitalised as a name, wherever it stands.
    const sentenceInitial =
      startsClause(tokens, first) && !(first < last && quotedNickname(tokens[first]!, tokens[first + 1]));
    // Drop leading words that are capitalised only because they open the sentence ("The", "Several").
    // A lone one may still be a surname ("Barber, who is..."); the resolver keeps it only if it is one.
    if (first === last && startsClause(tokens, first) && isCommonWord(t.lower) && !isPlaceAbbrev(t)) {
      spans.push({ first, last, sentenceInitial: true, weak: true });
      i = last + 1;
      continue;
    }
    // "East Providence", "New Orleans": a known place keeps its first word.
    while (
      first <= last &&
      startsClause(tokens, first) &&
      isCommonWord(tokens[first]?.lower ?? '') &&
      !isPlaceAbbrev(tokens[first]) &&
      !monthAsFirstName(tokens, first) &&
      !(first < last && quotedNickname(tokens[first]!, tokens[first + 1])) &&
      // "Princess Moune, the prince's daughter, read it": a title opening the sentence still names a person.
      !(TITLES.has(tokens[first]!.lower) && first < last && !isCommonWord(tokens[first + 1]!.lower)) &&
      // "Ukrainian National News Agency", "Russian Defence Ministry" opening a sentence keep their nationality.
      !(isDemonym(tokens[first]!.lower) && first < last && ORG_HEADS.has(nameKey(tokens[last]!.text))) &&
      !(first < last && isKnownPlace(tokens, first, last)) &&
      !(first + 2 < last && dedication(tokens, first, first + 1) && tokens[first + 2]!.text === 'of') &&
      !(first + 1 === last && givenNameFirst(tokens[first]!, tokens[last]!)) &&
      // "Jean-Luc Varda opened": the first half of a double given name, hyphened to the second.
      !(first + 1 < last && tokens[first]!.post === '-' && isFirstName(tokens[first + 1]!.lower))
    )
      first++;
    // "Harbour news The Harbour Pilots Guild met": a "The" that broke a run-in headline's capitals opens the
    // sentence after it, not a name.
    const before = tokens[first - 1];
    if (
      first < last &&
      tokens[first]!.text === 'The' &&
      !!before &&
      isNameToken(before) &&
      joinsNext(before, tokens[first])
    )
      first++;
    // Mid-sentence "The" belongs to a name ("The Constitution"); lexicon names are matched without it.
    while (first <= last && allDemonyms(tokens, first, last)) first++;
    // "The Hughes company": an article before a name used as a modifier is not part of it.
    const after = tokens[last + 1];
    if (
      tokens[first]?.text === 'The' &&
      after &&
      /^\p{Ll}/u.test(after.text) &&
      tokens[last]?.post.trim() === ''
    )
      first++;
    // "Ohio's Democratic Harold Corder": a party adjective before a given name describes the person.
    if (first < last && PARTY_WORDS.has(tokens[first]!.lower) && isFirstName(tokens[first + 1]!.lower))
      first++;
    // "the Bronx Democratic leader": a trailing party or nationality adjective describes, it does not name.
    while (last > first && allDemonyms(tokens, last, last)) last--;
    // Brown-style run-in headlines put capitals on function words mid-sentence ("Help asked In Vientiane").
    // ... but "Il Giornale", "La Stampa", "Die Zeit" keep their article.
    // ... and "Holy Cross Hospital", "Good Hope Church" keep an exclamation word that opens an institution's name.
    while (
      first < last &&
      isFunctionWord(tokens[first]) &&
      !FOREIGN_ARTICLES.has(tokens[first]!.text) &&
      // "the I. A. P. A.": the letters I and A among spaced initials are initials, not words.
      !(loneInitial(tokens[first]) && loneInitial(tokens[first + 1])) &&
      !exclamationOpeningInstitution(tokens, first, last)
    )
      first++;
    if (first === last && isFunctionWord(tokens[first])) first++;
    if (first <= last && inTitleCaseHeading(tokens[first]!))
      spans.push(...titleCaseSpans(tokens, first, last));
    else if (first <= last) {
      // "R. T. Vane Robert Thomas Vane, 71, died": an obituary's run-in heading gives the name twice.
      const again = repeatedName(tokens, first, last);
      if (again > first)
        spans.push({ first, last: again - 1, sentenceInitial: sentenceInitial && first === i });
      spans.push({
        first: again > first ? again : first,
        last,
        sentenceInitial: sentenceInitial && first === i,
      });
    }
    i = last + 1;
  }
  return withMonthSurnames(tokens, spans);
}

/**
 * "May said", "told May": once the text has named a person with a month for a surname ("Hannah May"), or
 * has the month speak ("May said"), the month alone is that surname, except after a word of time ("in May", "since May", "early May"), before a
 * number ("May 5") or before a pronoun ("May we ask").
 */
const TIME_WORDS = new Set(
  'in on since until till by from to through during before after early late mid last next this of every each'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
const SAYING = new Set(
  'said told added noted stressed insisted declared replied warned argued explained conceded admitted urged'.split(
    ' ',
  ),
);
function withMonthSurnames(tokens: readonly Token[], spans: Span[]): Span[] {
  const surnames = new Set(
    spans.filter((s) => s.last > s.first && monthAsSurname(tokens, s.last)).map((s) => tokens[s.last]!.lower),
  );
  // "May said": a month does not speak, so one right before a verb of saying is a surname (not "the May
  // figures showed", "during March said").
  tokens.forEach((t, i) => {
    const [prev, next] = [tokens[i - 1], tokens[i + 1]];
    if (!t.capitalized || !SURNAME_MONTHS.has(t.lower) || !next || !joinsNext(t, next)) return;
    if (prev && joinsNext(prev, t) && (TIME_WORDS.has(prev.lower) || prev.lower === 'the')) return;
    if (SAYING.has(next.lower)) surnames.add(t.lower);
  });
  if (surnames.size === 0) return spans;
  const covered = new Set(
    spans.flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, k) => s.first + k)),
  );
  const added: Span[] = [];
  tokens.forEach((t, i) => {
    if (covered.has(i) || !t.capitalized || !surnames.has(t.lower)) return;
    const [prev, next] = [tokens[i - 1], tokens[i + 1]];
    const sameSentence = (o: Token | undefined) =>
      !!o && o.sentence === t.sentence && o.paragraph === t.paragraph;
    if (sameSentence(prev) && TIME_WORDS.has(prev!.lower)) return;
    if (sameSentence(next) && (/^\d/.test(next!.text) || PRONOUNS.has(next!.lower))) return;
    added.push({ first: i, last: i, sentenceInitial: startsClause(tokens, i), surname: true });
  });
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : spans;
}

/**
 * "V. E. (Red) Barton", "Mario (Tito) De La Cruz": a nickname in parentheses between a first name or initial
 * and the rest of the name belongs to the name ("Moscow (Reuters)" and "Texas (AP)" do not: no first name).
 */
function nicknameBetween(cur: Token, nick: Token, after: Token): boolean {
  const given = isFirstName(cur.lower) || (cur.abbrev && /^\p{Lu}$/u.test(cur.text));
  return (
    given &&
    cur.capitalized &&
    (cur.abbrev ? cur.post.slice(1) : cur.post).trim() === '' &&
    // 'Frank "Buzz" Orme' sets the nickname in quotes.
    ((nick.pre === '(' && /^\)\s+$/.test(nick.post)) ||
      (/^["“]$/.test(nick.pre) && /^["”] +$/.test(nick.post))) &&
    /^\p{Lu}\p{Ll}+$/u.test(nick.text) &&
    nick.sentence === cur.sentence &&
    after.sentence === cur.sentence &&
    after.pre === '' &&
    isNameToken(after)
  );
}

/**
 * '"Buzz" Orme sings', '"Doc" Hanley said': a one-word nickname in quotes right before a surname opens the
 * person's name, as the quoted nickname between given name and surname does. The word after it must be a
 * capitalised name word of the same sentence, a surname rather than a common noun ('the "Blue" Room') and no
 * institution's or place's head ('the "Crown" Club').
 */
export function quotedNickname(nick: Token, surname: Token | undefined): boolean {
  return (
    !!surname &&
    /^["“]$/.test(nick.pre) &&
    /^["”] +$/.test(nick.post) &&
    /^\p{Lu}\p{Ll}+$/u.test(nick.text) &&
    surname.sentence === nick.sentence &&
    surname.pre === '' &&
    /^\p{Lu}[\p{Ll}']+$/u.test(surname.text) &&
    isNameToken(surname) &&
    !isFunctionWord(surname) &&
    (!isCommonWord(surname.lower) || isLastName(surname.lower)) &&
    !ORG_HEADS.has(nameKey(surname.text)) &&
    !PLACE_HEADS.has(nameKey(surname.text))
  );
}

// A lone leading demonym before a title or a name is description, not part of the name ("Italian Prime
// Minister ..."); before an organisation it stays ("Russian Defence Ministry"): classification decides that,
// so only spans that are nothing but demonyms and party adjectives are dropped here.
function allDemonyms(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = tokens[k]?.lower ?? '';
    if (!isDemonym(w) && !PARTY_WORDS.has(w)) return false;
  }
  return true;
}

// "(Ill.)", "Opelika, Ala.": state abbreviations that are also common words.
function isPlaceAbbrev(t: Token | undefined): boolean {
  return !!t && t.abbrev && PLACE_NAMES.has(nameKey(t.text));
}

const FUNCTION_TAGS = new Set([
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Adverb',
  'Expression',
]);
function isFunctionWord(t: Token | undefined): boolean {
  return (
    !!t &&
    lexiconTags(t.lower).some((tag) => FUNCTION_TAGS.has(tag)) &&
    !PLACE_NAMES.has(nameKey(t.text)) &&
    // "the WHO said": a listed body's initials in capitals, not the word they spell.
    !(/^\p{Lu}{2,}$/u.test(t.text) && ORG_NAMES.has(t.lower))
  );
}

/**
 * The last token of "<field> and <field> <head>" whose first field ends at `last` ("Trade and Tourism
 * Commission", "Parks and Recreation Department"), or 0. The words are neither places nor given names nor
 * titles, and the first part holds no head word of its own ("the Assembly and the Harbour Committee" is two).
 */
function fieldsBody(tokens: readonly Token[], first: number, last: number): number {
  const field = (t: Token | undefined) =>
    !!t &&
    isNameToken(t) &&
    !t.possessive &&
    !isFunctionWord(t) &&
    !TITLES.has(t.lower) &&
    !isFirstName(t.lower) &&
    regionIdentity(t.text) === undefined &&
    townBand(t.text) < 3;
  // "Gov. Orr's Parks and Recreation Department": the body's name starts after an owner's possessive.
  let start = first;
  for (let k = first; k < last; k++) if (tokens[k]!.possessive) start = k + 1;
  const before = tokens.slice(start, last + 1);
  if (before.length > 3 || !before.every((t) => t.text === 'The' || t.text === 'New' || field(t))) return 0;
  if (before.some((t) => ORG_HEADS.has(nameKey(t.text)))) return 0;
  for (let k = last + 2; k <= last + 4; k++) {
    const t = tokens[k];
    if (!field(t) || !joinsNext(tokens[k - 1]!, t)) return 0;
    // A firm's head says two firms as often as one ("Quellman and Vorst Motors Corp."): only a public body's.
    if (!ORG_HEADS.has(nameKey(t!.text))) continue;
    let end = k;
    while (isNameToken(tokens[end + 1] ?? t!) && joinsNext(tokens[end]!, tokens[end + 1])) end++;
    const firm = tokens.slice(k, end + 1).some((w) => FIRM_HEADS.has(nameKey(w.text)));
    return k > last + 2 && !firm ? k : 0;
  }
  return 0;
}

const FIRM_HEADS = new Set(['railroad', 'railway', 'company', 'co', 'corporation', 'corp', 'lines']);

/**
 * The last token of "<place> and <name words> <firm head>" starting at the place `at` ("Baltimore and Ohio
 * Railroad"), or 0. Only a place the gazetteer knows opens it, so "Ford and General Motors Corp." stays two.
 */
function twoPlaceFirm(tokens: readonly Token[], at: number): number {
  const place = tokens[at]!;
  if (!regionIdentity(place.text) && townBand(place.text) < 2) return 0;
  const and = tokens[at + 1];
  if (!and || !joinsNext(place, and)) return 0;
  for (let end = at + 2; end <= at + 5; end++) {
    const t = tokens[end];
    if (!t || !isNameToken(t) || !joinsNext(tokens[end - 1]!, t)) return 0;
    if (end > at + 2 && FIRM_HEADS.has(nameKey(t.text))) return end;
  }
  return 0;
}

/**
 * "the Quartermaster Corps of the U.S. Navy": a body named in full after "of the" (two words or more, ending in a word
 * that names a body) is a second body the first belongs to, not the end of its name ("Ministry of the Interior",
 * "Institute for the Study of War" stay one).
 */
function bodyOfBody(tokens: readonly Token[], head: number, start: number): boolean {
  if (!ORG_HEADS.has(nameKey(tokens[head]!.text))) return false;
  let end = start;
  while (isNameToken(tokens[end + 1] ?? tokens[end]!) && joinsNext(tokens[end]!, tokens[end + 1])) end++;
  return end > start && ORG_HEADS.has(nameKey(tokens[end]!.text));
}

// Only an exclamation ("Holy", "Good") is kept: a preposition or pronoun before the name ("In Vientiane") goes.
function exclamationOpeningInstitution(tokens: readonly Token[], first: number, last: number): boolean {
  const tags = lexiconTags(tokens[first]!.lower);
  const head = nameKey(tokens[last]!.text);
  return (
    tags.length > 0 &&
    tags.every((tag) => tag === 'Expression' || tag === 'Adjective') &&
    last - first >= 2 &&
    (ORG_HEADS.has(head) || PLACE_HEADS.has(head))
  );
}

// "Hannah May", "Mrs. May": a month that is also a surname, right after a given name or an honorific, is the
// surname, unless a number follows it ("Tuesday May 5" has no given name; "Ann May 5" is kept a date).
const SURNAME_MONTHS = new Set(['may', 'march']);
function monthAsSurname(tokens: readonly Token[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!prev || !t || !t.capitalized || !SURNAME_MONTHS.has(t.lower) || !joinsNext(prev, t)) return false;
  if (next && /^\d/.test(next.text) && joinsNext(t, next)) return false;
  if (HONORIFICS.has(prev.lower) || prev.lower === 'dr') return true;
  return (
    prev.capitalized &&
    !MONTHS.has(prev.lower) &&
    !isDateWord(prev.lower) &&
    (isFirstName(prev.lower) || (listedFirstName(prev.text) && !isCommonWord(prev.lower)))
  );
}

// "Jan Kowalski", "May Brennan": a month that is also a first name, right before a capitalised name.
export const FIRST_NAME_MONTHS = new Set(['jan', 'may', 'june', 'april', 'august']);
function monthAsFirstName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    !!t &&
    !!next &&
    t.capitalized &&
    FIRST_NAME_MONTHS.has(t.lower) &&
    !t.abbrev &&
    joinsNext(t, next) &&
    isNameToken(next) &&
    !isCommonWord(next.lower)
  );
}

// "COVID-19", "Il-76", "A-350": letters joined to a number name a disease, a model or a flight, not an entity;
// "Xinhua/Shi": a photo credit's agency and photographer run together.
function isDesignation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text.includes('/')) return true;
  const next = tokens[i + 1];
  if (!next || !/^\d/.test(next.text)) return false;
  return /^-\s*$/.test(t.post) || catalogueNumber(t);
}

// "(Vortex PLX 2210; stereo SPLX 2210)", "Sonata Op. 21": a record's catalogue letters in brackets and a work's
// opus number, before their number, are no name and end the label's or the work's name before them.
const catalogueNumber = (t: Token) =>
  /^\s*$/.test(t.post)
    ? t.aside && /^\p{Lu}{2,5}$/u.test(t.text)
    : /^Op(?:us)?$/.test(t.text) && /^\.?\s*$/.test(t.post);
