import type { Db } from '../../db/open.ts';
import { articlesVersion, sampledTexts } from '../../db/compare.ts';
import { fightinWords, type LogOddsTerm } from './logodds.ts';
import { addNgramCounts } from './ngrams.ts';
import type { ArticleTerms } from './article-terms.ts';
import { round } from './outlet.ts';

// Distinctive words and phrases per outlet: each outlet's unigrams and bigrams against all the
// other outlets', with the prior from the whole project's counts (Monroe et al. 2008).

export interface DistinctiveTerm {
  term: string;
  z: number;
  delta: number;
  count: number;
  countRest: number;
}

const LISTED = 20;
/**
 * Below this many content words an outlet's counts are mostly ones and twos: its z-scores swing with
 * a single use, and the chart says so rather than rank noise.
 */
export const MIN_DISTINCTIVE_WORDS = 1000;

export interface DistinctiveBasis {
  /** Content words (stop words left out) the outlet's counted texts hold. */
  words: number;
  tooFew: boolean;
}
/** The prior is counted over at most this many articles: only proportions matter, and a sample gives them. */
const PRIOR_SAMPLE = 5000;

const priors = new WeakMap<Db, { version: string; counts: Map<string, number> }>();

/** The project's n-gram counts, counted once per state of the project and kept for later calls. */
export function projectCounts(db: Db): Map<string, number> {
  const version = articlesVersion(db);
  const cached = priors.get(db);
  if (cached?.version === version) return cached.counts;
  const articles = Number(version.split(':')[0]);
  const counts = new Map<string, number>();
  for (const text of sampledTexts(db, Math.max(1, Math.ceil(articles / PRIOR_SAMPLE))))
    addNgramCounts(text, counts);
  priors.set(db, { version, counts });
  return counts;
}

/** Each outlet's content words, and whether they are too few for its distinctive words to mean much. */
export function distinctiveBasis(
  outlets: ReadonlyMap<string, readonly number[]>,
  terms: ReadonlyMap<number, ArticleTerms>,
): Record<string, DistinctiveBasis> {
  const basis: Record<string, DistinctiveBasis> = {};
  for (const [outlet, ids] of outlets) {
    let count = 0;
    for (const id of ids) count += terms.get(id)?.words ?? 0;
    basis[outlet] = { words: count, tooFew: count < MIN_DISTINCTIVE_WORDS };
  }
  return basis;
}

export function distinctiveTerms(
  outlets: ReadonlyMap<string, readonly number[]>,
  terms: ReadonlyMap<number, ArticleTerms>,
  background: ReadonlyMap<string, number>,
): Record<string, DistinctiveTerm[]> {
  const counts = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  for (const [outlet, ids] of outlets) {
    const own = new Map<string, number>();
    for (const id of ids)
      for (const [term, count] of terms.get(id)?.counts ?? []) own.set(term, (own.get(term) ?? 0) + count);
    counts.set(outlet, own);
    for (const [term, count] of own) all.set(term, (all.get(term) ?? 0) + count);
  }
  let allTotal = 0;
  for (const count of all.values()) allTotal += count;
  const result: Record<string, DistinctiveTerm[]> = {};
  for (const [outlet, own] of counts) {
    // The other outlets' counts, looked up as all minus own: building them as a map for every outlet
    // cost seconds on a thousand articles.
    let ownTotal = 0;
    for (const count of own.values()) ownTotal += count;
    const rest = { get: (term: string) => (all.get(term) ?? 0) - (own.get(term) ?? 0) };
    result[outlet] = fightinWords(own, rest, background, { restTotal: allTotal - ownTotal })
      .filter((term) => term.z > 0)
      .slice(0, LISTED)
      .map((term: LogOddsTerm) => ({ ...term, z: round(term.z, 3), delta: round(term.delta, 3) }));
  }
  return result;
}
