import type { Db } from '../../db/open.ts';
import { articlesVersion, compareArticles, sampledArticleIds } from '../../db/compare.ts';
import { storedPrior } from '../../db/compare-features.ts';
import { logOdds, logOddsZ, type LogOddsTerm } from './logodds.ts';
import { articleTerms, type ArticleTerms, type Vocabulary } from './article-terms.ts';
import { holdsReportingWord, TERMS_COUNTING } from './words.ts';
import { round } from './outlet.ts';
import { atOnce, STEP_ARTICLES, type Steps } from './steps.ts';

// Distinctive words and phrases per outlet: each outlet's unigrams and bigrams against all the
// other outlets', with the prior from the whole project's counts (Monroe et al. 2008).

export interface DistinctiveTerm {
  /** As counted: lower case ("eu sanctions"). */
  term: string;
  /** As the outlet's texts most often write it ("EU sanctions"): what a person is shown. */
  written: string;
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

/** The stage that sums the project's counts, article by article, on a project's first comparison. */
export const PRIOR_STAGE = "Counting the project's word prior";

/**
 * The project's n-gram counts, summed once per state of the project over a sample of its articles
 * (every one up to 5,000): kept in memory for later calls, and stored in the project (migration 020)
 * by the engine, so the first comparison after opening the project reads them. Each sampled
 * article's counts are those the analysis stored for distinctive words (its headline and body
 * without page furniture), so after an import the sum reads stored rows instead of counting
 * thousands of texts again.
 */
export function projectCounts(db: Db): Map<string, number> {
  return atOnce(projectCountSteps(db));
}

/**
 * `projectCounts` as steps: the sampled articles read and summed STEP_ARTICLES at a time, so a
 * comparison can be stopped part way through (a project analysed before counts them from their
 * texts: seconds). A sum left part way is dropped whole.
 */
export function* projectCountSteps(db: Db): Steps<Map<string, number>> {
  // The counting is part of the key; a prior stored by the counting before (its key the articles'
  // version alone, reporting verbs counted) is read without them rather than summed again.
  const articlesKey = articlesVersion(db);
  const version = `${articlesKey}:t${TERMS_COUNTING}`;
  const cached = priors.get(db);
  if (cached?.version === version) return cached.counts;
  const current = storedPrior(db, version);
  const stored = current ?? storedPrior(db, articlesKey);
  if (stored !== undefined) {
    const { terms, counts: numbers } = JSON.parse(stored) as { terms: string[]; counts: number[] };
    const counts = new Map<string, number>();
    for (let i = 0; i < terms.length; i++)
      if (current !== undefined || !holdsReportingWord(terms[i]!)) counts.set(terms[i]!, numbers[i]!);
    priors.set(db, { version, counts, unsaved: false });
    return counts;
  }
  const articles = Number(version.split(':')[0]);
  const ids = sampledArticleIds(db, Math.max(1, Math.ceil(articles / PRIOR_SAMPLE)));
  let vocabulary: Vocabulary | undefined;
  let summed: Float64Array = new Float64Array(0);
  for (let at = 0; at < ids.length; at += STEP_ARTICLES) {
    yield { label: PRIOR_STAGE, done: at, total: ids.length };
    const chunk = articleTerms(db, compareArticles(db, ids.slice(at, at + STEP_ARTICLES)));
    // The project's vocabulary is started afresh past its limit: the sum so far moves to the new one.
    if (vocabulary && chunk.vocabulary !== vocabulary)
      summed = renumbered(summed, vocabulary, chunk.vocabulary);
    vocabulary = chunk.vocabulary;
    if (summed.length < vocabulary.size) {
      const larger = new Float64Array(Math.max(vocabulary.size, summed.length * 2));
      larger.set(summed);
      summed = larger;
    }
    for (const article of chunk.terms.values())
      for (let i = 0; i < article.terms.length; i++) summed[article.terms[i]!]! += article.counts[i]!;
  }
  const counts = new Map<string, number>();
  for (let term = 0; term < Math.min(summed.length, vocabulary?.size ?? 0); term++)
    if (summed[term]! > 0) counts.set(vocabulary!.names[term]!, summed[term]!);
  priors.set(db, { version, counts, unsaved: true });
  return counts;
}

/** Counts by the numbers of one vocabulary, by those of another (the terms added to it). */
function renumbered(summed: Float64Array, from: Vocabulary, to: Vocabulary): Float64Array {
  const used: number[] = [];
  for (let term = 0; term < Math.min(summed.length, from.size); term++)
    if (summed[term]! > 0) used.push(term);
  const numbers = to.vector(used.map((term) => from.names[term]!));
  const moved = new Float64Array(to.size);
  used.forEach((term, i) => (moved[numbers[i]!] = summed[term]!));
  return moved;
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
  return atOnce(distinctiveTermSteps(outlets, counted, background));
}

/** `distinctiveTerms` as steps, one outlet at a time. */
export function* distinctiveTermSteps(
  outlets: ReadonlyMap<string, readonly number[]>,
  counted: { vocabulary: Vocabulary; terms: ReadonlyMap<number, ArticleTerms> },
  background: ReadonlyMap<string, number>,
): Steps<Record<string, DistinctiveTerm[]>> {
  const label = 'Weighing distinctive words';
  yield { label, done: 0, total: outlets.size };
  const { vocabulary, terms } = counted;
  const all = new Float64Array(vocabulary.size);
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
  const ranking: Ranking = {
    vocabulary,
    terms,
    all,
    allTotal,
    nBackground,
    prior: priorByNumber(vocabulary, background),
    own: new Float64Array(vocabulary.size),
    touched: [],
  };
  const result: Record<string, DistinctiveTerm[]> = {};
  let done = 0;
  for (const [outlet, ids] of outlets) {
    if (done > 0) yield { label, done, total: outlets.size };
    result[outlet] = rankOutlet(ranking, ids);
    done++;
  }
  return result;
}

/** What ranking each outlet's terms shares: the selection's counts and the prior, by number. */
interface Ranking {
  vocabulary: Vocabulary;
  terms: ReadonlyMap<number, ArticleTerms>;
  all: Float64Array;
  allTotal: number;
  nBackground: number;
  prior: Float64Array;
  /** Zero between outlets; `touched` lists the numbers an outlet set. */
  own: Float64Array;
  touched: number[];
}

/** One outlet's listed terms (a plain function: its loops ran slower inside a generator). */
function rankOutlet(ranking: Ranking, ids: readonly number[]): DistinctiveTerm[] {
  const { vocabulary, terms, all, allTotal, nBackground, prior, own, touched } = ranking;
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
  return top.map((term) => ({
    ...term,
    written: term.term,
    z: round(term.z, 3),
    delta: round(term.delta, 3),
  }));
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
