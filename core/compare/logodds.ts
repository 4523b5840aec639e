// Distinctive words: the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi &
// Quinn (2008), "Fightin' Words", Political Analysis 16(4), eq. 22 and 24. For a term w, group i
// (one outlet) against j (all the others), with counts y and totals n, and prior counts α:
//   δ = log((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α_0 − y_j − α_w))
//   σ² ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w),   z = δ / σ.
// The prior shrinks rare words toward the background rate, so a word used once by one outlet does
// not top its list, and the z-score says how sure the difference is.

export interface LogOddsTerm {
  term: string;
  /** Log-odds ratio of the group against the rest. */
  delta: number;
  z: number;
  /** Uses in the group and in the rest. */
  count: number;
  countRest: number;
}

export interface LogOddsOptions {
  /** Total prior count α_0 (the prior's weight). Default: the group and rest totals together. */
  priorWeight?: number;
  /** Least uses in the group for a term to be listed. Default 2. */
  minCount?: number;
  /** The rest's total, when `rest` is a lookup that cannot be summed (saves building a map of it). */
  restTotal?: number;
}

/** Counts by term: a map, or anything that looks a term up. */
export interface CountLookup {
  get(term: string): number | undefined;
}

/**
 * Scores every term of `group` against `rest` with the prior taken from `background` (any counts:
 * only their proportions matter, scaled to `priorWeight`). Sorted most distinctive of the group first.
 */
export function fightinWords(
  group: ReadonlyMap<string, number>,
  rest: ReadonlyMap<string, number> | CountLookup,
  background: ReadonlyMap<string, number>,
  options: LogOddsOptions = {},
): LogOddsTerm[] {
  const minCount = options.minCount ?? 2;
  const nGroup = total(group);
  const nRest = options.restTotal ?? total(rest as ReadonlyMap<string, number>);
  const totals = {
    nGroup,
    nRest,
    nBackground: total(background),
    alpha0: options.priorWeight ?? nGroup + nRest,
  };
  const results: LogOddsTerm[] = [];
  for (const [term, yi] of group)
    if (yi >= minCount)
      results.push(logOdds(term, yi, rest.get(term) ?? 0, background.get(term) ?? 0, totals));
  return results.sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
}

type Totals = { nGroup: number; nRest: number; nBackground: number; alpha0: number };

/** One term's score: `yi` uses in the group, `yj` in the rest, `background` in the prior's counts. */
export function logOdds(
  term: string,
  yi: number,
  yj: number,
  background: number,
  totals: Totals,
): LogOddsTerm {
  const alpha = priorMass(background, totals);
  const delta = logOddsDelta(yi, yj, alpha, totals);
  return { term, delta, z: delta / Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha)), count: yi, countRest: yj };
}

/**
 * `logOdds(…).z` without building the term (the same operations in the same order, so the same number
 * to the last bit): ranking tens of thousands of terms per outlet builds only the few it keeps.
 */
export function logOddsZ(yi: number, yj: number, background: number, totals: Totals): number {
  const alpha = priorMass(background, totals);
  return logOddsDelta(yi, yj, alpha, totals) / Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha));
}

/** A term missing from the background still gets a little prior mass, so nothing divides by zero. */
function priorMass(background: number, { nBackground, alpha0 }: Totals): number {
  const floor = 0.01;
  return Math.max(floor, nBackground > 0 ? (alpha0 * background) / nBackground : floor);
}

function logOddsDelta(yi: number, yj: number, alpha: number, { nGroup, nRest, alpha0 }: Totals): number {
  return (
    Math.log((yi + alpha) / (nGroup + alpha0 - yi - alpha)) -
    Math.log((yj + alpha) / (nRest + alpha0 - yj - alpha))
  );
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
