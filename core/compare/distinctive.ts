import type { Db } from '../../db/open.ts';
import { articlesVersion, sampledArticles } from '../../db/compare.ts';
import { storedPrior } from '../../db/compare-features.ts';
import { logOdds, logOddsZ, type LogOddsTerm } from './logodds.ts';
import { articleTerms, type ArticleTerms, type Vocabulary } from './article-terms.ts';
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

const priors = new WeakMap<Db, { version: string; counts: Map<string, number>; unsaved: boolean }>();

/**
 * The project's n-gram counts, summed once per state of the project over a sample of its articles
 * (every one up to 5,000): kept in memory for later calls, and stored in the project (migration 020)
 * by the engine, so the first comparison after opening the project reads them. Each sampled
 * article's counts are those the analysis stored for distinctive words (its headline and body
 * without page furniture), so after an import the sum reads stored rows instead of counting
 * thousands of texts again.
 */
export function projectCounts(db: Db): Map<string, number> {
  const version = articlesVersion(db);
  const cached = priors.get(db);
  if (cached?.version === version) return cached.counts;
  const stored = storedPrior(db, version);
  if (stored !== undefined) {
    const { terms, counts: numbers } = JSON.parse(stored) as { terms: string[]; counts: number[] };
    const counts = new Map<string, number>();
    for (let i = 0; i < terms.length; i++) counts.set(terms[i]!, numbers[i]!);
    priors.set(db, { version, counts, unsaved: false });
    return counts;
  }
  const articles = Number(version.split(':')[0]);
  const sample = sampledArticles(db, Math.max(1, Math.ceil(articles / PRIOR_SAMPLE)));
  const { vocabulary, terms } = articleTerms(db, sample);
  const summed = new Float64Array(vocabulary.size);
  for (const article of terms.values())
    for (let i = 0; i < article.terms.length; i++) summed[article.terms[i]!]! += article.counts[i]!;
  const counts = new Map<string, number>();
  for (let term = 0; term < summed.length; term++)
    if (summed[term]! > 0) counts.set(vocabulary.names[term]!, summed[term]!);
  priors.set(db, { version, counts, unsaved: true });
  return counts;
}

/** The project's n-gram counts if counted here since the last call and not stored, as JSON, for the engine to store. */
export function takeUnsavedPrior(db: Db): { articles: string; counts: string } | undefined {
  const cached = priors.get(db);
  if (!cached?.unsaved) return undefined;
  cached.unsaved = false;
  return {
    articles: cached.version,
    counts: JSON.stringify({ terms: [...cached.counts.keys()], counts: [...cached.counts.values()] }),
  };
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

/**
 * Each outlet's most distinctive terms against the other outlets: `fightinWords` (logodds.ts), the
 * same figures in the same order, computed over the vocabulary's numbers in flat arrays so that a
 * search of thousands of articles sums its counts in milliseconds.
 */
export function distinctiveTerms(
  outlets: ReadonlyMap<string, readonly number[]>,
  counted: { vocabulary: Vocabulary; terms: ReadonlyMap<number, ArticleTerms> },
  background: ReadonlyMap<string, number>,
): Record<string, DistinctiveTerm[]> {
  const { vocabulary, terms } = counted;
  const size = vocabulary.size;
  const all = new Float64Array(size);
  let allTotal = 0;
  for (const ids of outlets.values())
    for (const id of ids) {
      const article = terms.get(id);
      if (!article) continue;
      for (let i = 0; i < article.terms.length; i++) {
        all[article.terms[i]!]! += article.counts[i]!;
        allTotal += article.counts[i]!;
      }
    }
  let nBackground = 0;
  for (const count of background.values()) nBackground += count;
  const prior = priorByNumber(vocabulary, background);
  const own = new Float64Array(size);
  const touched: number[] = [];
  const result: Record<string, DistinctiveTerm[]> = {};
  for (const [outlet, ids] of outlets) {
    let ownTotal = 0;
    for (const id of ids) {
      const article = terms.get(id);
      if (!article) continue;
      for (let i = 0; i < article.terms.length; i++) {
        const term = article.terms[i]!;
        if (own[term] === 0) touched.push(term);
        own[term]! += article.counts[i]!;
        ownTotal += article.counts[i]!;
      }
    }
    const top: LogOddsTerm[] = [];
    const nRest = allTotal - ownTotal;
    const totals = { nGroup: ownTotal, nRest, nBackground, alpha0: ownTotal + nRest };
    for (const id of touched) {
      const yi = own[id]!;
      own[id] = 0;
      if (yi < MIN_COUNT) continue;
      const yj = all[id]! - yi;
      // A term scoring below the last of a full list cannot enter it (keepTop would refuse it): most
      // terms stop here, before their string and their record are touched.
      const z = logOddsZ(yi, yj, prior[id]!, totals);
      if (!(z > 0) || (top.length === LISTED && z < top[LISTED - 1]!.z)) continue;
      keepTop(top, logOdds(vocabulary.names[id]!, yi, yj, prior[id]!, totals));
    }
    touched.length = 0;
    result[outlet] = top.map((term) => ({ ...term, z: round(term.z, 3), delta: round(term.delta, 3) }));
  }
  return result;
}

/** The background count of each vocabulary number (0 where the background lacks the term). */
function priorByNumber(vocabulary: Vocabulary, background: ReadonlyMap<string, number>): Float64Array {
  const prior = new Float64Array(vocabulary.size);
  for (let term = 0; term < prior.length; term++) prior[term] = background.get(vocabulary.names[term]!) ?? 0;
  return prior;
}

/** Least uses in the outlet for a term to be listed, as `fightinWords` has it by default. */
const MIN_COUNT = 2;
const before = (a: LogOddsTerm, b: LogOddsTerm) => b.z - a.z || a.term.localeCompare(b.term);

/** Inserts `term` into `top` (kept sorted as `fightinWords` sorts) if it is among the LISTED best. */
function keepTop(top: LogOddsTerm[], term: LogOddsTerm): void {
  if (top.length === LISTED && before(term, top[LISTED - 1]!) >= 0) return;
  let at = top.length;
  while (at > 0 && before(term, top[at - 1]!) < 0) at--;
  top.splice(at, 0, term);
  if (top.length > LISTED) top.pop();
}
