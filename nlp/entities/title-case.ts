// Runs of capitals in a Title Case headline or subheading, where a capital says little about a name, and the
// places a run of capitals is known to name.
import { lexiconTags } from '../compromise.ts';
import { regionIdentity, townBand } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import type { Span } from './spans.ts';
import { ORG_NAMES, PLACE_NAMES, TITLES, isCommonWord, isFirstName, nameKey } from '../lexicon.ts';

export function isKnownPlace(tokens: readonly Token[], first: number, last: number): boolean {
  const name = tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');
  return townBand(name) > 0 || regionIdentity(name) !== undefined || PLACE_NAMES.has(nameKey(name));
}

/**
 * In a Title Case headline every word has a capital, so a run of capitals is no name ("Senate Panel Backs New
 * Water Rules"): the run is cut at ordinary words, titles aside, and what is left counts as sentence-initial,
 * where only names the lexicons or gazetteer know, or that look like names, are typed.
 */
export function titleCaseSpans(tokens: readonly Token[], first: number, last: number): Span[] {
  if (isKnownPlace(tokens, first, last) || ORG_NAMES.has(nameKey(textOf(tokens, first, last)))) {
    return [{ first, last, sentenceInitial: true }];
  }
  const spans: Span[] = [];
  let start = -1;
  for (let k = first; k <= last + 1; k++) {
    const t = tokens[k];
    const keep = k <= last && !!t && (!isCommonWord(t.lower) || TITLES.has(t.lower) || isFirstName(t.lower));
    if (keep && start < 0) start = k;
    if (!keep && start >= 0) {
      let end = k - 1;
      while (end > start && TITLES.has(tokens[end]!.lower)) end--;
      if (knownName(tokens, start, end)) spans.push({ first: start, last: end, sentenceInitial: true });
      else {
        // Unknown words only count where the text names them again ("Lindqvist" for Karin Lindqvist).
        let from = start;
        while (from < end && TITLES.has(tokens[from]!.lower)) from++;
        if (!TITLES.has(tokens[from]!.lower))
          spans.push({ first: from, last: end, sentenceInitial: true, weak: true });
      }
      start = -1;
    }
  }
  return spans;
}

const HEADING_KINDS = new Set(['headline', 'standfirst', 'heading']);
// A body line full of names has many capitals too; only a headline's or subheading's Title Case says nothing.
export const inTitleCaseHeading = (t: Token) => t.titleCase && HEADING_KINDS.has(t.blockKind);

// A name the lexicons, the gazetteer or compromise's word lists know, or a first name and more.
function knownName(tokens: readonly Token[], first: number, last: number): boolean {
  const name = textOf(tokens, first, last);
  if (isKnownPlace(tokens, first, last) || ORG_NAMES.has(nameKey(name))) return true;
  const lead = tokens[first]!;
  if (first < last && isFirstName(lead.lower)) return true;
  return first === last && lexiconTags(lead.lower).some((tag) => KNOWN_NAME_TAGS.has(tag));
}
const KNOWN_NAME_TAGS = new Set(['Person', 'LastName', 'Place', 'City', 'Country', 'Region', 'Organization']);

const textOf = (tokens: readonly Token[], first: number, last: number) =>
  tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');
