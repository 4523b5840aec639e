import { seededRandom, shuffled } from '../random.ts';

// A per-project frame classifier (issue 9): L2-regularised logistic regression over sparse binary
// features, trained by stochastic gradient descent in a seeded order. Each article's features are
// scaled to unit length, so a long article does not outvote a short one, and the two classes are
// weighted to count equally, because a coder's positive decisions are usually far fewer than the
// negative ones (or the other way round).

export interface Example {
  /** The article's distinct feature columns (see FeatureSpace). */
  columns: Int32Array;
  label: boolean;
}

export interface TrainOptions {
  /**
   * Passes over the examples; by default 10, or more for a small set so that the model makes about
   * 3,000 updates (a coder's first few dozen decisions would otherwise leave it half trained).
   */
  epochs?: number;
  learningRate?: number;
  /** Weight decay per update; keeps rare words from deciding alone. */
  l2?: number;
  /**
   * A feature must occur in this many training examples to be learned (noise and memory); by default
   * 1 for a few hundred examples, where every word counts, and 2 from 200 on.
   */
  minCount?: number;
  seed?: number;
}

export interface LogisticModel {
  /** Per column; 0 for a column the model did not learn. */
  weights: Float64Array;
  /** 1 for the columns the model learned (they count in an article's length). */
  known: Uint8Array;
  bias: number;
}

export const TRAIN_DEFAULTS = { learningRate: 0.5, l2: 1e-4, seed: 1 };

const UPDATES = 3_000;

const FEW_EXAMPLES = 200;

export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): LogisticModel {
  const { learningRate, l2, seed } = { ...TRAIN_DEFAULTS, ...options };
  const epochs =
    options.epochs ?? Math.min(100, Math.max(10, Math.ceil(UPDATES / Math.max(1, examples.length))));
  const minCount = options.minCount ?? (examples.length < FEW_EXAMPLES ? 1 : 2);
  let size = 0;
  for (const example of examples) for (const column of example.columns) if (column >= size) size = column + 1;
  const counts = new Uint32Array(size);
  for (const example of examples) for (const column of example.columns) counts[column]!++;
  const known = new Uint8Array(size);
  for (let column = 0; column < size; column++) known[column] = counts[column]! >= minCount ? 1 : 0;
  const rows = examples.map((example) => {
    const columns = example.columns.filter((column) => known[column] === 1);
    return {
      columns,
      scale: columns.length > 0 ? 1 / Math.sqrt(columns.length) : 0,
      y: example.label ? 1 : 0,
    };
  });
  const positives = rows.filter((row) => row.y === 1).length;
  const negatives = rows.length - positives;
  const classWeight = [
    negatives > 0 ? rows.length / (2 * negatives) : 0,
    positives > 0 ? rows.length / (2 * positives) : 0,
  ];
  const weights = new Float64Array(size);
  let bias = 0;
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch / 10);
    for (const row of shuffled(rows, random)) {
      const { columns, scale } = row;
      let z = bias;
      for (let i = 0; i < columns.length; i++) z += weights[columns[i]!]! * scale;
      const gradient = (sigmoid(z) - row.y) * classWeight[row.y]!;
      bias -= rate * gradient;
      const step = rate * gradient * scale;
      const decay = 1 - rate * l2;
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i]!;
        weights[column] = weights[column]! * decay - step;
      }
    }
  }
  return { weights, known, bias };
}

/** How likely the model finds that an article with these feature columns has the frame (0–1). */
export function probability(model: LogisticModel, columns: Int32Array): number {
  let sum = 0;
  let count = 0;
  for (const column of columns) {
    if (model.known[column] === 1) {
      sum += model.weights[column]!;
      count++;
    }
  }
  return sigmoid(model.bias + (count > 0 ? sum / Math.sqrt(count) : 0));
}

/** The features that speak most for the frame, strongest first: what the model has learned, for people. */
export function strongestFeatures(
  model: LogisticModel,
  names: readonly string[],
  count: number,
): { feature: string; weight: number }[] {
  const columns: number[] = [];
  model.weights.forEach((weight, column) => {
    if (weight > 0 && model.known[column] === 1) columns.push(column);
  });
  return columns
    .sort((a, b) => model.weights[b]! - model.weights[a]! || a - b)
    .slice(0, count)
    .map((column) => ({ feature: names[column] ?? String(column), weight: model.weights[column]! }));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
