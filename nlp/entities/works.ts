// Makers named by surname alone as the makers of works (issue #8): reviews name composers, writers and painters
// by surname only, before their works ("Verdi's Requiem", "the Sibelius Concerto", "a Purcell anthem") or in a
// list of whose works were played ("songs by Fauré, Ives and Weill"). The work is no entity; its maker is a
// person.
import type { Token } from '../tokens.ts';
import { ORG_HEADS, isCommonWord, isOrgWord, isPlaceWord, nameKey } from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';

/** Nouns for a work of music, letters or art ("overture", "novel", "canvases"), singular and plural. */
const WORK_NOUNS = new Set(
  (
    'symphony concerto sonata sonatina overture opera operetta prelude quartet quintet sextet trio suite mass ' +
    'requiem motet etude fugue cantata oratorio serenade nocturne mazurka polonaise waltz rhapsody scherzo ' +
    'variations fantasy fantasia toccata partita anthem madrigal song lied lieder score music work ' +
    'novel tale story poem play essay book verse memoir biography comedy tragedy farce painting portrait ' +
    'canvas drawing etching sculpture'
  )
    .split(' ')
    .flatMap((w) => [
      w,
      w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}${/(?:s|sh|ch|x)$/.test(w) ? 'es' : 's'}`,
    ]),
);
/** Nouns for what a programme lists, before "by" and the makers' names ("items by ...", "pieces by ..."). */
const PROGRAMME_NOUNS = new Set(['items', 'pieces', 'selections', 'compositions', 'numbers', 'arrangements']);
/** Words that may stand between a maker and the work: "Fifth", "Violin", "last", "solo", "early". */
const WORK_QUALIFIERS = new Set(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth last new early late great famous ' +
    'little solo piano violin cello organ string choral unfinished two three four five six'
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
const opensQuote = (t: Token | undefined) => !!t && /["“]\s*$/.test(t.pre);

/** The work noun (or a quoted title) that the words from `at` on begin, past at most two qualifiers. */
function workAt(tokens: readonly Token[], at: number, sentence: number): number {
  for (let k = at; k < at + 3; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return -1;
    if (isWorkNoun(t)) return k;
    if (!WORK_QUALIFIERS.has(t.lower)) return -1;
  }
  return -1;
}

/** A single word that no list knows as a place, a body or a common word: one that can be a surname. */
function surnameLike(t: Token): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) &&
    !t.abbrev &&
    !isPlaceWord(t.lower) &&
    !isOrgWord(t.lower) &&
    !ORG_HEADS.has(nameKey(t.text)) &&
    !isCommonWord(t.lower) &&
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
  if (t.possessive) return workAt(tokens, at + 1, t.sentence) >= 0 || opensQuote(next);
  const before = tokens[at - 1];
  const determined = !!before && DETERMINERS.has(before.lower) && before.sentence === t.sentence;
  if (determined && (workAt(tokens, at + 1, t.sentence) >= 0 || (opensQuote(next) && !opensQuote(t))))
    return true;
  return inMakerList(tokens, at);
}

/** "works by Hubay, Mr. Ortiz himself and Sarasate": a list of names after "by" after works or a programme. */
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
 * "the Sibelius Concerto", "the Dvorak Seventh Symphony", "four Chopin Etudes": a run of a maker's name and the
 * capitalised work after it; returns the maker's last token, or -1.
 */
export function makerBeforeWork(tokens: readonly Token[], first: number, last: number): number {
  if (last <= first || !isWorkNoun(tokens[last]) || ORG_HEADS.has(nameKey(tokens[last]!.text))) return -1;
  let end = last - 1;
  while (end > first && WORK_QUALIFIERS.has(tokens[end]!.lower)) end--;
  if (end !== first || !surnameLike(tokens[first]!)) return -1;
  return first;
}

/** "Verdi's Variations Serieuses": the capitalised work after a maker's possessive, which names no one. */
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
