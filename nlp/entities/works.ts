// Makers named by surname alone as the makers of works (issue #8): reviews name composers, writers and painters
// by surname only, before their works ("Verdi's Requiem", "the Sibelius Concerto", "a Purcell anthem") or in a
// list of whose works were played ("songs by Fauré, Ives and Weill"). The work is no entity; its maker is a
// person.
import type { Token } from '../tokens.ts';
import {
  ORG_HEADS,
  isCommonWord,
  isDemonym,
  isFirstName,
  isOrgWord,
  isPlaceWord,
  nameKey,
} from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';

const plurals = (words: string) =>
  words
    .split(' ')
    .flatMap((w) => [
      w,
      w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}${/(?:s|sh|ch|x)$/.test(w) ? 'es' : 's'}`,
    ]);
/** Musical forms, which may follow their maker's bare name ("the Sibelius Concerto", "a Purcell anthem"). */
const MUSICAL_FORMS = new Set(
  plurals(
    'symphony concerto sonata sonatina overture opera operetta prelude quartet quintet sextet trio suite mass ' +
      'requiem motet etude fugue cantata oratorio serenade nocturne mazurka polonaise waltz rhapsody scherzo ' +
      'variations fantasy fantasia toccata partita anthem madrigal lied chanson ballade',
  ),
);
/**
 * Works of letters and art, which may also follow their maker's bare name ("a Trollope novel", "the Goya
 * etchings"); plays, songs and music do not, as places and genres name kinds of them ("a Westbank play").
 */
const WORKS_OF_ART = new Set(
  plurals(
    'novel tale story poem essay book memoir biography painting portrait canvas drawing etching sculpture',
  ),
);
const AFTER_BARE_MAKER = new Set([...MUSICAL_FORMS, ...WORKS_OF_ART]);
/** Nouns for a work of music, letters or art ("overture", "novel", "canvases"), singular and plural. */
const WORK_NOUNS = new Set([
  ...AFTER_BARE_MAKER,
  ...plurals('song score music work play verse comedy tragedy farce concert'),
]);
/** Nouns for what a programme lists, before "by" and the makers' names ("items by ...", "pieces by ..."). */
const PROGRAMME_NOUNS = new Set(['items', 'pieces', 'selections', 'compositions', 'numbers', 'arrangements']);
/** Words that may stand between a maker and the work: "Fifth", "Violin", "last", "solo", "early". */
const WORK_QUALIFIERS = new Set(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth last new early late great famous ' +
    'little solo piano violin cello organ string choral unfinished two three four five six symphonic ' +
    'orchestral comic one act'
  ).split(' '),
);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'two',
  'three',
  'four',
]);

const isWorkNoun = (t: Token | undefined) => !!t && WORK_NOUNS.has(t.lower);
/** A capitalised title opens in quotes right after `t`, in its sentence ('the Vinci "Didone"'). */
const titleFollows = (t: Token, next: Token | undefined) =>
  !!next &&
  next.sentence === t.sentence &&
  next.capitalized &&
  !/["”]/.test(t.post) &&
  /^\s*["“]$/.test(next.pre);

/**
 * The work noun (or a quoted title) that the words from `at` on begin, past at most two qualifiers; after a
 * possessive (`described`), past three words that may be adjectives too ("Tarrow's delightful music",
 * "Tarrow's little one-act operetta", the hyphen splitting "one-act").
 */
function workAt(
  tokens: readonly Token[],
  at: number,
  sentence: number,
  nouns = WORK_NOUNS,
  described = false,
): number {
  for (let k = at; k < at + (described ? 4 : 3); k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return -1;
    if (nouns.has(t.lower)) return k;
    const adjective = described && !t.capitalized && lexiconTags(t.lower).includes('Adjective');
    if (!WORK_QUALIFIERS.has(t.lower) && !adjective) return -1;
  }
  return -1;
}

/** A single word that no list knows as a place, a body or a common word: one that can be a surname. */
export function surnameLike(t: Token): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) &&
    !t.abbrev &&
    !isPlaceWord(t.lower) &&
    !isOrgWord(t.lower) &&
    !ORG_HEADS.has(nameKey(t.text)) &&
    !isCommonWord(t.lower) &&
    !isDemonym(t.lower) &&
    // "the English madrigal", "Spanish dances": a people's adjective the country list lacks.
    !/(?:ish|ese)$/.test(t.lower) &&
    !WORK_QUALIFIERS.has(t.lower) &&
    !lexiconTags(t.lower).some((tag) => tag === 'Adjective' || tag === 'Demonym')
  );
}

/**
 * "Verdi's Requiem", "Trollope's last novel", "Gluck's "Orfeo"", "the Sibelius Concerto", "a Purcell solo
 * anthem", "songs by Fauré, Ives and Weill": the one word at `at` names the maker of a work.
 */
export function makerOfWork(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !surnameLike(t)) return false;
  const next = tokens[at + 1];
  if (t.possessive) return workAt(tokens, at + 1, t.sentence, WORK_NOUNS, true) >= 0 || titleFollows(t, next);
  const before = tokens[at - 1];
  const determined =
    !!before && DETERMINERS.has(before.lower) && before.sentence === t.sentence && !/["“]/.test(t.pre);
  // ... after an article, only before a musical form, a work of letters or art ("a Westbank play" is no
  // playwright's) or a title.
  if (
    determined &&
    !isFirstName(t.lower) &&
    (workAt(tokens, at + 1, t.sentence, AFTER_BARE_MAKER) >= 0 || titleFollows(t, next))
  )
    return true;
  return inMakerList(tokens, at) || inMakerClass(tokens, at);
}

/** Plural nouns for makers of works, before the names of some of them ("composers such as ..."). */
const MAKER_NOUNS = new Set(
  plurals(
    'composer writer author poet novelist playwright dramatist painter sculptor artist songwriter librettist',
  ).filter((w) => w.endsWith('s')),
);
/** Words that open a list of examples after a class of makers: "such as", "like", "including", "from". */
const EXAMPLE_CUES = new Set(['as', 'like', 'including', 'from']);

/**
 * "composers such as Varga, Lindqvist and Holm", "writers from Holm to Varga": names listed as examples of a
 * class of makers are people.
 */
function inMakerClass(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= Math.max(1, at - 12); k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (EXAMPLE_CUES.has(t.lower)) {
      const cue = t.lower === 'as' ? tokens[k - 1] : t;
      if (t.lower === 'as' && cue?.lower !== 'such') return false;
      const noun = tokens[t.lower === 'as' ? k - 2 : k - 1];
      return !!noun && noun.sentence === sentence && MAKER_NOUNS.has(noun.lower) && !noun.post.trim();
    }
    const listed =
      ['and', 'or', 'to'].includes(t.lower) ||
      (t.capitalized && !isWorkNoun(t) && (t.abbrev || /^[\s,]*$/.test(t.post) || t.post.trim() === ','));
    if (!listed) return false;
  }
  return false;
}

/** "works by Varga, Mr. Holm himself and Lindqvist": a list of names after "by" after works or a programme. */
function inMakerList(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (t.lower === 'by') {
      const noun = [tokens[k - 1], tokens[k - 2]].find((w) => w && w.sentence === sentence);
      return !!noun && (isWorkNoun(noun) || PROGRAMME_NOUNS.has(noun.lower));
    }
    const listed =
      t.lower === 'and' ||
      t.lower === 'himself' ||
      t.lower === 'herself' ||
      (t.capitalized && !isWorkNoun(t) && (t.abbrev || /^[\s,]*$/.test(t.post) || t.post.trim() === ','));
    if (!listed) return false;
  }
  return false;
}

/**
 * "the Varga Concerto", "the Holm Seventh Symphony", "four Lindqvist Etudes": a run of a maker's name and the
 * capitalised work after it; returns the maker's last token, or -1.
 */
export function makerBeforeWork(tokens: readonly Token[], first: number, last: number): number {
  const work = tokens[last];
  if (last <= first || !work || !MUSICAL_FORMS.has(work.lower) || ORG_HEADS.has(nameKey(work.text)))
    return -1;
  // '"Shadow Song"', "the Leonore Overture": a title in quotes or opened by a given name names the work only.
  if (/["“]/.test(tokens[first]!.pre) || isFirstName(tokens[first]!.lower)) return -1;
  let end = last - 1;
  while (end > first && WORK_QUALIFIERS.has(tokens[end]!.lower)) end--;
  if (end !== first || !surnameLike(tokens[first]!)) return -1;
  return first;
}

/** "Varga's Suite Pastorale": the capitalised work after a maker's possessive, which names no one. */
export function workAfterMaker(tokens: readonly Token[], first: number): boolean {
  return workAt(tokens, first, tokens[first]!.sentence) >= 0;
}

/** Nouns before a quoted title that say it names a work: "the opera "Tosca"", "the film "Marnie"". */
const TITLE_NOUNS = new Set([
  ...WORK_NOUNS,
  ...'film films movie movies picture production ballet ballets show album record musical revue'.split(' '),
]);

/**
 * "Gluck's "Orfeo"", "the opera "Lakmé"": a phrase that fills a pair of quotes right after a possessive or a
 * noun for a work is the work's title, whatever given name opens it.
 */
export function titleOfWork(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return (
    !!before &&
    before.sentence === tokens[first]!.sentence &&
    (before.possessive || TITLE_NOUNS.has(before.lower))
  );
}

/** A musical key after a maker's name: "Dorrit C minor", "the Vinci E-flat major". */
const KEY_MODES = new Set(['major', 'minor']);
function keyAfter(tokens: readonly Token[], last: number): boolean {
  const letter = tokens[last];
  const mode = tokens[last + 1];
  return !!letter && !!mode && /^[A-G]$/.test(letter.text) && KEY_MODES.has(mode.lower);
}

/**
 * "the Dorrit C minor Concerto": a maker's name before a musical key; returns the maker's token, or -1.
 */
export function makerBeforeKey(tokens: readonly Token[], first: number, last: number): number {
  return last === first + 1 && keyAfter(tokens, last) && surnameLike(tokens[first]!) ? first : -1;
}

/** "Piano Concerto", "Seventh Symphony", "Choral Fantasy": a form and its qualifiers name a work, no one. */
export function formOnly(tokens: readonly Token[], first: number, last: number): boolean {
  return (
    last > first &&
    MUSICAL_FORMS.has(tokens[last]!.lower) &&
    tokens.slice(first, last).every((t) => WORK_QUALIFIERS.has(t.lower))
  );
}
