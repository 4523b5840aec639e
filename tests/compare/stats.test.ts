import { describe, expect, it } from 'vitest';
import {
  chiSquareP,
  chiSquareTest,
  fisherExact2x2,
  groupsDiffer,
  monteCarloExact,
  wilsonInterval,
} from '../../core/compare/stats.ts';

// Checked against published worked examples, so a slip in a formula shows as a wrong figure.

describe('Wilson score interval', () => {
  // Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of
  // seven methods. Statistics in Medicine 17, 857–872, Table II, method 3 (score method).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i gives %f to %f', (k, n, low, high) => {
    const [lo, hi] = wilsonInterval(k, n);
    expect(lo).toBeCloseTo(low, 4);
    expect(hi).toBeCloseTo(high, 4);
  });

  it('says nothing is known of an empty group', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });
});

describe('chi-square', () => {
  it('gives the textbook critical values', () => {
    // 95th percentiles of the chi-square distribution (any statistical table).
    expect(chiSquareP(3.8415, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareP(5.9915, 2)).toBeCloseTo(0.05, 4);
    expect(chiSquareP(11.0705, 5)).toBeCloseTo(0.05, 4);
    expect(chiSquareP(6.6349, 1)).toBeCloseTo(0.01, 4);
  });

  it('reproduces Agresti’s party identification by gender example', () => {
    // Agresti, A. (2007). An Introduction to Categorical Data Analysis, 2nd ed., Table 2.5 and
    // section 2.4.3: X² = 30.1 with df = 2, P < 0.001.
    const result = chiSquareTest([
      [762, 327, 468],
      [484, 239, 477],
    ]);
    expect(result.statistic).toBeCloseTo(30.07, 2);
    expect(result.df).toBe(2);
    expect(result.p).toBeLessThan(0.001);
    expect(result.p).toBeGreaterThan(1e-7);
  });
});

describe('Fisher’s exact test', () => {
  it('reproduces the tea-tasting experiment', () => {
    // Fisher (1935), as worked in Agresti (2007), Table 2.8 and section 2.6.2: two-sided P = 0.486.
    expect(
      fisherExact2x2([
        [3, 1],
        [1, 3],
      ]),
    ).toBeCloseTo(0.4857, 4);
  });

  it('finds a clear difference in small groups that chi-square must not be trusted with', () => {
    // All 6 of one group against 0 of 6: P = 2 / C(12, 6) = 0.00216.
    expect(
      fisherExact2x2([
        [6, 0],
        [0, 6],
      ]),
    ).toBeCloseTo(2 / 924, 6);
  });
});

/** The exact Freeman–Halton p-value of an r × 2 table, by listing every table with its margins. */
function bruteForce(first: number[], sizes: number[]): number {
  const choose = (n: number, k: number): number =>
    k < 0 || k > n ? 0 : k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k;
  const total = sizes.reduce((a, b) => a + b, 0);
  const yes = first.reduce((a, b) => a + b, 0);
  const probability = (table: number[]) =>
    table.reduce((p, k, i) => p * choose(sizes[i]!, k), 1) / choose(total, yes);
  const observed = probability(first);
  let p = 0;
  const walk = (row: number, left: number, table: number[]) => {
    if (row === sizes.length) {
      if (left === 0 && probability(table) <= observed * (1 + 1e-7)) p += probability(table);
      return;
    }
    for (let k = 0; k <= Math.min(sizes[row]!, left); k++) walk(row + 1, left - k, [...table, k]);
  };
  walk(0, yes, []);
  return p;
}

describe('Monte-Carlo exact test', () => {
  it('agrees with the exact p-value of a small three-outlet table', () => {
    const exact = bruteForce([3, 0, 1], [3, 3, 3]);
    expect(monteCarloExact([3, 0, 1], [3, 3, 3])).toBeCloseTo(exact, 2);
  });

  it('agrees with Fisher’s exact test on a 2 × 2 table', () => {
    expect(monteCarloExact([3, 1], [4, 4])).toBeCloseTo(0.4857, 2);
  });

  it('gives the same answer every time', () => {
    expect(monteCarloExact([5, 1, 0, 2], [6, 4, 3, 5])).toBe(monteCarloExact([5, 1, 0, 2], [6, 4, 3, 5]));
  });
});

describe('whether outlets differ', () => {
  it('uses chi-square when every expected count is at least 5', () => {
    const test = groupsDiffer([40, 10], [50, 50])!;
    expect(test.method).toBe('chi-square');
    expect(test.p).toBeLessThan(0.001);
  });

  it('falls back to Fisher for two small outlets and to simulation for more', () => {
    expect(groupsDiffer([3, 1], [4, 4])!.method).toBe('fisher');
    const three = groupsDiffer([3, 0, 1], [3, 3, 3])!;
    expect(three.method).toBe('monte-carlo');
    expect(three.p).toBeGreaterThan(0.05);
  });

  it('has nothing to test when every article or none uses the frame', () => {
    expect(groupsDiffer([3, 4], [3, 4])).toBeUndefined();
    expect(groupsDiffer([0, 0], [3, 4])).toBeUndefined();
    expect(groupsDiffer([2], [3])).toBeUndefined();
  });
});
