import { lexiconTags } from '../compromise.ts';
import type { Token } from '../tokens.ts';
import type { EntityType, Mention } from './classify.ts';
import {
  NAME_SUFFIXES,
  ORG_HEADS,
  ORG_NAMES,
  PERSON_ROLE_NOUNS,
  PLACE_HEADS,
  PLACE_NAMES,
  isDemonym,
  isPlaceWord,
  nameKey,
} from '../lexicon.ts';

export type Entity = {
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  mentions: { start: number; end: number }[];
};

/** A mention tied to the entity it names (index into the entity list). */
export type ResolvedMention = { first: number; last: number; entity: number };

type Draft = {
  type: EntityType;
  words: string[];
  name: string;
  first: number;
  roles: string[];
  items: Mention[];
};

const QUALIFIERS = new Set(['state', 'national', 'federal', 'city', 'county', 'royal', 'us', 'u.s.']);

export function resolveEntities(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): { entities: Entity[]; resolved: ResolvedMention[]; roles: string[][] } {
  const words = (m: Mention) => tokens.slice(m.first, m.last + 1).map((t) => t.text + (t.abbrev ? '.' : ''));
  const surface = (m: Mention) => text.slice(tokens[m.first]?.start ?? 0, tokens[m.last]?.end ?? 0);
  const drafts: Draft[] = [];
  const owner = new Map<Mention, Draft>();
  const add = (m: Mention, type: EntityType) => {
    const d: Draft = { type, words: words(m), name: surface(m), first: m.first, roles: [], items: [] };
    drafts.push(d);
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
  const core = (ws: readonly string[]) =>
    ws.filter((w) => !NAME_SUFFIXES.has(w.replace(/\.$/, '').toLowerCase()));

  // People: full names first, then surnames and partial names resolve to the fullest compatible name.
  const people = sorted.filter((m) => m.type === 'person');
  for (const m of people.filter((p) => core(words(p)).length >= 2)) {
    const same = drafts.find((d) => d.type === 'person' && compatible(core(words(m)), core(d.words)));
    if (same) {
      attach(same, m);
      if (core(words(m)).length > core(same.words).length)
        Object.assign(same, { words: words(m), name: surface(m) });
    } else add(m, 'person');
  }
  const fullPeople = drafts.slice();
  const surnames = new Set(fullPeople.map((d) => core(d.words).at(-1)));
  // A one-word "place" that is the surname of someone named in full is that person ("Caldwell's resignation").
  const isPerson = (m: Mention) =>
    m.type === 'person' ||
    (m.soft === true &&
      m.type !== null &&
      surnames.has(words(m)[0]) &&
      !PLACE_NAMES.has(nameKey(words(m).join(' '))) &&
      !ORG_NAMES.has(nameKey(words(m).join(' '))));
  const personLike = (m: Mention) => (isPerson(m) || m.weak) && core(words(m)).length < 2;
  for (const m of sorted.filter(personLike)) {
    const w = core(words(m))[0] ?? '';
    const bySurname = fullPeople.filter((d) => core(d.words).at(-1) === w && sameGender(m.role, d.words[0]));
    // "Arnold" for Arnold Palmer, when only one person has that first name and nobody that surname.
    const byFirstName = fullPeople.filter((d) => d.words[0] === w);
    const candidates = bySurname.length > 0 ? bySurname : byFirstName.length === 1 ? byFirstName : [];
    const roleMatch = m.role && candidates.find((d) => d.roles.some((r) => sharesWord(r, m.role ?? '')));
    const target = roleMatch || candidates[0];
    if (target) attach(target, m);
    else if (isPerson(m)) {
      const single = drafts.find((d) => d.type === 'person' && d.words.join(' ') === w);
      if (single) attach(single, m);
      else add(m, 'person');
    }
  }
  for (const m of sorted.filter((p) => p.weak && !owner.has(p))) {
    const w = core(words(m))[0] ?? '';
    const single = drafts.find((d) => d.type === 'person' && core(d.words).at(-1) === w);
    if (single) attach(single, m);
  }

  // Organisations and places: same name, then short forms of a longer name.
  for (const type of ['organization', 'place'] as const) {
    for (const m of sorted.filter((p) => p.type === type && !owner.has(p))) {
      const key = orgKey(words(m));
      const same = drafts.find((d) => d.type === type && orgKey(d.words) === key);
      if (same) attach(same, m);
      else add(m, type);
    }
  }
  for (const m of sorted.filter((p) => p.weak && !owner.has(p))) {
    const key = orgKey(words(m));
    const county = drafts.find((d) => d.type === 'place' && orgKey(d.words) === `${key} county`);
    const typed = drafts.find((d) => d.type !== 'person' && orgKey(d.words) === key);
    if (county) attach(county, m);
    else if (typed) attach(typed, m);
  }
  mergeShortForms(drafts);
  // A bare "Hospital" or "Office" that named nothing longer is a headline word or a common noun.
  for (const d of drafts) {
    const only = d.words.length === 1 ? nameKey(d.words[0] ?? '') : '';
    if (d.type !== 'person' && only && (ORG_HEADS.has(only) || PLACE_HEADS.has(only)) && !ORG_NAMES.has(only))
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

function mergeShortForms(drafts: Draft[]): void {
  const lower = (d: Draft) => d.words.map((w) => w.toLowerCase());
  for (const short of drafts) {
    if (short.type === 'person' || short.items.length === 0) continue;
    const sw = lower(short);
    for (const long of drafts) {
      if (
        long === short ||
        long.type !== short.type ||
        long.words.length <= sw.length ||
        long.items.length === 0
      )
        continue;
      const lw = lower(long);
      // "City of Atlanta" is a form of Atlanta: the short name stays canonical.
      if (
        short.type === 'place' &&
        lw[0] === 'city' &&
        lw[1] === 'of' &&
        lw.slice(2).join(' ') === sw.join(' ')
      ) {
        move(long, short);
        continue;
      }
      if (lw.slice(lw.length - sw.length).join(' ') !== sw.join(' ')) continue;
      const prefix = lw.slice(0, lw.length - sw.length);
      const qualified = prefix.every(
        (w) => QUALIFIERS.has(w) || isDemonym(w) || isPlaceWord(w) || isPlaceName(drafts, w),
      );
      // A bare head noun ("the Ministry") refers back to the institution, unless that is a fixed name.
      const bareHead =
        short.type === 'organization' &&
        sw.length === 1 &&
        ORG_HEADS.has(sw[0] ?? '') &&
        !ORG_NAMES.has(nameKey(long.words.join(' ')));
      if (qualified || bareHead) {
        move(short, long);
        break;
      }
    }
  }
}

function move(from: Draft, to: Draft): void {
  to.items.push(...from.items);
  to.roles.push(...from.roles);
  from.items = [];
}

function isPlaceName(drafts: readonly Draft[], word: string): boolean {
  return drafts.some((d) => d.type === 'place' && d.words.length === 1 && d.words[0]?.toLowerCase() === word);
}

const orgKey = (ws: readonly string[]) => nameKey(ws.join(' ')).replace(/^the /, '');

// "James Parsons" fits "James B. Parsons"; "Jim Sheeran" does not fit "James J. Sheeran".
function compatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.at(-1) !== b.at(-1)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.slice(0, -1).every((w) => longer.slice(0, -1).includes(w));
}

function sharesWord(a: string, b: string): boolean {
  const bw = new Set(b.toLowerCase().replace(/\./g, '').split(/\s+/));
  return a
    .toLowerCase()
    .replace(/\./g, '')
    .split(/\s+/)
    .some((w) => bw.has(w));
}

// "Pierre Salinger, White House press secretary, replied" / "presidential press secretary, Dmitry Peskov".
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
    if (role.some((t) => PERSON_ROLE_NOUNS.has(t.lower)) && role.length < 7)
      return role.map((t) => t.text).join(' ');
  }
  const before = tokens[m.first - 1];
  if (before && /^,\s/.test(before.post)) {
    const role: Token[] = [];
    for (let k = m.first - 1; k >= 0 && role.length < 5; k--) {
      const t = tokens[k];
      if (!t || t.sentence !== before.sentence || (k < m.first - 1 && t.post.trim() !== '')) break;
      role.unshift(t);
    }
    if (PERSON_ROLE_NOUNS.has(before.lower)) return role.map((t) => t.text).join(' ');
  }
  return undefined;
}

// "Mrs. Molvar" is not "Ralph H. Molvar".
function sameGender(role: string | undefined, firstName: string | undefined): boolean {
  const title = role?.toLowerCase().replace(/\./g, '') ?? '';
  const tags = lexiconTags(firstName ?? '');
  if (/^(mrs|miss|ms)\b/.test(title)) return !tags.includes('MaleName');
  if (/^mr\b/.test(title)) return !tags.includes('FemaleName');
  return true;
}
