import { probability, trainLogistic, type Example, type TrainOptions } from './logistic.ts';
import { seededRandom, shuffled } from '../random.ts';

export interface CrossValidation {
  /** Folds actually used: fewer than asked when a class has fewer examples than folds. */
  folds: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** Of the articles the model calls positive, the share the coder calls positive; null when it calls none. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** At or above this probability the model says the frame is there. */
export const THRESHOLD = 0.5;

/**
 * Stratified k-fold cross-validation: every example is predicted once by a model that never saw it,
 * and each fold holds its share of both classes. The folds and training order follow `seed`, so the
 * same decisions and seed give the same figures.
 */
export function crossValidate(
  examples: readonly Example[],
  options: TrainOptions & { folds?: number } = {},
): CrossValidation {
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const positives = shuffled(
    examples.filter((example) => example.label),
    random,
  );
  const negatives = shuffled(
    examples.filter((example) => !example.label),
    random,
  );
  const folds = Math.max(2, Math.min(options.folds ?? 5, positives.length, negatives.length));
  const foldOf = new Map<Example, number>();
  positives.forEach((example, i) => foldOf.set(example, i % folds));
  negatives.forEach((example, i) => foldOf.set(example, i % folds));
  const counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
  for (let fold = 0; fold < folds; fold++) {
    const training = examples.filter((example) => foldOf.get(example) !== fold);
    const testing = examples.filter((example) => foldOf.get(example) === fold);
    if (testing.length === 0) continue;
    const model = trainLogistic(training, { ...options, seed: seed + fold });
    for (const example of testing) {
      const said = probability(model, example.columns) >= THRESHOLD;
      if (said && example.label) counts.truePositives++;
      else if (said) counts.falsePositives++;
      else if (example.label) counts.falseNegatives++;
      else counts.trueNegatives++;
    }
  }
  const said = counts.truePositives + counts.falsePositives;
  const actual = counts.truePositives + counts.falseNegatives;
  const precision = said > 0 ? counts.truePositives / said : null;
  const recall = actual > 0 ? counts.truePositives / actual : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return { folds, ...counts, precision, recall, f1 };
}
