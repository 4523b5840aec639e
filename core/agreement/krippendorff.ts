import type { PreparedData, Value } from './reliability.ts';

// Krippendorff's alpha by way of the coincidence matrix, as in Krippendorff, K. (2011). Computing
// Krippendorff's Alpha-Reliability. Annenberg School for Communication, University of
// Pennsylvania (https://repository.upenn.edu/asc_papers/43): any number of coders, missing
// values allowed, nominal, ordinal and interval metrics. α = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.

export type Metric = 'nominal' | 'ordinal' | 'interval';

/**
 * Each pattern's share of the coincidence matrix: the pairs of values it holds, each pair
 * weighted 1/(m − 1) for a unit with m values. Kept sparse, as [c, k, weight] triples.
 */
export function coincidenceParts(data: PreparedData): Float64Array[] {
  return data.patterns.map((pattern) => {
    const perCategory = new Map<number, number>();
    let m = 0;
    for (const category of pattern) {
      if (category < 0) continue;
      perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
      m++;
    }
    const parts: number[] = [];
    for (const [c, nc] of perCategory)
      for (const [k, nk] of perCategory) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs > 0) parts.push(c, k, pairs / (m - 1));
      }
    return Float64Array.from(parts);
  });
}

/** The coincidence matrix (K × K, row-major) of patterns weighted by how many units show each. */
export function coincidenceMatrix(
  categories: number,
  parts: readonly Float64Array[],
  weights: ArrayLike<number>,
): Float64Array {
  const matrix = new Float64Array(categories * categories);
  parts.forEach((part, pattern) => {
    const weight = weights[pattern]!;
    if (weight === 0) return;
    for (let i = 0; i < part.length; i += 3)
      matrix[part[i]! * categories + part[i + 1]!]! += weight * part[i + 2]!;
  });
  return matrix;
}

/** α from a coincidence matrix; null when the values do not vary, where α is undefined. */
export function alphaOf(matrix: Float64Array, categories: readonly Value[], metric: Metric): number | null {
  const k = categories.length;
  const marginals = new Float64Array(k);
  let n = 0;
  for (let c = 0; c < k; c++)
    for (let d = 0; d < k; d++) {
      marginals[c]! += matrix[c * k + d]!;
      n += matrix[c * k + d]!;
    }
  if (n <= 1) return null;
  const delta = distance(categories, marginals, metric);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++)
    for (let d = 0; d < k; d++) {
      const squared = delta(c, d);
      if (squared === 0) continue;
      observed += matrix[c * k + d]! * squared;
      expected += marginals[c]! * marginals[d]! * squared;
    }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

function distance(
  categories: readonly Value[],
  marginals: Float64Array,
  metric: Metric,
): (c: number, d: number) => number {
  if (metric === 'nominal') return (c, d) => (c === d ? 0 : 1);
  const numbers = categories.map((value) => {
    if (typeof value !== 'number')
      throw new Error(`The ${metric} metric needs numbers; "${value}" is not one.`);
    return value;
  });
  if (metric === 'interval') return (c, d) => (numbers[c]! - numbers[d]!) ** 2;
  // Ordinal: the values ranked, each distance the marginal mass between two ranks.
  const cumulative = new Float64Array(marginals.length + 1);
  marginals.forEach((value, i) => (cumulative[i + 1] = cumulative[i]! + value));
  return (c, d) => {
    if (c === d) return 0;
    const [low, high] = c < d ? [c, d] : [d, c];
    const between = cumulative[high + 1]! - cumulative[low]! - (marginals[low]! + marginals[high]!) / 2;
    return between ** 2;
  };
}
