import { seededRandom } from '../../nlp/random.ts';

// Small-sample statistics for the Compare view, pure and without libraries: the Wilson score
// interval of a proportion, Pearson's chi-square test of an r × c table, Fisher's exact test of a
// 2 × 2 table, and a Monte-Carlo exact test for larger tables with small counts (random tables with
// the same margins, ordered by their probability as Fisher's test orders them, as R's
// `fisher.test(simulate.p.value = TRUE)` does). Chi-square is trusted only when every expected
// count is at least 5 (Cochran's rule); below that the exact or simulated p-value is given.

export type Interval = [number, number];

/** Wilson score interval (Wilson 1927) for `successes` of `n`, at 95% by default. */
export function wilsonInterval(successes: number, n: number, z = 1.959963984540054): Interval {
  if (n <= 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Natural log of the gamma function (Lanczos approximation, g = 7, n = 9). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = c[0]!;
  for (let i = 1; i < 9; i++) sum += c[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Upper regularized incomplete gamma Q(a, x) (Numerical Recipes: series below a + 1, continued fraction above). */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(lnFront));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(lnFront) * h);
}

/** P(X ≥ statistic) for X chi-square distributed with `df` degrees of freedom. */
export function chiSquareP(statistic: number, df: number): number {
  if (df <= 0) return 1;
  return gammaQ(df / 2, statistic / 2);
}

export interface ChiSquare {
  statistic: number;
  df: number;
  p: number;
  /** The smallest expected count: below 5 the chi-square approximation is not to be trusted. */
  minExpected: number;
}

/** Pearson's chi-square test of independence for an r × c table of counts (rows and columns all non-empty). */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquare {
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = table[0]!.map((_, j) => table.reduce((sum, row) => sum + row[j]!, 0));
  const total = rows.reduce((a, b) => a + b, 0);
  let statistic = 0;
  let minExpected = Infinity;
  table.forEach((row, i) =>
    row.forEach((observed, j) => {
      const expected = (rows[i]! * columns[j]!) / total;
      minExpected = Math.min(minExpected, expected);
      if (expected > 0) statistic += (observed - expected) ** 2 / expected;
    }),
  );
  const df = (rows.filter((n) => n > 0).length - 1) * (columns.filter((n) => n > 0).length - 1);
  return { statistic, df, p: chiSquareP(statistic, df), minExpected };
}

const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/** Log-probability of an r × 2 table given its margins (the multivariate hypergeometric). */
function logTableProbability(first: readonly number[], sizes: readonly number[]): number {
  const total = sizes.reduce((a, b) => a + b, 0);
  const firstTotal = first.reduce((a, b) => a + b, 0);
  let log = -logChoose(total, firstTotal);
  first.forEach((k, i) => (log += logChoose(sizes[i]!, k)));
  return log;
}

/** log C(size, k) for every row and k, looked up in the simulation's inner loop. */
function logChooseTables(sizes: readonly number[]): Float64Array[] {
  return sizes.map((size) => Float64Array.from({ length: size + 1 }, (_, k) => logChoose(size, k)));
}

/** Tables at most this much more probable than the observed one still count as "as extreme" (R's tolerance). */
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Fisher's exact test, two-sided, of a 2 × 2 table [[a, b], [c, d]]: the probability of every table
 * with the same margins no more probable than the observed one.
 */
export function fisherExact2x2(
  table: readonly [readonly [number, number], readonly [number, number]],
): number {
  const [[a, b], [c, d]] = table;
  const sizes = [a + b, c + d];
  const firstTotal = a + c;
  const observed = logTableProbability([a, c], sizes);
  let p = 0;
  for (let k = Math.max(0, firstTotal - sizes[1]!); k <= Math.min(sizes[0]!, firstTotal); k++) {
    const log = logTableProbability([k, firstTotal - k], sizes);
    if (log <= observed + Math.log(RELATIVE_TOLERANCE)) p += Math.exp(log);
  }
  return Math.min(1, p);
}

/**
 * Monte-Carlo exact test of an r × 2 table (`first[i]` of `sizes[i]` in row i): tables drawn at random
 * with the observed margins (every arrangement of the items equally likely, as under independence);
 * p = (1 + tables no more probable than the observed) / (1 + draws), as Hope (1968) and R give it.
 */
export function monteCarloExact(
  first: readonly number[],
  sizes: readonly number[],
  draws = 20_000,
  seed = 1,
): number {
  const total = sizes.reduce((a, b) => a + b, 0);
  const firstTotal = first.reduce((a, b) => a + b, 0);
  // The constant term -log C(total, firstTotal) is the same for every table: compare without it.
  const observed = logTableProbability(first, sizes) + logChoose(total, firstTotal);
  const threshold = observed + Math.log(RELATIVE_TOLERANCE);
  const tables = logChooseTables(sizes);
  const drawn = Math.min(firstTotal, total - firstTotal);
  const flip = drawn !== firstTotal;
  const rowOf: number[] = [];
  sizes.forEach((size, row) => {
    for (let i = 0; i < size; i++) rowOf.push(row);
  });
  const next = seededRandom(seed);
  const counts = new Array<number>(sizes.length).fill(0);
  let extreme = 0;
  for (let draw = 0; draw < draws; draw++) {
    counts.fill(0);
    // A partial Fisher–Yates shuffle: the first items drawn are the smaller column.
    for (let i = 0; i < drawn; i++) {
      const j = i + Math.floor(next() * (total - i));
      const swap = rowOf[i]!;
      rowOf[i] = rowOf[j]!;
      rowOf[j] = swap;
      counts[rowOf[i]!]!++;
    }
    let log = 0;
    for (let row = 0; row < counts.length; row++)
      log += tables[row]![flip ? sizes[row]! - counts[row]! : counts[row]!]!;
    if (log <= threshold) extreme++;
  }
  return (1 + extreme) / (1 + draws);
}

export interface GroupTest {
  /** Which test gave `p`. */
  method: 'chi-square' | 'fisher' | 'monte-carlo';
  /** Pearson's statistic and degrees of freedom, always given (with the smallest expected count). */
  chiSquare: number;
  df: number;
  minExpected: number;
  p: number;
  /** Groups compared (rows of the table). */
  groups: number;
  /** Random tables drawn, for the Monte-Carlo test. */
  draws?: number;
}

/**
 * Whether groups differ in how often something happens: `present[i]` of `sizes[i]` in group i.
 * Chi-square when every expected count is at least 5, else Fisher's exact test (two groups) or its
 * Monte-Carlo version (more groups). Undefined when there is nothing to test: fewer than two groups,
 * or it happens everywhere or nowhere.
 */
export function groupsDiffer(present: readonly number[], sizes: readonly number[]): GroupTest | undefined {
  const keep = sizes.map((_, i) => i).filter((i) => sizes[i]! > 0);
  const yes = keep.map((i) => present[i]!);
  const n = keep.map((i) => sizes[i]!);
  const yesTotal = yes.reduce((a, b) => a + b, 0);
  const total = n.reduce((a, b) => a + b, 0);
  if (keep.length < 2 || yesTotal === 0 || yesTotal === total) return undefined;
  const table = yes.map((k, i) => [k, n[i]! - k]);
  const chi = chiSquareTest(table);
  const base = { chiSquare: chi.statistic, df: chi.df, minExpected: chi.minExpected, groups: keep.length };
  if (chi.minExpected >= 5) return { ...base, method: 'chi-square', p: chi.p };
  if (keep.length === 2)
    return {
      ...base,
      method: 'fisher',
      p: fisherExact2x2([
        [yes[0]!, n[0]! - yes[0]!],
        [yes[1]!, n[1]! - yes[1]!],
      ]),
    };
  // Each draw shuffles the smaller column's items: fewer draws for large tables keep a test under
  // about 50 ms (10,000 draws or more give p to about ±0.005 near 0.05).
  const smaller = Math.min(yesTotal, total - yesTotal);
  const draws = Math.max(10_000, Math.min(20_000, Math.floor(4_000_000 / Math.max(1, smaller))));
  return { ...base, method: 'monte-carlo', p: monteCarloExact(yes, n, draws), draws };
}
