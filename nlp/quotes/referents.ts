import {
  DOCUMENT_NOUNS,
  GENERIC_PERSON_NOUNS,
  GROUP_NOUNS,
  MEMBER_NOUNS,
  PERSON_ROLE_NOUNS,
  PLAIN_PERSON_NOUNS,
  ROLE_SYNONYMS,
  HONORIFICS,
  TITLES,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';
import type { DocContext } from './context.ts';
import { createDocuments } from './documents.ts';
import { createPersonGenders } from './gender.ts';
import { createMedia, MEDIA_NOUNS } from './media.ts';
import { appositiveOffices } from './offices.ts';
import { UNNAMED_HEADS, nounPhraseAt, relationEnd, singular } from './unnamed.ts';

/**
 * How a speaker was found, from the surest to the least sure: a name in the text, a pronoun, a role noun
 * resolved to a named person, an unnamed source as the text names it, a group or institution noun, a news
 * outlet, the author of a document, the sources a report cites, a name introduced in the next paragraph,
 * the nearest name in the sentence, a capitalised word taken for a name.
 */
export type Via =
  | 'name'
  | 'pronoun'
  | 'role'
  | 'unnamed'
  | 'group'
  | 'media'
  | 'document'
  | 'cited'
  | 'next'
  | 'nearest'
  | 'guess';

/** Who said it. `source` marks speakers the text does not name (`unnamed`) and news outlets (`media`). */
export type Speaker = {
  name: string;
  kind: 'person' | 'group';
  via?: Via;
  source?: 'unnamed' | 'media';
};

/** Who "he" and "it" point to: the subjects of the sentences read so far. */
export type Focus = {
  /** People in subject position, most recent first. */
  people: { speaker: Speaker; para: number }[];
  group: Speaker | null;
  groupPara: number;
  /** The last speech event (quote or reported speech), its paragraph and how sure its attribution was. */
  lastSpeech: { speaker: Speaker; para: number; confidence: number } | null;
  /**
   * Unnamed people ("the bus driver", "the nurses": kind `person` or `group`) who were the subject of a
   * recent sentence, and its paragraph.
   */
  unnamedPerson?: { speaker: Speaker; para: number } | null;
};

/**
 * Nouns for people who speak for a body or from inside it ("a spokesman for the department", "an official
 * at the ministry", "a member of the crew"), as opposed to nouns a relation only describes ("the owner of
 * the shop", "the veteran of three wars"), which stay with the head rules.
 */
const SPEAKING_FOR = new Set(
  'source official insider diplomat aide adviser advisor spokesman spokeswoman spokesperson spokesmen representative member employee staffer ambassador envoy consul emissary'.split(
    ' ',
  ),
);

/** Prepositions whose object is someone spoken to or of, not who speaks ("To his son, Ed, he wrote"). */
const OBJECT_PREPOSITIONS = new Set(['of', 'to', 'about', 'toward', 'towards', 'against', 'for', 'with']);

/** Titles that fit the holder of any office. */
const ANY_OFFICE = new Set(['leader', 'head', 'chief']);
/** Endings of nouns for people ("librarian", "editor", "economist") the lexicon may not know. */
const PERSON_ENDING = /\p{L}{3}(?:ian|or|ist|er)$/u;

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'his',
  'her',
  'their',
  'another',
  'one',
]);

/** What the words pointing at a speaker stand for: names, pronouns, role nouns, group and document nouns. */
export function createReferents(ctx: DocContext) {
  const { tokens, entities, roles, quoteOf, mentionOf } = ctx;
  const outside = (i: number) => quoteOf[i] === -1;

  const media = createMedia(ctx);
  const { genderOf, titledWoman } = createPersonGenders(entities, roles);
  const offices = appositiveOffices(ctx);

  const fromMention = (i: number): Speaker | null => {
    const outlet = media.outletAt(i);
    if (outlet)
      return { name: outlet.name.replace(/^the\s+/i, ''), kind: 'group', via: 'name', source: 'media' };
    const m = mentionOf[i];
    const e = m && entities[m.entity];
    if (!m || !e) return null;
    if (e.type === 'person') return { name: e.name, kind: 'person', via: 'name' };
    const surface = ctx.text.slice(tokens[m.first]?.start ?? 0, tokens[m.last]?.end ?? 0);
    return { name: surface.replace(/^the\s+/i, ''), kind: 'group', via: 'name' };
  };

  const sameSentenceOutside = (from: number, to: number, sentence: number, pick: (i: number) => boolean) => {
    for (let i = from; i < to; i++)
      if (tokens[i]?.sentence === sentence && outside(i) && !tokens[i]?.aside && pick(i)) return i;
    return -1;
  };

  const sentenceStart = (i: number) => ctx.sentenceFirst.get(tokens[i]?.sentence ?? -1) ?? i;

  /** The nearest plural noun for people between `start` and `i` ("the librarians"), as a group, or null. */
  function peopleBefore(start: number, i: number): Speaker | null {
    for (let j = i - 1; j >= start; j--) {
      const w = tokens[j];
      if (!w || !outside(j) || w.capitalized || !/\p{Ll}s$/u.test(w.lower)) continue;
      const one = singular(w.lower);
      if (one === w.lower) continue;
      if (
        !lexiconTags(one).includes('Actor') &&
        !lexiconTags(w.lower).includes('Actor') &&
        !PERSON_ENDING.test(one)
      )
        continue;
      const phrase = nounPhraseAt(ctx, j);
      const name = phrase && /^[\p{Ll}\s-]+$/u.test(phrase.name) ? phrase.name : w.lower;
      return { name: name.replace(/^(?:the|these|those)\s+/, ''), kind: 'group', via: 'group' };
    }
    return null;
  }

  /**
   * A name in the pronoun's own sentence that cannot be the pronoun: the person written to or about ("Of
   * his old teacher, Carl Imhof, he wrote", "Writing to his sister Ada -- as he called her"), or the
   * subject of the words a pronoun's verb interrupts ("Vogt, she notes, "has never lost a case"").
   */
  function boundAway(j: number, i: number): boolean {
    const m = mentionOf[j];
    if (!m) return false;
    if (m.last + 1 === i && /^,\s*$/.test(tokens[m.last]?.post ?? '')) return true;
    let k = m.first - 1;
    // An appositive: "his old teacher, Carl Imhof".
    if (/^,\s*$/.test(tokens[k]?.post ?? '')) k--;
    for (let steps = 0; k >= 0 && steps < 5 && outside(k); steps++, k--) {
      const w = tokens[k]!;
      if (OBJECT_PREPOSITIONS.has(w.lower)) return true;
      if (w.capitalized && k !== sentenceStart(k)) return false;
      if (!isPlain(k) && k !== m.first - 1) return false;
      if (w.lower === 'he' || w.lower === 'she' || w.lower === 'they') return false;
    }
    return false;
  }

  function pronoun(i: number, kind: 'person' | 'group', focus: Focus): Speaker | null {
    const t = tokens[i];
    if (!t) return null;
    const start = sentenceStart(i);
    const isKind = (k: number) => {
      const s = fromMention(k);
      if (s) return s.kind === kind && entities[mentionOf[k]?.entity ?? -1]?.type !== 'place';
      return kind === 'group' && GROUP_NOUNS.has(tokens[k]?.lower ?? '');
    };
    const wanted =
      t.lower === 'she' || t.lower === 'her' ? 'f' : t.lower === 'he' || t.lower === 'his' ? 'm' : null;
    const fits = (s: Speaker | null) =>
      !!s && (wanted === 'f' ? genderOf(s.name) !== 'm' : wanted === 'm' ? genderOf(s.name) !== 'f' : true);
    // First names mislead now and then (Beryl Sprinkel is a man): when no one else fits "he", only a title
    // rules a woman out.
    const fitsLoosely = (s: Speaker | null) => !!s && (wanted !== 'm' || !titledWoman(s.name));
    const k = sameSentenceOutside(
      start,
      i,
      t.sentence,
      (j) => isKind(j) && (kind === 'group' || (fits(fromMention(j)) && !boundAway(j, i))),
    );
    const via = (s: Speaker | null): Speaker | null => s && { ...s, via: 'pronoun' };
    if (k >= 0) return via(fromMention(k) ?? groupNoun(k, focus));
    // "The Italian prime minister also mentioned that "…," he cannot say": an office opening the sentence as
    // its subject, whose holder the text named, is "he" later in that sentence.
    if (kind === 'person' && tokens[start]?.lower === 'the' && i > start + 1) {
      for (let j = start + 1; j < Math.min(i, start + 5) && outside(j); j++) {
        const w = tokens[j]!;
        if (mentionOf[j] || !isPlain(j)) break;
        if (!PERSON_ROLE_NOUNS.has(w.lower) && !TITLES.has(w.lower)) continue;
        const holder = role(j, focus);
        if (holder && fits(holder)) return via(holder);
        break;
      }
    }
    // "the librarians, with the help of others, hope they will never have to say": people named by a plural
    // earlier in the same sentence.
    const people = t.lower === 'they' ? peopleBefore(start, i) : null;
    if (people) return via(people);
    if (kind !== 'person') {
      const group = focus.group && t.paragraph - focus.groupPara <= 6 ? focus.group : null;
      // "The nurses walked out at noon. "…," they said": with no body to point at, "they" is the people a
      // sentence just before had as subject.
      const people = focus.unnamedPerson;
      if (!group && t.lower === 'they' && people?.speaker.kind === 'group' && t.paragraph - people.para <= 1)
        return via(people.speaker);
      return via(group);
    }
    const subject = recentPerson(focus, t.paragraph, 4, fits);
    const latest = recentPerson(focus, t.paragraph, 4, () => true);
    // "... where his wife, Zoe Ann Olsen, awaited. She said": a woman named just before is a likelier
    // referent than a subject of unknown gender. "Asked Mrs. Peck of the chairman, Joseph Hale. "…," he
    // said": when the latest subject cannot be "he", a man named just before is likelier than an older one.
    const unsure = wanted === 'f' ? !subject || genderOf(subject.name) !== 'f' : subject !== latest;
    if (wanted && unsure) {
      for (let j = i - 1; j >= 0 && t.paragraph - (tokens[j]?.paragraph ?? 0) <= 1; j--) {
        const s = outside(j) ? fromMention(j) : null;
        if (s?.kind === 'person' && genderOf(s.name) === wanted) return via(s);
      }
    }
    const named = subject ?? recentPerson(focus, t.paragraph, 4, fitsLoosely);
    // "The bus driver was shaking. "…," he said": with no one named to point at, "he" is the unnamed
    // person a sentence just before had as subject.
    const described = focus.unnamedPerson;
    if (!named && described?.speaker.kind === 'person' && t.paragraph - described.para <= 1)
      return via(described.speaker);
    return via(named);
  }

  // Unnamed sources met so far, by their head noun: "the source added" is the source introduced before.
  const unnamedSources = new Map<string, Speaker>();

  function groupNoun(i: number, focus: Focus): Speaker {
    const word = tokens[i]?.lower ?? '';
    if (DOCUMENT_NOUNS.has(word)) {
      const author = documents.author(i, word, focus);
      if (author) return { ...author, via: 'document' };
    }
    if (MEDIA_NOUNS.has(word)) return outletNoun(i);
    const body = MEMBER_NOUNS[word];
    if (body && focus.group && focus.group.name.toLowerCase().split(/\s+/).at(-1) === body)
      return { ...focus.group, via: 'group' };
    // "the foreign and health ministries said": the noun phrase as the text names it.
    const phrase = nounPhraseAt(ctx, i, true);
    const name = phrase && /^[\p{Ll}\s-]+$/u.test(phrase.name) ? phrase.name : (tokens[i]?.text ?? word);
    return { name, kind: 'group', via: 'group' };
  }

  /** "the newspaper writes", "according to the publication": the outlet named last, else the noun itself. */
  function outletNoun(i: number): Speaker {
    const outlet = media.recentOutlet(i);
    if (outlet)
      return { name: outlet.name.replace(/^the\s+/i, ''), kind: 'group', via: 'media', source: 'media' };
    return { name: tokens[i]?.text ?? 'newspaper', kind: 'group', via: 'unnamed', source: 'media' };
  }

  /**
   * An unnamed source: "a senior official" is `senior official`; "the official" is the one met before with
   * that head noun, or, when there is none, the noun phrase itself.
   */
  function unnamed(h: number): Speaker | null {
    const head = tokens[h];
    if (!head || head.capitalized) return null;
    const phrase = nounPhraseAt(ctx, h);
    if (!phrase) return null;
    const key = singular(head.lower);
    const definite = ['the', 'this', 'that', 'these', 'those'].includes(
      tokens[phrase.first - 1]?.lower ?? '',
    );
    const known = unnamedSources.get(key);
    if (definite && known && phrase.name.toLowerCase().split(/\s+/).length <= known.name.split(/\s+/).length)
      return known;
    if (definite && !known && phrase.first === h) {
      const earlier = introducedBefore(h);
      if (earlier) {
        unnamedSources.set(key, earlier);
        return earlier;
      }
    }
    const speaker: Speaker = {
      name: phrase.name,
      kind: phrase.plural ? 'group' : 'person',
      via: 'unnamed',
      source: 'unnamed',
    };
    unnamedSources.set(key, speaker);
    return speaker;
  }

  /**
   * "State health officials met the mayor. … the officials said": a bare definite source noun at `h` is the
   * same noun introduced with its modifiers a few paragraphs before, named as introduced ("a spokesman for
   * the hospital" keeps its tie). Null when there is none, or when that phrase described a named person
   * ("Anna Berg, a ministry official").
   */
  function introducedBefore(h: number): Speaker | null {
    const head = tokens[h]!;
    for (let k = h - 2; k >= 0 && head.paragraph - (tokens[k]?.paragraph ?? 0) <= 4; k--) {
      const t = tokens[k]!;
      if (t.lower !== head.lower || t.capitalized || !outside(k)) continue;
      const phrase = nounPhraseAt(ctx, k);
      if (!phrase || phrase.first === k) continue;
      const before = tokens[phrase.first - 1];
      const after = /^,\s*$/.test(t.post) ? mentionOf[k + 1] : null;
      const namedBefore =
        before && DETERMINERS.has(before.lower) && /,\s*$/.test(tokens[phrase.first - 2]?.post ?? '')
          ? mentionOf[phrase.first - 2]
          : null;
      const person = (m: typeof after) => !!m && entities[m.entity]?.type === 'person';
      if (person(after) || person(namedBefore)) return null;
      const last = SPEAKING_FOR.has(singular(t.lower)) ? relationEnd(ctx, k) : -1;
      const end = last >= 0 ? tokens[last]!.end : t.end;
      const name = ctx.text.slice(tokens[phrase.first]!.start, end).replace(/[.,;:]+$/, '');
      return { name, kind: phrase.plural ? 'group' : 'person', via: 'unnamed', source: 'unnamed' };
    }
    return null;
  }

  /**
   * The unnamed person or people a noun phrase with head `h` describes ("the bus driver", "a spokesman for
   * the airline", "the nurses"), as the text names it, without remembering it as a source; null for a name.
   */
  function describedSource(h: number): Speaker | null {
    const head = tokens[h];
    // A source noun of the lists, or any noun the tagger knows for a person ("shepherd").
    const person = !!head && (isUnnamedHead(head.lower) || lexiconTags(head.lower).includes('Actor'));
    if (!head || head.capitalized || !person) return null;
    const phrase = nounPhraseAt(ctx, h);
    if (!phrase) return null;
    const last = SPEAKING_FOR.has(singular(head.lower)) ? relationEnd(ctx, h) : -1;
    const end = last >= 0 ? tokens[last]!.end : head.end;
    const name = ctx.text.slice(tokens[phrase.first]!.start, end).replace(/[.,;:]+$/, '');
    return { name, kind: phrase.plural ? 'group' : 'person', via: 'unnamed', source: 'unnamed' };
  }

  /**
   * "a spokesman for the department", "an official at the ministry said": an unnamed source named by its tie
   * to a body, as the text names it (`spokesman for the department`), so that "the spokesman" later is the
   * same source. An office the text gives a named holder ("the chairman of the board") stays that person.
   * `limit` is the last token the phrase may take (the word before the verb); null when there is no such
   * phrase.
   */
  function relational(h: number, focus: Focus, limit = Infinity): Speaker | null {
    const head = tokens[h];
    if (!head || head.capitalized || !SPEAKING_FOR.has(singular(head.lower))) return null;
    const last = relationEnd(ctx, h, limit);
    if (last < 0 || (limit !== Infinity && last !== limit)) return null;
    const indefinite = ['a', 'an', 'one', 'another'].includes(nounPhraseStart(h));
    if (!indefinite && (PERSON_ROLE_NOUNS.has(head.lower) || TITLES.has(head.lower))) {
      const holder = role(h, focus);
      if (holder) return holder;
    }
    const phrase = nounPhraseAt(ctx, h);
    if (!phrase) return null;
    // "Norway's ambassador to Chile": a name that owns the source says whose source it is.
    const owner = tokens[phrase.first - 1];
    const owned =
      owner?.possessive && owner.capitalized && isPlain(phrase.first - 1) && outside(phrase.first - 1);
    const first = owned ? phrase.first - 1 : phrase.first;
    const name = ctx.text.slice(tokens[first]!.start, tokens[last]!.end).replace(/[.,;:]+$/, '');
    const speaker: Speaker = {
      name,
      kind: phrase.plural ? 'group' : 'person',
      via: 'unnamed',
      source: 'unnamed',
    };
    unnamedSources.set(singular(head.lower), speaker);
    return speaker;
  }

  /**
   * "Dr. Lena Ward reached the ward on Friday. … the veteran of three epidemics said", "the 29-year-old
   * right-hander said": a definite description standing for the person the paragraph is about, when the text
   * has not met an unnamed source of that kind before; else null. `article` is the "the" that opens it.
   */
  function describedPerson(h: number, focus: Focus, article = h - 1): Speaker | null {
    const head = tokens[h];
    if (!head || head.capitalized || tokens[article]?.lower !== 'the') return null;
    if (unnamedSources.has(singular(head.lower))) return null;
    const recent = recentPerson(
      focus,
      head.paragraph,
      1,
      (s) => s.source !== 'unnamed' && s.kind === 'person',
    );
    return recent && { ...recent, via: 'role' };
  }

  /** A lower-case head noun that names a person or a group of people the text does not name. */
  const isUnnamedHead = (w: string) =>
    UNNAMED_HEADS.has(w) ||
    PERSON_ROLE_NOUNS.has(w) ||
    PLAIN_PERSON_NOUNS.has(w) ||
    GENERIC_PERSON_NOUNS.has(w) ||
    UNNAMED_HEADS.has(singular(w));

  // "the spokesperson", "the sheriff", "a White House spokesman": the person given that role nearby.
  function role(i: number, focus: Focus): Speaker | null {
    const t = tokens[i];
    // "the elder man told Rickards": a plain noun names no office to look up.
    if (!t || PLAIN_PERSON_NOUNS.has(t.lower)) return null;
    const synonyms = ROLE_SYNONYMS.find((g) => g.includes(t.lower)) ?? [t.lower];
    const modifiers = officeModifiers(i);
    const fits = (k: number) => {
      const m = mentionOf[k];
      if (!m || entities[m.entity]?.type !== 'person') return false;
      const rs = [...(roles[m.entity] ?? []), ...(offices[m.entity] ?? [])].map((r) => r.toLowerCase());
      // "the President" is not the vice president: a second-rank prefix names another office.
      // "the Board President" is not "the President of the City Council": a body or country named before
      // the office must be in an office recorded with what it is of ("Portuguese": "prime minister of Portugal").
      return rs.some(
        (r) =>
          (!/ of /.test(r) || modifiers.every((w) => new RegExp(`(?<![\\w-])${w.slice(0, 4)}`).test(r))) &&
          synonyms.some((s) =>
            new RegExp(`(?<!(?:vice|deputy|assistant|under)[\\s-]*)(?<![\\w-])${s}(?![\\w-])`).test(r),
          ),
      );
    };
    const asRole = (s: Speaker | null): Speaker | null => s && { ...s, via: 'role' };
    for (let k = i - 1; k >= 0 && t.paragraph - (tokens[k]?.paragraph ?? 0) <= 8; k--) {
      if (fits(k) && outside(k)) return asRole(fromMention(k));
    }
    for (let k = i + 1; k < tokens.length && (tokens[k]?.paragraph ?? 0) - t.paragraph <= 3; k++) {
      if (fits(k)) return asRole(fromMention(k));
    }
    const indefinite = ['a', 'an', 'one', 'another'].includes(nounPhraseStart(i));
    // "The President" sixteen paragraphs after "President Kalnins": an office has one holder, however long ago
    // the text named them.
    if (!indefinite && t.capitalized) {
      for (let k = i - 1; k >= 0; k--) if (fits(k) && outside(k)) return asRole(fromMention(k));
    }
    // "the former Superior Court judge said": an office holder just discussed. "A political scientist", "the
    // hotel owner": someone new, whom the text does not name.
    if (indefinite || GENERIC_PERSON_NOUNS.has(t.lower)) return null;
    if (!TITLES.has(t.lower)) return null;
    // Not someone the text gave another office ("Senator Hale" is not "the President"); "the leader" fits any.
    const holdsOther = (s: Speaker) => {
      if (ANY_OFFICE.has(t.lower)) return false;
      const e = entities.findIndex((x) => x.type === 'person' && x.name === s.name);
      // "Mrs May", "Ms Holt": an honorific, with or without its stop, is no office.
      return (
        e >= 0 &&
        (roles[e] ?? []).some((r) => {
          const word = r.toLowerCase().split(/\s+/).at(-1) ?? '';
          return TITLES.has(word) && !HONORIFICS.has(word);
        })
      );
    };
    const recent = recentPerson(focus, t.paragraph, 2, (s) => s.source !== 'unnamed' && !holdsOther(s));
    if (recent) return asRole(recent);
    return introducedNext(i);
  }

  /**
   * "Russia's Foreign Minister criticised the plan." and the next paragraph opens with Sergei Lavrov: an
   * office named without its holder, whose holder the next paragraph introduces.
   */
  function introducedNext(i: number): Speaker | null {
    const paragraph = tokens[i]?.paragraph ?? 0;
    const seen = new Set<number>();
    for (let k = 0; k < i; k++) if (mentionOf[k]) seen.add(mentionOf[k]!.entity);
    for (let k = i + 1; k < tokens.length && (tokens[k]?.paragraph ?? 0) <= paragraph + 1; k++) {
      if ((tokens[k]?.paragraph ?? 0) === paragraph || !outside(k)) continue;
      const m = mentionOf[k];
      if (!m || entities[m.entity]?.type !== 'person') continue;
      if (seen.has(m.entity)) return null;
      const s = fromMention(k);
      return s && { ...s, via: 'next' };
    }
    return null;
  }

  function recentPerson(
    focus: Focus,
    para: number,
    gap: number,
    fits: (s: Speaker) => boolean,
  ): Speaker | null {
    const hit = focus.people.find((p) => para - p.para <= gap && fits(p.speaker));
    return hit?.speaker ?? null;
  }

  // The determiner that opens the noun phrase ending at `i` ("a", "the", ...), or ''.
  /**
   * The capitalised words before an office's head that say whose office it is ("the Harbour Board President",
   * "the Norland Prime Minister"), lower case; titles ("Prime", "Vice") and the words of a name excluded.
   */
  function officeModifiers(i: number): string[] {
    const out: string[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = tokens[k]!;
      if (!t.capitalized || t.post !== ' ' || !outside(k) || t.sentence !== tokens[i]?.sentence) break;
      if (t.lower === 'the' || mentionOf[k]) break;
      if (!TITLES.has(t.lower) && /^\p{L}{4,}$/u.test(t.lower)) out.push(t.lower);
    }
    return out;
  }

  function nounPhraseStart(i: number): string {
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const w = tokens[k]?.lower ?? '';
      if (DETERMINERS.has(w) || w === 'one') return w;
      if (!isPlain(k)) return '';
    }
    return '';
  }

  /** Whose words a speech noun reports: "in Mr. Kennedy's own words", else the clause's first person. */
  function nounOwner(noun: number, from: number, focus: Focus): Speaker | null {
    let k = noun - 1;
    if (tokens[k]?.lower === 'own') k--;
    if (tokens[k]?.possessive) {
      const owner = fromMention(k);
      if (owner) return owner;
      // "the ministry's reply": a body written in lower case owns its words too.
      if (GROUP_NOUNS.has(tokens[k]!.lower) && !tokens[k]!.capitalized) return groupNoun(k, focus);
    }
    // "In his opinion, …": whoever "he" is.
    if (tokens[k]?.lower === 'his' || tokens[k]?.lower === 'her') {
      const owner = pronoun(k, 'person', focus);
      if (owner) return owner;
    }
    for (let j = from; j < noun; j++) {
      const s = outside(j) ? fromMention(j) : null;
      if (s?.kind === 'person') return s;
    }
    return nearestNamed(noun, focus);
  }

  /** The nearest person (else institution) named before token `i` in its sentence, outside quotes. */
  function nearestNamed(i: number, focus: Focus): Speaker | null {
    const start = sentenceStart(i);
    let group: Speaker | null = null;
    for (let k = i - 1; k >= start; k--) {
      if (!outside(k)) continue;
      const s = fromMention(k);
      if (s?.kind === 'person') return s;
      if (s && !group && entities[mentionOf[k]?.entity ?? -1]?.type === 'organization') group = s;
      const w = tokens[k]?.lower ?? '';
      if (w === 'he' || w === 'she') return pronoun(k, 'person', focus);
    }
    return group;
  }

  /** The speaker named by the noun phrase ending just before the verb at `verb`. */

  const isPlain = (k: number) => {
    const t = tokens[k];
    return !!t && /^[.-]?\s*$/.test(t.post) && !/\n/.test(t.post);
  };
  const documents = createDocuments(ctx, {
    fromMention,
    groupNoun,
    outletNoun,
    outside,
    sentenceStart,
    isPlain,
  });

  // "a teammate", "one military man": the noun phrase ending at `i` opens with an indefinite determiner.
  const isIndefinite = (i: number) => ['a', 'an', 'one', 'another', 'some'].includes(nounPhraseStart(i));

  return {
    media,
    unnamed,
    relational,
    describedSource,
    isUnnamedHead,
    outletNoun,
    outside,
    fromMention,
    sentenceStart,
    pronoun,
    groupNoun,
    role,
    describedPerson,
    nounOwner,
    nearestNamed,
    isPlain,
    isIndefinite,
  };
}

/** The referent rules of one document, which the speaker rules build on. */
export type Referents = ReturnType<typeof createReferents>;
