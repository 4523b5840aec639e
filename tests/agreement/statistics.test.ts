import { describe, expect, it } from 'vitest';
import { agreementFigures } from '../../core/agreement/statistics.ts';
import { kappaOf } from '../../core/agreement/kappa.ts';
import { binomial, multinomial } from '../../core/agreement/random.ts';
import { seededRandom } from '../../nlp/random.ts';
import type { ReliabilityData, Value } from '../../core/agreement/reliability.ts';

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication Departmental Papers 43, University of Pennsylvania. Section C, "Nominal data,
// any number of observers, missing data": 4 observers × 12 units; α = 0.743 (nominal) and, in
// section E for the same data, α = 0.849 (interval). Rows here are units, columns coders A–D.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
const KRIPPENDORFF_2011: ReliabilityData = A.map((_, unit) => [A[unit]!, B[unit]!, C[unit]!, D[unit]!]);

// Same paper, section A, "Binary or dichotomous data, two observers, no missing data": α = 0.095.
const BINARY_A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
const BINARY_B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];

// SAS Institute, SAS/STAT User's Guide, The FREQ Procedure, "Getting Started: Agreement Study",
// Table "Skin Condition Data": two dermatologists rate 88 patients terrible, poor, marginal or
// clear; the procedure reports a simple kappa of 0.3449.
const SKIN = ['terrible', 'poor', 'marginal', 'clear'];
const SKIN_TABLE = [10, 4, 1, 0, 5, 10, 12, 2, 2, 4, 12, 5, 0, 2, 6, 13];

const round3 = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

describe("Krippendorff's alpha on the published worked examples", () => {
  it('gives 0.743 nominal and 0.849 interval on 4 coders × 12 units with missing values', () => {
    const nominal = agreementFigures(KRIPPENDORFF_2011, { resamples: 0 });
    expect(round3(nominal.alpha)).toBe(0.743);
    // Unit 12 has one value only and cannot be paired; the paper counts 40 pairable values.
    expect(nominal.units).toBe(11);
    expect(nominal.values).toBe(40);
    expect(nominal.coders).toBe(4);
    expect(nominal.kappa).toBeNull(); // kappa is for two coders
    const interval = agreementFigures(KRIPPENDORFF_2011, { metric: 'interval', resamples: 0 });
    expect(round3(interval.alpha)).toBe(0.849);
  });

  it('gives 0.095 on the binary two-coder example', () => {
    const data = BINARY_A.map((value, unit) => [value, BINARY_B[unit]!]);
    expect(round3(agreementFigures(data, { resamples: 0 }).alpha)).toBe(0.095);
  });

  it('computes the ordinal metric as the pairwise definition of alpha does', () => {
    const ordinal = agreementFigures(KRIPPENDORFF_2011, { metric: 'ordinal', resamples: 0 });
    expect(ordinal.alpha).toBeCloseTo(pairwiseOrdinalAlpha(KRIPPENDORFF_2011), 10);
    // Ranks, not distances, matter: stretching the top value leaves ordinal alpha alone.
    const stretched = KRIPPENDORFF_2011.map((row) => row.map((v) => (v === 5 ? 50 : v)));
    expect(agreementFigures(stretched, { metric: 'ordinal', resamples: 0 }).alpha).toBeCloseTo(
      ordinal.alpha!,
      12,
    );
    expect(agreementFigures(stretched, { metric: 'interval', resamples: 0 }).alpha).not.toBeCloseTo(
      agreementFigures(KRIPPENDORFF_2011, { metric: 'interval', resamples: 0 }).alpha!,
      3,
    );
  });

  it('is 1 when coders agree on everything and undefined when no value varies', () => {
    expect(
      agreementFigures(
        [
          [1, 1],
          [2, 2],
          [1, 1],
        ],
        { resamples: 0 },
      ).alpha,
    ).toBe(1);
    const flat = agreementFigures(
      [
        [0, 0],
        [0, 0],
      ],
      { resamples: 0 },
    );
    expect(flat.alpha).toBeNull();
    expect(flat.percent).toBe(1);
  });
});

describe("Cohen's kappa and percent agreement", () => {
  it('gives 0.3449 on the SAS skin condition data, from the table and from the 88 units', () => {
    expect(kappaOf(SKIN_TABLE, 4)).toBeCloseTo(0.3449, 4);
    const units: Value[][] = [];
    SKIN_TABLE.forEach((count, cell) => {
      for (let i = 0; i < count; i++) units.push([SKIN[Math.floor(cell / 4)]!, SKIN[cell % 4]!]);
    });
    const figures = agreementFigures(units, { resamples: 0 });
    expect(figures.kappa).toBeCloseTo(0.3449, 4);
    expect(figures.percent).toBeCloseTo(45 / 88, 10);
    expect(figures.units).toBe(88);
  });

  it('leaves units one coder did not code out of kappa and percent', () => {
    const figures = agreementFigures(
      [
        ['a', 'a'],
        ['b', 'b'],
        ['a', 'b'],
        ['a', null],
        [null, 'b'],
      ],
      { resamples: 0 },
    );
    expect(figures.units).toBe(3);
    expect(figures.percent).toBeCloseTo(2 / 3, 10);
  });
});

describe('bootstrap intervals', () => {
  it('repeat for the same seed, differ for another, and hold the point estimate', () => {
    const first = agreementFigures(KRIPPENDORFF_2011, { resamples: 500, seed: 7 });
    const again = agreementFigures(KRIPPENDORFF_2011, { resamples: 500, seed: 7 });
    const other = agreementFigures(KRIPPENDORFF_2011, { resamples: 500, seed: 8 });
    expect(again.alphaInterval).toEqual(first.alphaInterval);
    expect(other.alphaInterval).not.toEqual(first.alphaInterval);
    const [low, high] = first.alphaInterval!;
    expect(low).toBeLessThan(first.alpha!);
    expect(high).toBeGreaterThanOrEqual(first.alpha!);
    expect(high).toBeLessThanOrEqual(1);
    expect(first.percentInterval![0]).toBeLessThan(first.percent!);
  });

  it('narrows as the same agreement is seen on more units', () => {
    const few = BINARY_A.map((value, unit) => [value, BINARY_B[unit]!]);
    const many = Array.from({ length: 20 }, () => few).flat();
    const width = (data: ReliabilityData) => {
      const [low, high] = agreementFigures(data, { resamples: 400 }).alphaInterval!;
      return high - low;
    };
    expect(width(many)).toBeLessThan(width(few) / 2);
  });
});

describe('resampling large data by pattern', () => {
  it('draws multinomial counts that add up and follow the shares, exactly and approximately', () => {
    const random = seededRandom(11);
    const counts = [5, 60_000, 3, 39_932];
    const into = new Float64Array(4);
    const sums = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) {
      multinomial(counts, 100_000, random, into);
      expect(into.reduce((a, b) => a + b, 0)).toBe(100_000);
      into.forEach((value, k) => (sums[k]! += value / 400));
    }
    counts.forEach((count, k) => expect(Math.abs(sums[k]! - count)).toBeLessThan(Math.max(2, count * 0.01)));
    let small = 0;
    for (let i = 0; i < 4000; i++) small += binomial(20, 0.1, random);
    expect(small / 4000).toBeCloseTo(2, 1);
  });

  it('gives the interval the unit-by-unit bootstrap gives, on data past the switch', () => {
    const base = BINARY_A.map((value, unit) => [value, BINARY_B[unit]!]);
    const many = Array.from({ length: 1000 }, () => base).flat(); // 10,000 units
    const figures = agreementFigures(many, { resamples: 300 });
    // Alpha's standard error here is about 0.010: the unit-by-unit bootstrap of 4,000 such units, scaled.
    const [low, high] = figures.alphaInterval!;
    expect(low).toBeGreaterThan(figures.alpha! - 0.03);
    expect(low).toBeLessThan(figures.alpha! - 0.01);
    expect(high).toBeGreaterThan(figures.alpha! + 0.01);
    expect(high).toBeLessThan(figures.alpha! + 0.03);
  });
});

/** Alpha from its pairwise definition, with the ordinal distance of Krippendorff (2011, section D). */
function pairwiseOrdinalAlpha(data: ReliabilityData): number {
  const units = data.map((row) => row.filter((v): v is number => v !== null)).filter((row) => row.length > 1);
  const all = units.flat();
  const n = all.length;
  const ranks = [...new Set(all)].sort((a, b) => a - b);
  const count = (v: number) => all.filter((x) => x === v).length;
  const delta = (a: number, b: number) => {
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    const between = ranks.filter((g) => g >= lo && g <= hi).reduce((sum, g) => sum + count(g), 0);
    return (between - (count(lo) + count(hi)) / 2) ** 2;
  };
  let observed = 0;
  for (const row of units)
    for (let i = 0; i < row.length; i++)
      for (let j = 0; j < row.length; j++)
        if (i !== j) observed += delta(row[i]!, row[j]!) / (row.length - 1);
  let expected = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) expected += delta(all[i]!, all[j]!);
  return 1 - observed / n / (expected / (n * (n - 1)));
}
