import { alphaOf, coincidenceMatrix, coincidenceParts, type Metric } from './krippendorff.ts';
import { kappaOf } from './kappa.ts';
import { multinomial } from './random.ts';
import { seededRandom } from '../../nlp/random.ts';
import { prepare, type PreparedData, type ReliabilityData } from './reliability.ts';

export type Interval = [number, number];

/** What a scholar reports for one variable (a code, a frame, a quote's speaker). */
export interface AgreementFigures {
  /** Krippendorff's alpha; null when the values do not vary (undefined). */
  alpha: number | null;
  alphaInterval: Interval | null;
  /** Cohen's kappa, with exactly two coders only. */
  kappa: number | null;
  kappaInterval: Interval | null;
  /** Share of pairs of values within a unit that agree (two coders: share of units they agree on). */
  percent: number | null;
  percentInterval: Interval | null;
  /** Units that two coders or more gave a value. */
  units: number;
  /** Coders with a value in one of those units. */
  coders: number;
  /** Values in those units. */
  values: number;
  metric: Metric;
}

export interface AgreementOptions {
  metric?: Metric;
  /** Bootstrap resamples of the units (default 1000; 0 for no intervals). */
  resamples?: number;
  /** The seed of the resampling, so that the intervals repeat (default 1). */
  seed?: number;
}

export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_SEED = 1;
const UNITS_DRAWN_ONE_BY_ONE = 5000;

/**
 * Alpha, kappa (two coders) and percent agreement of reliability data, with 95% percentile
 * intervals from a bootstrap over units: units are drawn with replacement, as many as there are,
 * and every statistic is computed again on each draw (Zapf et al. 2016, BMC Medical Research
 * Methodology 16:93, recommend this for alpha). Krippendorff's own bootstrap (Hayes &
 * Krippendorff 2007) resamples pairs of values instead; ours keeps each unit's values together.
 */
export function agreementFigures(data: ReliabilityData, options: AgreementOptions = {}): AgreementFigures {
  const metric = options.metric ?? 'nominal';
  const prepared = prepare(data);
  const stats = statisticsOf(prepared, metric);
  const point = stats(prepared.counts);
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const intervals =
    resamples > 0 && prepared.unitPattern.length > 0
      ? bootstrap(prepared, stats, resamples, options.seed ?? DEFAULT_SEED)
      : { alpha: null, kappa: null, percent: null };
  return {
    alpha: point.alpha,
    alphaInterval: point.alpha === null ? null : intervals.alpha,
    kappa: point.kappa,
    kappaInterval: point.kappa === null ? null : intervals.kappa,
    percent: point.percent,
    percentInterval: point.percent === null ? null : intervals.percent,
    units: prepared.unitPattern.length,
    coders: prepared.activeCoders,
    values: prepared.pairableValues,
    metric,
  };
}

interface Point {
  alpha: number | null;
  kappa: number | null;
  percent: number | null;
}

/** The three statistics as functions of how many units show each pattern. */
function statisticsOf(data: PreparedData, metric: Metric): (weights: Float64Array) => Point {
  const k = data.categories.length;
  const parts = coincidenceParts(data);
  const pairs = data.patterns.map((pattern) => pairCounts(pattern));
  const twoCoders = data.coders === 2;
  return (weights) => {
    const alpha = alphaOf(coincidenceMatrix(k, parts, weights), data.categories, metric);
    let agreeing = 0;
    let all = 0;
    const table = twoCoders ? new Float64Array(k * k) : null;
    data.patterns.forEach((pattern, p) => {
      const weight = weights[p]!;
      if (weight === 0) return;
      agreeing += weight * pairs[p]!.agreeing;
      all += weight * pairs[p]!.all;
      if (table && pattern[0]! >= 0 && pattern[1]! >= 0) table[pattern[0]! * k + pattern[1]!]! += weight;
    });
    return {
      alpha,
      kappa: table ? kappaOf(table, k) : null,
      percent: all > 0 ? agreeing / all : null,
    };
  };
}

function pairCounts(pattern: Int32Array): { agreeing: number; all: number } {
  const perCategory = new Map<number, number>();
  let m = 0;
  for (const category of pattern) {
    if (category < 0) continue;
    perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
    m++;
  }
  let agreeing = 0;
  for (const n of perCategory.values()) agreeing += n * (n - 1);
  return { agreeing, all: m * (m - 1) };
}

function bootstrap(
  data: PreparedData,
  stats: (weights: Float64Array) => Point,
  resamples: number,
  seed: number,
): { alpha: Interval | null; kappa: Interval | null; percent: Interval | null } {
  const random = seededRandom(seed);
  const units = data.unitPattern.length;
  const weights = new Float64Array(data.patterns.length);
  const drawn = { alpha: [] as number[], kappa: [] as number[], percent: [] as number[] };
  // Drawing units one by one costs a draw per unit; past a few thousand units, drawing how many
  // fall on each distinct pattern (a multinomial) gives the same resample at a fraction of it.
  const byPattern = units > UNITS_DRAWN_ONE_BY_ONE;
  for (let r = 0; r < resamples; r++) {
    if (byPattern) multinomial(data.counts, units, random, weights);
    else {
      weights.fill(0);
      for (let u = 0; u < units; u++) weights[data.unitPattern[Math.floor(random() * units)]!]!++;
    }
    const point = stats(weights);
    if (point.alpha !== null) drawn.alpha.push(point.alpha);
    if (point.kappa !== null) drawn.kappa.push(point.kappa);
    if (point.percent !== null) drawn.percent.push(point.percent);
  }
  const interval = (values: number[]): Interval | null => {
    // Draws where a statistic is undefined (no variation) leave it out; too few left, no interval.
    if (values.length < resamples / 2) return null;
    values.sort((a, b) => a - b);
    return [quantile(values, 0.025), quantile(values, 0.975)];
  };
  return { alpha: interval(drawn.alpha), kappa: interval(drawn.kappa), percent: interval(drawn.percent) };
}

/** The q-quantile of sorted values, interpolating between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}
