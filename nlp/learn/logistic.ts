import { seededRandom, shuffled } from './random.ts';

// A per-project frame classifier (issue 9): L2-regularised logistic regression over sparse binary
// features, trained by stochastic gradient descent in a seeded order. Each article's features are
// scaled to unit length, so a long article does not outvote a short one, and the two classes are
// weighted to count equally, because a coder's positive decisions are usually far fewer than the
// negative ones (or the other way round).

export interface Example {
  features: readonly string[];
  label: boolean;
}

export interface TrainOptions {
  /** Passes over the examples. */
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
  weights: ReadonlyMap<string, number>;
  bias: number;
}

export const TRAIN_DEFAULTS = { epochs: 30, learningRate: 0.5, l2: 1e-4, seed: 1 };

const FEW_EXAMPLES = 200;

export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): LogisticModel {
  const { epochs, learningRate, l2, seed } = { ...TRAIN_DEFAULTS, ...options };
  const minCount = options.minCount ?? (examples.length < FEW_EXAMPLES ? 1 : 2);
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= minCount) index.set(feature, index.size);
  const rows = examples.map((example) => {
    const columns = Int32Array.from(
      example.features.map((feature) => index.get(feature) ?? -1).filter((column) => column >= 0),
    );
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
  const weights = new Float64Array(index.size);
  let bias = 0;
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch / 10);
    for (const row of shuffled(rows, random)) {
      let z = bias;
      for (const column of row.columns) z += weights[column]! * row.scale;
      const gradient = (sigmoid(z) - row.y) * classWeight[row.y]!;
      bias -= rate * gradient;
      for (const column of row.columns)
        weights[column]! -= rate * (gradient * row.scale + l2 * weights[column]!);
    }
  }
  const learned = new Map<string, number>();
  for (const [feature, column] of index) if (weights[column] !== 0) learned.set(feature, weights[column]!);
  return { weights: learned, bias };
}

/** How likely the model finds that an article with these features has the frame (0–1). */
export function probability(model: LogisticModel, features: readonly string[]): number {
  let sum = 0;
  let known = 0;
  for (const feature of features) {
    const weight = model.weights.get(feature);
    if (weight !== undefined) {
      sum += weight;
      known++;
    }
  }
  return sigmoid(model.bias + (known > 0 ? sum / Math.sqrt(known) : 0));
}

/** The features that speak most for the frame, strongest first: what the model has learned, for people. */
export function strongestFeatures(
  model: LogisticModel,
  count: number,
): { feature: string; weight: number }[] {
  return [...model.weights]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([feature, weight]) => ({ feature, weight }));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
