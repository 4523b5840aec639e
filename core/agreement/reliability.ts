// Reliability data as Krippendorff lays it out: one row per unit, one column per coder, a value
// or null (missing) in each cell. Rows are reduced once to their distinct patterns with counts,
// so that every statistic, and each bootstrap resample, is a weighted sum over a few patterns
// rather than a pass over every unit.

export type Value = string | number;
/** One row per unit, one entry per coder; null where the coder gave the unit no value. */
export type ReliabilityData = readonly (readonly (Value | null)[])[];

export interface PreparedData {
  /** The distinct values, in order (numbers ascending, then strings). */
  categories: Value[];
  coders: number;
  /** Distinct rows of pairable units (two values or more), as category indices, -1 for missing. */
  patterns: Int32Array[];
  /** How many units show each pattern. */
  counts: Float64Array;
  /** The pattern of each pairable unit, for resampling units. */
  unitPattern: Int32Array;
  /** Coders who gave at least one pairable value. */
  activeCoders: number;
  pairableValues: number;
}

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Units with fewer than two values are left out: they cannot show agreement or its lack. */
export function prepare(data: ReliabilityData): PreparedData {
  const coders = data.reduce((most, row) => Math.max(most, row.length), 0);
  const seen = new Set<Value>();
  for (const row of data) for (const value of row) if (value !== null) seen.add(value);
  const categories = [...seen].sort(compareValues);
  const index = new Map(categories.map((value, i) => [value, i]));

  const patternIndex = new Map<string, number>();
  const patterns: Int32Array[] = [];
  const counts: number[] = [];
  const unitPattern: number[] = [];
  const active = new Set<number>();
  let pairableValues = 0;
  for (const row of data) {
    let values = 0;
    for (const value of row) if (value !== null) values++;
    if (values < 2) continue;
    pairableValues += values;
    const pattern = new Int32Array(coders).fill(-1);
    row.forEach((value, coder) => {
      if (value === null) return;
      pattern[coder] = index.get(value)!;
      active.add(coder);
    });
    const key = pattern.join(',');
    let at = patternIndex.get(key);
    if (at === undefined) {
      at = patterns.length;
      patternIndex.set(key, at);
      patterns.push(pattern);
      counts.push(0);
    }
    counts[at]!++;
    unitPattern.push(at);
  }
  return {
    categories,
    coders,
    patterns,
    counts: Float64Array.from(counts),
    unitPattern: Int32Array.from(unitPattern),
    activeCoders: active.size,
    pairableValues,
  };
}
