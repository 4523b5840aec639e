// Institutions named in lower case (issue #8): "the Russian defence ministry", "the foreign ministry", "the
// state news agency", "the children's bureau". A lower-case institution noun with words before it that say
// which one (a portfolio, a nationality) names an organization; "the new agency" or "the ministry" alone does not.
import { lexiconTags } from '../compromise.ts';
import type { Token } from '../tokens.ts';
import type { Mention } from './classify.ts';
import {
  LOWERCASE_ORG_HEADS,
  QUALIFYING_WORDS,
  VAGUE_MODIFIERS,
  isDemonym,
  isPersonWord,
} from '../lexicon.ts';
import { regionIdentity } from '../gazetteer.ts';

const STOP_TAGS = new Set([
  'Determiner',
  'Pronoun',
  'Possessive',
  'Adverb',
  'Value',
  'Cardinal',
  'Ordinal',
  'Comparative',
  'Superlative',
  'Preposition',
  'Conjunction',
  'Modal',
  'Copula',
]);

const joined = (a: Token, b: Token) =>
  a.sentence === b.sentence && a.post.trim() === '' && !(a.possessive && a.capitalized);

/** Mentions of lower-case institutions, outside the tokens already taken by capitalised names. */
export function lowercaseOrganizations(tokens: readonly Token[], taken: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((head, i) => {
    if (!LOWERCASE_ORG_HEADS.has(head.text) || taken.has(i)) return;
    let first = i;
    let named = false;
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      const t = tokens[k]!;
      if (!joined(t, tokens[k + 1]!) || taken.has(k)) break;
      const tags = lexiconTags(t.lower);
      // "the Russian defence ministry", "the U.S. health agency": a nationality or a country opens it.
      if (t.capitalized) {
        if (isDemonym(t.lower) || regionIdentity(t.text) || looksLikeDemonym(t)) {
          first = k;
          named = true;
        }
        break;
      }
      // "housing and home finance agency"
      if (t.lower === 'and' && k - 1 >= 0 && !tokens[k - 1]!.capitalized && first < i) {
        first = k;
        continue;
      }
      if (VAGUE_MODIFIERS.has(t.lower) || tags.some((tag) => STOP_TAGS.has(tag))) break;
      first = k;
      if (!QUALIFYING_WORDS.has(t.lower)) named = true;
    }
    if (tokens[first]?.lower === 'and') first++;
    const before = tokens[first - 1];
    // "the state news agency", "Russia's foreign ministry": a definite name, not "a news agency".
    const definite = before?.lower === 'the' || (before?.possessive === true && before.capitalized);
    if (named && first < i && definite)
      out.push({ type: 'organization', confidence: 0.8, first, last: i, lowercase: true });
  });
  return out;
}

// compromise knows "Russian" but not "Turkish" or "Qatari"; an adjective of nationality has these endings.
function looksLikeDemonym(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:ish|ian|ese|ean|an|i)$/u.test(t.text) && !isPersonWord(t.lower);
}
