import type { Token } from '../tokens.ts';
import { townBand } from '../gazetteer.ts';
import { lexiconTags } from '../compromise.ts';
import { institutionKey, placeKeyOf, transliterationKey } from './keys.ts';
import { linkedPairs, mergeAcronyms, mergeInverted, move, type Draft } from './same-thing.ts';
import { relativeOfTitled, sameGender, untitledSurname } from './surname-owner.ts';
import { mergeTeamTowns } from './team-names.ts';
import type { EntityType, Mention } from './classify.ts';
import {
  NAME_SUFFIXES,
  ORG_HEADS,
  ORG_NAMES,
  PERSON_ROLE_NOUNS,
  PLACE_HEADS,
  PLACE_NAMES,
  isDemonym,
  isFirstName,
  isPlaceWord,
  nameKey,
} from '../lexicon.ts';

export type Entity = {
  name: string;
  type: EntityType;
  /**
   * How sure the type is, 0–1: the strongest evidence among its mentions (a lexicon name, a title before a
   * name, a town before its state, down to a capitalised word no rule recognises). Uncertain ones go to review first.
   */
  confidence: number;
  aliases: string[];
  role?: string;
  mentions: { start: number; end: number }[];
};

/** A mention tied to the entity it names (index into the entity list). */
export type ResolvedMention = { first: number; last: number; entity: number };

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Actor']);
const QUALIFIERS = new Set(['state', 'national', 'federal', 'city', 'county', 'royal', 'us', 'u.s.']);

export function resolveEntities(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): { entities: Entity[]; resolved: ResolvedMention[]; roles: string[][] } {
  const wordCache = new Map<Mention, string[]>();
  const words = (m: Mention) => {
    let ws = wordCache.get(m);
    if (!ws) {
      ws = tokens.slice(m.first, m.last + 1).map((t) => t.text + (t.abbrev ? '.' : ''));
      wordCache.set(m, ws);
    }
    return ws;
  };
  // A nickname's quotes are no part of the name ('Tom "Buzz" Orme' is Tom Buzz Orme).
  const surface = (m: Mention) =>
    text.slice(tokens[m.first]?.start ?? 0, tokens[m.last]?.end ?? 0).replace(/["“”]/g, '');
  const drafts: Draft[] = [];
  const owner = new Map<Mention, Draft>();
  // Every lookup goes through an index keyed by a name form, never through all drafts (issue #10: the
  // all-pairs search took minutes on a 1 MB text).
  const bySurname = new Index();
  const byWhole = new Index();
  const add = (m: Mention, type: EntityType) => {
    const d: Draft = { type, words: words(m), name: surface(m), first: m.first, roles: [], items: [] };
    drafts.push(d);
    if (type === 'person') {
      bySurname.add(pk(core(d.words).at(-1) ?? ''), d);
      byWhole.add(`person:${d.words.map(pk).join(' ')}`, d);
    } else {
      byWhole.add(`${type}:${keyOf(type, d.words)}`, d);
      byWhole.add(`named:${orgKey(d.words)}`, d);
    }
    attach(d, m);
    return d;
  };
  const attach = (d: Draft, m: Mention) => {
    d.items.push(m);
    owner.set(m, d);
    const role = m.role ?? (d.type === 'person' ? appositiveRole(tokens, m) : undefined);
    if (role) d.roles.push(role);
  };
  const sorted = [...mentions].sort((a, b) => a.first - b.first);

  // People: full names first, then surnames and partial names resolve to the fullest compatible name.
  const people = sorted.filter((m) => m.type === 'person');
  for (const m of people.filter((p) => core(words(p)).length >= 2)) {
    const name = core(words(m));
    const same = bySurname
      .get(pk(name.at(-1) ?? ''))
      .find((d) => compatible(name, core(d.words)) && sameGeneration(words(m), d.words));
    if (same) {
      attach(same, m);
      const longer = name.length > core(same.words).length;
      const spelledOut = name.length === core(same.words).length && surface(m).length > same.name.length;
      if (longer || spelledOut) Object.assign(same, { words: words(m), name: surface(m) });
    } else add(m, 'person');
  }
  const fullPeople = new Index();
  const byFirstName = new Index();
  for (const d of drafts) {
    fullPeople.add(pk(core(d.words).at(-1) ?? ''), d);
    byFirstName.add(pk(d.words[0] ?? ''), d);
  }
  // A one-word "place" that is the surname of someone named in full is that person ("Caldwell's resignation").
  const isPerson = (m: Mention) =>
    m.type === 'person' ||
    (m.soft === true &&
      m.type !== null &&
      fullPeople.has(pk(words(m)[0] ?? '')) &&
      !PLACE_NAMES.has(nameKey(words(m).join(' '))) &&
      !ORG_NAMES.has(nameKey(words(m).join(' '))));
  // "Lowell" read as a person (a surname) where the text also puts Lowell somewhere ("in Lowell") and
  // names no one Lowell in full or with a title: the town.
  const placedElsewhere = new Set(
    sorted.filter((m) => m.type === 'place' && m.first === m.last).map((m) => pk(words(m)[0] ?? '')),
  );
  const retyped = new Set<Mention>();
  const personLike = (m: Mention) => (isPerson(m) || m.weak) && core(words(m)).length < 2;
  for (const m of sorted.filter(personLike)) {
    const w = core(words(m))[0] ?? '';
    const sameSurname = untitledSurname(
      m.role,
      fullPeople
        .get(pk(w))
        .filter((d) => sameGender(m.role, d.words[0]) && !relativeOfTitled(m.role, d.roles)),
    );
    // "Edwin" for Edwin Marsh, when only one person has that first name and nobody that surname.
    const sameFirst = byFirstName.get(pk(w));
    // "the Kozaks told police": a family named by its surname in the plural is the person of that surname.
    const family =
      sameSurname.length === 0 && tokens[m.first - 1]?.lower === 'the' && /\p{Ll}s$/u.test(w)
        ? fullPeople.get(pk(w.slice(0, -1)))
        : [];
    const candidates =
      sameSurname.length > 0
        ? sameSurname
        : family.length > 0
          ? family
          : sameFirst.length === 1
            ? sameFirst
            : [];
    const roleMatch = m.role && candidates.find((d) => d.roles.some((r) => sharesWord(r, m.role ?? '')));
    const target = roleMatch || candidates[0];
    if (target) attach(target, m);
    else if (isPerson(m) && !m.role && placedElsewhere.has(pk(w)) && townBand(w) > 0) retyped.add(m);
    else if (isPerson(m)) {
      const single = byWhole.first(`person:${pk(w)}`);
      if (single) attach(single, m);
      else add(m, 'person');
    }
  }
  for (const m of sorted.filter((p) => p.weak && !owner.has(p))) {
    const single = bySurname.first(pk(core(words(m))[0] ?? ''));
    if (single) attach(single, m);
  }

  sharedSurnames(tokens, sorted, owner, words);

  // Organisations and places: same name, then short forms of a longer name.
  for (const type of ['organization', 'place'] as const) {
    const ofType = (p: Mention) => p.type === type || (type === 'place' && retyped.has(p));
    for (const m of sorted.filter((p) => ofType(p) && !owner.has(p))) {
      const same = byWhole.first(`${type}:${keyOf(type, words(m))}`);
      if (!same) add(m, type);
      else {
        attach(same, m);
        // "U.S." then "United States": the fullest form names the place; "Belgrade" names it, not "BELGRADE".
        const shouting = (name: string) => /\p{Lu}{3}/u.test(name) && name === name.toUpperCase();
        const fuller = type === 'place' && surface(m).length > same.name.length;
        if (fuller || (shouting(same.name) && !shouting(surface(m))))
          Object.assign(same, { words: words(m), name: surface(m) });
      }
    }
  }
  for (const m of sorted.filter((p) => p.weak && !owner.has(p))) {
    const key = orgKey(words(m));
    const county = byWhole.first(`place:${key} county`);
    const typed = byWhole.first(`named:${key}`);
    // "The WHO said …  Who knows?": initials are not the common word they spell.
    const initials = (w: string) => /^\p{Lu}{2,}$/u.test(w);
    const spellsWord = !!typed && initials(typed.name) && !initials(surface(m));
    if (county) attach(county, m);
    else if (typed && !spellsWord) attach(typed, m);
  }
  // "Fulton" before or after "Fulton County" is the county; "Dallas" is still the city.
  for (const d of drafts)
    if (d.type === 'place' && d.words.length === 1 && d.items.length > 0 && townBand(d.words[0]!) < 3) {
      const county = byWhole.first(`place:${orgKey(d.words)} county`);
      if (county && county.items.length > 0) move(d, county);
    }
  // "chief of Anne Arundel detectives" beside "Anne Arundel County": a county named like a person is the county
  // where its name, with no title or role, only ever qualifies a noun ("Jefferson Davis spoke" stays a man).
  const qualifiesNoun = (m: Mention) => {
    const [end, next] = [tokens[m.last], tokens[m.last + 1]];
    if (!end || !next || next.sentence !== end.sentence || end.post.trim() !== '') return false;
    const tags = lexiconTags(next.text);
    return tags.length > 0 && tags.every((t) => NOUN_TAGS.has(t));
  };
  for (const d of drafts)
    if (
      d.type === 'person' &&
      d.words.length >= 2 &&
      d.roles.length === 0 &&
      d.items.length > 0 &&
      d.items.every(qualifiesNoun)
    ) {
      const county = byWhole.first(`place:${orgKey(d.words)} county`);
      if (county && county.items.length > 0) move(d, county);
    }
  for (const [named, other] of linkedPairs(tokens, sorted)) {
    const into = owner.get(named);
    const from = owner.get(other);
    if (into && from && into.items.includes(named) && from.items.includes(other)) move(from, into);
  }
  mergeGivenNames(tokens, drafts);
  mergeAcronyms(drafts);
  mergeInverted(drafts);
  mergeShortForms(drafts);
  mergeTeamTowns(drafts);
  // "the Patent Office" beside "the Patent Office Department": an office named with and without "Department".
  for (const d of drafts) {
    const head = nameKey(d.words.at(-1) ?? '');
    if (d.type !== 'organization' || d.items.length === 0 || !ORG_HEADS.has(head) || head === 'department')
      continue;
    const whole = byWhole.first(`organization:${keyOf('organization', [...d.words, 'Department'])}`);
    if (whole && whole !== d && whole.items.length > 0) move(d, whole);
  }
  // A bare "Hospital" or "Office" that named nothing longer is a headline word or a common noun.
  for (const d of drafts) {
    const only = d.words.length === 1 ? nameKey(d.words[0] ?? '') : '';
    const placedByContext = d.items.some((m) => m.type === 'place' && m.soft === false);
    // "… the Legislature voted": capitalised after "the" inside a sentence of body text, it names a body.
    const namedBody =
      d.type === 'organization' &&
      !GENERIC_EXECUTIVE.has(only) &&
      d.items.some((m) => {
        const t = tokens[m.first];
        return (
          !!t &&
          !t.titleCase &&
          tokens[m.first - 1]?.lower === 'the' &&
          tokens[m.first - 1]?.sentence === t.sentence
        );
      });
    if (
      d.type !== 'person' &&
      only &&
      (ORG_HEADS.has(only) || PLACE_HEADS.has(only)) &&
      !ORG_NAMES.has(only) &&
      !placedByContext &&
      !namedBody
    )
      d.items = [];
  }

  const live = drafts.filter((d) => d.items.length > 0);
  const entities: Entity[] = [];
  const resolved: ResolvedMention[] = [];
  const roles: string[][] = [];
  live.forEach((d, index) => {
    const aliases = [...new Set(d.items.map(surface))];
    const entity: Entity = {
      name: d.name,
      type: d.type,
      confidence: typeConfidence(d),
      aliases,
      mentions: d.items
        .map((m) => ({ start: tokens[m.first]?.start ?? 0, end: tokens[m.last]?.end ?? 0 }))
        .sort((a, b) => a.start - b.start),
    };
    if (d.roles[0]) entity.role = d.roles[0];
    entities.push(entity);
    roles.push(d.roles);
    for (const m of d.items) resolved.push({ first: m.first, last: m.last, entity: index });
  });
  return { entities, resolved, roles };
}

/**
 * "Milton and Rosella Lovett", "Walter and Edna Quist won": a given name alone right before "and" and a full
 * name that starts with a given name shares that name's surname; the person is named with it.
 */
function sharedSurnames(
  tokens: readonly Token[],
  sorted: readonly Mention[],
  owner: ReadonlyMap<Mention, Draft>,
  words: (m: Mention) => string[],
): void {
  const personAt = new Map<number, Mention>();
  for (const m of sorted) if (owner.get(m)?.type === 'person') personAt.set(m.first, m);
  for (const m of sorted) {
    const d = owner.get(m);
    if (!d || d.type !== 'person' || d.words.length !== 1 || !isFirstName(d.words[0]!.toLowerCase()))
      continue;
    const [end, and] = [tokens[m.last]!, tokens[m.last + 1]];
    if (!and || and.lower !== 'and' || end.post !== ' ' || and.sentence !== end.sentence) continue;
    const partner = personAt.get(m.last + 2);
    const names = partner ? core(words(partner)) : [];
    if (names.length < 2 || !isFirstName(names[0]!.toLowerCase()) || owner.get(partner!) === d) continue;
    const surname = names.at(-1)!;
    Object.assign(d, { words: [d.words[0]!, surname], name: `${d.name} ${surname}` });
  }
}

/**
 * "Jim Orrin, 17, a junior ... Jim became convinced": a given name alone, with no title, after a person named in
 * full with it, is that person; where two people share the given name, the one named last before it. A relative
 * named by a kinship word ("survived by a son, Edwin") is someone else.
 */
function mergeGivenNames(tokens: readonly Token[], drafts: Draft[]): void {
  const kin = (k: number) =>
    [tokens[k - 1], tokens[k - 2]].some(
      (t) => !!t && t.sentence === tokens[k]!.sentence && KIN_WORDS.has(t.lower),
    );
  const full = new Map<string, Draft[]>();
  for (const d of drafts)
    if (d.type === 'person' && d.words.length >= 2 && d.items.length > 0) {
      const given = d.words[0]!.toLowerCase();
      full.set(given, [...(full.get(given) ?? []), d]);
    }
  for (const d of drafts) {
    if (d.type !== 'person' || d.words.length !== 1 || d.roles.length > 0 || d.items.length === 0) continue;
    const given = d.words[0]!.toLowerCase();
    if (!isFirstName(given) || d.items.some((m) => kin(m.first))) continue;
    const lastBefore = (n: Draft) => Math.max(-1, ...n.items.map((m) => m.first).filter((k) => k < d.first));
    const before = (full.get(given) ?? []).filter((n) => lastBefore(n) >= 0);
    const latest = before.reduce<Draft | undefined>(
      (a, n) => (!a || lastBefore(n) > lastBefore(a) ? n : a),
      undefined,
    );
    if (latest) move(d, latest);
  }
}

const KIN_WORDS = new Set(
  'son sons daughter daughters wife husband widow widower brother brothers sister sisters mother father grandson granddaughter nephew niece stepson stepdaughter'.split(
    ' ',
  ),
);

/** Drafts by a key, in the order they were made. */
class Index {
  private readonly map = new Map<string, Draft[]>();
  add(key: string, d: Draft): void {
    const list = this.map.get(key);
    if (list) list.push(d);
    else this.map.set(key, [d]);
  }
  get(key: string): readonly Draft[] {
    return this.map.get(key) ?? [];
  }
  first(key: string): Draft | undefined {
    return this.map.get(key)?.[0];
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
}

const core = (ws: readonly string[]) =>
  ws.filter((w) => !NAME_SUFFIXES.has(w.replace(/\.$/, '').toLowerCase()));

// A short form ("Defence Ministry", "Ministry") joins a longer name it ends ("Russian Defence Ministry") when
// what the longer name adds only qualifies it; longer names are found through an index of their endings.
function mergeShortForms(drafts: Draft[]): void {
  const lower = (d: Draft) => d.words.map((w) => w.toLowerCase());
  const byEnding = new Index();
  const cityOf = new Index();
  const placeWords = new Set<string>();
  const beforeOf = new Index();
  for (const d of drafts) {
    if (d.type === 'person') continue;
    const lw = lower(d);
    for (let k = 1; k < lw.length; k++) byEnding.add(`${d.type}:${lw.slice(k).join(' ')}`, d);
    if (d.type === 'place' && lw[0] === 'city' && lw[1] === 'of') cityOf.add(lw.slice(2).join(' '), d);
    if (d.type === 'place' && lw.length === 1) placeWords.add(lw[0]!);
    // "Taxpayers League of Harlow" is also "the Taxpayers League", "State House of Delegates" also "the House".
    const of = lw.indexOf('of');
    if (d.type === 'organization' && of > 0)
      for (let k = 0; k < of; k++) beforeOf.add(lw.slice(k, of).join(' '), d);
  }
  for (const short of drafts) {
    if (short.type === 'person' || short.items.length === 0) continue;
    const sw = lower(short);
    const key = sw.join(' ');
    // "City of Atlanta" is a form of Atlanta: the short name stays canonical.
    if (short.type === 'place')
      for (const long of cityOf.get(key)) if (long !== short && long.items.length > 0) move(long, short);
    const longer = byEnding.get(`${short.type}:${key}`).filter((d) => d !== short && d.items.length > 0);
    // "the Rules Committee" after "the House Rules Committee": a body's own name, shortened, when only one
    // longer name in the text ends with it.
    // A name used before the longer one is introduced is not its short form ("the Methodist Church" early on,
    // "the Hollins Park Methodist Church" later are a church and one of its congregations); this holds for the
    // qualified forms below too, where they end in an institution's head word ("the Rovers" before "the Marlow
    // Rovers" is still the team).
    const shortened =
      short.type === 'organization' &&
      sw.length >= 2 &&
      ORG_HEADS.has(sw.at(-1) ?? '') &&
      longer.length === 1 &&
      longer[0]!.first < short.first;
    // A bare head noun ("the Administration") refers back to the latest body named before it with that head
    // ("the Harlow Administration"), not to the first in the text ("the School of Public Administration").
    if (short.type === 'organization' && sw.length === 1 && ORG_HEADS.has(sw[0] ?? '')) {
      const before = longer.filter(
        (d) => d.first < short.first && !ORG_NAMES.has(nameKey(d.words.join(' '))),
      );
      const latest = before.reduce<Draft | undefined>((a, d) => (!a || d.first > a.first ? d : a), undefined);
      if (latest && latest !== longer[0]) {
        move(short, latest);
        continue;
      }
    }
    for (const long of longer) {
      const lw = lower(long);
      const prefix = lw.slice(0, lw.length - sw.length);
      // "Yankees" for "New York Yankees": the words before are a place's name.
      const placeName = prefix.join(' ');
      const qualified =
        prefix.every((w) => QUALIFIERS.has(w) || isDemonym(w) || isPlaceWord(w) || placeWords.has(w)) ||
        (prefix.length > 1 && (PLACE_NAMES.has(placeName) || townBand(placeName) >= 3)) ||
        // "Walden" for "Fort Walden": a town's name without its "Fort" or "Mount", when only one
        // place of the text ends with it ("Virginia" is no short "West Virginia").
        (short.type === 'place' &&
          longer.length === 1 &&
          prefix.length === 1 &&
          FORT_WORDS.has(prefix[0]!)) ||
        shortened;
      // A bare head noun ("the Ministry") refers back to the institution, unless that is a fixed name.
      const bareHead =
        short.type === 'organization' &&
        sw.length === 1 &&
        ORG_HEADS.has(sw[0] ?? '') &&
        !ORG_NAMES.has(nameKey(long.words.join(' ')));
      if ((qualified && (long.first < short.first || !ORG_HEADS.has(sw.at(-1) ?? ''))) || bareHead) {
        move(short, long);
        break;
      }
    }
    const named = short.type === 'organization' ? beforeOf.get(key).filter((d) => d !== short) : [];
    const head = sw.length > 1 || ORG_HEADS.has(sw[0] ?? '');
    if (short.items.length > 0 && head && named.length === 1 && named[0]!.items.length > 0)
      move(short, named[0]!);
  }
}

const FORT_WORDS = new Set(['fort', 'ft.', 'mount', 'mt.', 'port']);

const orgKey = institutionKey;

const pk = transliterationKey;
const keyOf = (type: EntityType, ws: readonly string[]) =>
  type === 'place' ? placeKeyOf(ws) : institutionKey(ws);

// "Paul Orrin" fits "Paul T. Orrin"; "Pete Lark" does not fit "Paul J. Lark".
function compatible(rawA: readonly string[], rawB: readonly string[]): boolean {
  const a = rawA.map(pk);
  const b = rawB.map(pk);
  if (a.at(-1) !== b.at(-1)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // "H. Q. Brannock" fits "Hiram Q. Brannock": an initial stands for a given name with that letter.
  const fits = (few: readonly string[], many: readonly string[]) => {
    const given = many.slice(0, -1);
    return few
      .slice(0, -1)
      .every((w) => given.includes(w) || (w.length === 1 && given.some((g) => g.length > 1 && g[0] === w)));
  };
  return fits(shorter, longer) || (a.length === b.length && fits(longer, shorter));
}

/** "Conrad Wall 3" and his father "Conrad Wall 2", "Ed Roe Jr." and "Ed Roe Sr." are two people; "Ed Roe" fits either. */
function sameGeneration(a: readonly string[], b: readonly string[]): boolean {
  const suffix = (ws: readonly string[]) => {
    const w = ws.at(-1)?.replace(/\.$/, '').toLowerCase() ?? '';
    return NAME_SUFFIXES.has(w) ? w : '';
  };
  const [sa, sb] = [suffix(a), suffix(b)];
  return !sa || !sb || sa === sb;
}

/** "the Administration", "the Government": the executive of the day in general, capitalised by house style. */
const GENERIC_EXECUTIVE = new Set(['administration', 'government']);

function sharesWord(a: string, b: string): boolean {
  const bw = new Set(b.toLowerCase().replace(/\./g, '').split(/\s+/));
  return a
    .toLowerCase()
    .replace(/\./g, '')
    .split(/\s+/)
    .some((w) => bw.has(w));
}

// "Nora Vale, the palace press secretary, replied" / "presidential press secretary, Dmitry Peskov".
function appositiveRole(tokens: readonly Token[], m: Mention): string | undefined {
  const last = tokens[m.last];
  if (last && /^,\s/.test(last.post)) {
    const role: Token[] = [];
    for (let k = m.last + 1; k < tokens.length && role.length < 7; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== last.sentence) break;
      role.push(t);
      if (t.post.trim() !== '') break;
    }
    if (role.some((t) => PERSON_ROLE_NOUNS.has(t.lower)) && role.length < 7) return roleWords(role);
  }
  const before = tokens[m.first - 1];
  if (before && /^,\s/.test(before.post)) {
    const role: Token[] = [];
    for (let k = m.first - 1; k >= 0 && role.length < 5; k--) {
      const t = tokens[k];
      if (!t || t.sentence !== before.sentence || (k < m.first - 1 && t.post.trim() !== '')) break;
      role.unshift(t);
    }
    if (PERSON_ROLE_NOUNS.has(before.lower)) return roleWords(role);
  }
  return undefined;
}

const ROLE_BREAKS = new Set(['to', 'of', 'for', 'at', 'in', 'on', 'and', 'with', 'from']);

// "Poland's ambassador to Chile" has the role "ambassador", "White House press secretary" the role "press
// secretary": the places and institutions around a role are entities of their own, not the role.
function roleWords(role: readonly Token[]): string {
  const r = role.findIndex((t) => PERSON_ROLE_NOUNS.has(t.lower));
  let start = r;
  while (start > 0 && !role[start - 1]!.capitalized && !role[start - 1]!.possessive) start--;
  let end = r;
  while (end + 1 < role.length && !role[end + 1]!.capitalized && !ROLE_BREAKS.has(role[end + 1]!.lower))
    end++;
  return role
    .slice(start, end + 1)
    .map((t) => t.text)
    .join(' ');
}

function typeConfidence(d: Draft): number {
  let best = 0;
  for (const m of d.items) if (m.type === d.type) best = Math.max(best, m.confidence ?? 0);
  // A role beside a name ("Kowalski, Poland's ambassador") is as good as a title before it.
  if (d.type === 'person' && d.roles.length > 0) best = Math.max(best, 0.9);
  return Math.round(100 * (best || 0.5)) / 100;
}
