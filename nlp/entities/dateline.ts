// The place a dateline names (issue #8): "ROME, March 3 —", "LONDON (Reuters) -", "TYLER, Texas (AP) —",
// "MOSCOW/ROME (Reuters) -". Capitals opening a paragraph, then what follows a dateline's place (a dash, an
// agency in parentheses, a comma and a date or a state, a slash and another place), name a place, whatever a
// name list says the word is besides ("CHARLOTTE", "LINCOLN"); an agency run into the capitals ("ROME
// Reuters -") is an agency of its own.
import type { Token } from '../tokens.ts';
import { isAgencyName } from '../wire-credit.ts';
import { regionIdentity, townBand } from '../gazetteer.ts';
import { isCommonWord, isPlaceWord } from '../lexicon.ts';

const DASH = /^\s*(?:--|—|–)|^\s+-\s/;
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]*$/u;

/** The token at `first` opens its paragraph or its line. */
function opensLine(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  const t = tokens[first]!;
  return !prev || prev.paragraph !== t.paragraph || prev.post.includes('\n') || t.pre.includes('\n');
}

/** What a token's post says after the dateline's place, its abbreviation's period apart. */
const after = (t: Token) => (t.abbrev ? t.post.slice(1) : t.post);

/** A dash follows token `k`, in its own punctuation or opening the next token's ("Ark. — Planes"). */
const dashAfter = (tokens: readonly Token[], k: number) =>
  DASH.test(after(tokens[k]!)) || /^\s*(?:--|—|–)/.test(tokens[k + 1]?.pre ?? '');

/** An agency in parentheses starts at `k`: "(Reuters)", "(AP)", or capitals before a dash ("(CP) —"). */
const agencyAside = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  if (!t || !t.pre.includes('(') || !t.post.trimStart().startsWith(')')) return false;
  return isAgencyName(t.text) || (/^\p{Lu}{2,5}$/u.test(t.text) && /^\)\s*(?:--|—|–|-)/.test(t.post.trim()));
};

/**
 * What follows the place of a dateline starts after token `last`; a dash alone follows only a place the
 * gazetteer knows (`known`), as labels in capitals take one too ("EXCLUSIVE —").
 */
function datelineTail(tokens: readonly Token[], last: number, known: boolean): boolean {
  const t = tokens[last]!;
  const post = after(t);
  if ((known && dashAfter(tokens, last)) || agencyAside(tokens, last + 1)) return true;
  // "MOSCOW/ROME (Reuters)": another place in capitals after a slash.
  const next = tokens[last + 1];
  if (post === '/' && next && CAPITALS.test(next.text)) return datelineTail(tokens, last + 1, true);
  // "ROME, March 3 —", "TYLER, Texas (AP) —": a comma, then a date, a state or a country (capitalised words,
  // numbers and abbreviations only), then the dash or the agency.
  if (post.trim() !== ',') return false;
  for (let k = last + 1; k < last + 7; k++) {
    const w = tokens[k];
    if (!w || w.paragraph !== t.paragraph || !/^[\p{Lu}\d]/u.test(w.text)) return false;
    if (dashAfter(tokens, k) || agencyAside(tokens, k + 1) || /^\s*\/\p{Lu}/u.test(w.post)) return true;
    if (!/^[\s,.]*$/.test(after(w))) return false;
  }
  return false;
}

/** Tokens `first..last`, in capitals at a paragraph's start, are the place of a dateline. */
export function datelinePlace(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  if (!opensLine(tokens, first) || !words.every((t) => CAPITALS.test(t.text) || t.abbrev)) return false;
  if (!words.some((t) => t.text.length > 1)) return false;
  // "UPDATE, 2 —": a word of the language is a place only where a town bears it ("HOPE, Ark.").
  const key = words.map((t) => t.lower).join(' ');
  const known = townBand(key) > 0 || regionIdentity(key) !== undefined || isPlaceWord(key);
  if (first === last && isCommonWord(key) && !known) return false;
  return datelineTail(tokens, last, known);
}

/** "ROME Reuters -": the agency ending a dateline's capitals; the index of its token, or -1. */
export function agencyInDateline(tokens: readonly Token[], first: number, last: number): number {
  const agency = tokens[last];
  if (last <= first || !agency || !isAgencyName(agency.text) || !dashAfter(tokens, last)) return -1;
  const place = tokens.slice(first, last);
  return opensLine(tokens, first) && place.every((t) => CAPITALS.test(t.text) || t.abbrev) ? last : -1;
}
