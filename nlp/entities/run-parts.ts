// Words a run of capitalised tokens takes beyond its capitals, or where it splits (issue #8): a generation
// number ("Hobart L. Keene 3rd"), a road's number ("Highway 12"), an ordinal street ("14th Street"), a
// dedication's "of" ("Our Lady of Lourdes Hospital"), and a name given twice by a run-in heading.
import type { Token } from '../tokens.ts';
import { STREET_HEADS, TITLES, isFirstName, nameKey } from '../lexicon.ts';
import { lexiconTags } from '../compromise.ts';

/** Nothing but spacing (or an abbreviation's own period) separates `t` from the next token. */
export function joinsNext(t: Token, next: Token | undefined): boolean {
  if (!next || (next.sentence !== t.sentence && !t.abbrev)) return false;
  if (next.pre.trim() !== '') return false;
  const post = t.abbrev ? t.post.slice(1) : t.post;
  // "Griffith-Jones" arrives as two tokens joined by a hyphen.
  if (post === '-' && /^\p{Lu}/u.test(next.text)) return true;
  return post.trim() === '' && !post.includes('\n');
}

/**
 * "Hobart L. Keene 3rd", "Sen. Ward Pell 3d, of Elmira": a generation number after a person's full name
 * belongs to the name. A bare digit counts only after a title and closing the phrase ("Sen. Ward Pell 3, of
 * Elmira"), where it cannot be a score ("Lions 3, Bears 2").
 */
export function generationAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const number = tokens[last + 1];
  const end = tokens[last]!;
  if (!number || !joinsNext(end, number) || end.abbrev || last === first) return false;
  const titled = TITLES.has(tokens[first]!.lower) && last - first >= 2;
  const ordinal = /^[2-4](?:d|nd|rd|th)$/.test(number.lower);
  if (!ordinal && !(/^[2-4]$/.test(number.text) && titled)) return false;
  const after = tokens[last + 2];
  const closes = !after || after.sentence !== number.sentence || /^\s*[,;.)]/.test(number.post);
  const given = tokens
    .slice(first, last)
    .some((t) => isFirstName(t.lower) || (t.abbrev && /^\p{Lu}$/u.test(t.text)));
  return (ordinal || closes) && (given || titled);
}

const ROUTE_WORDS = new Set(['route', 'highway', 'interstate']);

/** "Interstate Route 95", "Highway 12": a road's number after its head word is part of its name. */
export function routeNumberAfter(tokens: readonly Token[], last: number): boolean {
  const [word, number] = [tokens[last]!, tokens[last + 1]];
  return (
    !!number && ROUTE_WORDS.has(word.lower) && /^\d{1,3}[A-Z]?$/.test(number.text) && joinsNext(word, number)
  );
}

/** Words after which a number names a society's branch. */
export const BRANCH_WORDS = new Set(['lodge', 'post', 'troop', 'chapter', 'council']);

/**
 * "Elm Lodge 14", "American Legion Post 7": a society's branch takes its number, where a name stands before the
 * branch word ("Post 3" alone is no name).
 */
export function branchNumberAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const [word, number] = [tokens[last]!, tokens[last + 1]];
  return (
    last > first &&
    !!number &&
    BRANCH_WORDS.has(word.lower) &&
    /^\d{1,4}$/.test(number.text) &&
    joinsNext(word, number)
  );
}

/**
 * Where a run holds one name twice, short then in full ("R. T. Vane Robert Thomas Vane", "Mrs. Ida Roe Mrs.
 * Ida M. Roe"), the index where the second begins: right after the first ends on the surname the run ends on,
 * at a given name, an initial or a title before one. -1 when the run is one name.
 */
export function repeatedName(tokens: readonly Token[], first: number, last: number): number {
  const surname = tokens[last]!;
  if (surname.abbrev) return -1;
  for (let k = first + 2; k < last; k++) {
    const end = tokens[k - 1]!;
    const start = tokens[k]!;
    if (end.lower !== surname.lower || end.abbrev) continue;
    const given = (t: Token | undefined) =>
      !!t && (isFirstName(t.lower) || (t.abbrev && /^\p{Lu}$/u.test(t.text)));
    if (given(start) || (TITLES.has(start.lower) && given(tokens[k + 1]))) return k;
  }
  return -1;
}

/** "Our Lady of Lourdes Hospital", "Our Saviour of the Hills": a dedication's "Our <word>" takes "of". */
export function dedication(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens[first]!.text === 'Our' && last === first + 1;
}

/** "14th Street", "W. 42nd St.": an ordinal number before a street's head word is the street's name. */
export function numberedStreet(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    !!t &&
    !!next &&
    /^\d{1,3}(?:st|nd|rd|th|d)$/i.test(t.text) &&
    next.capitalized &&
    STREET_HEADS.has(nameKey(next.text)) &&
    joinsNext(t, next)
  );
}

const isOrdinal = (t: Token) => lexiconTags(t.lower).includes('Ordinal');
const isNumberWord = (t: Token | undefined) =>
  !!t && lexiconTags(t.lower).some((tag) => tag === 'Cardinal' || tag === 'Ordinal');

/**
 * "Sixty-third Street", "14 Mile Road", "7-1/2 Mile Road": a street named by a number keeps it. The run
 * starts at `first` with a street's head word (or "Mile" before one); the first token of the street with its
 * number, or `first` when no number stands before it.
 */
export function streetNumberStart(tokens: readonly Token[], first: number, last: number): number {
  const head = tokens[first];
  if (!head || first === 0) return first;
  const mile = head.text === 'Mile' && first < last && STREET_HEADS.has(nameKey(tokens[first + 1]!.text));
  if (!mile && !STREET_HEADS.has(nameKey(head.text))) return first;
  const before = tokens[first - 1]!;
  if (!joinsNext(before, head)) return first;
  // "Sixty-third Street": two number words joined by a hyphen.
  const pair = tokens[first - 2];
  if (!mile && pair && pair.post === '-' && isNumberWord(pair) && isOrdinal(before) && pair.capitalized)
    return first - 2;
  // "14 Mile Road", "Eight Mile Road", "7-1/2 Mile Road"
  if (mile && (/^\d+(?:-\d+\/\d+)?$/.test(before.text) || (before.capitalized && isNumberWord(before))))
    return first - 1;
  return first;
}
