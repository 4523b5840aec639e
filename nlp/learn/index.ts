export { textFeatures, words } from './features.ts';
export { FeatureSpace } from './space.ts';
export {
  trainLogistic,
  probability,
  strongestFeatures,
  TRAIN_DEFAULTS,
  type Example,
  type LogisticModel,
  type TrainOptions,
} from './logistic.ts';
export { crossValidate, THRESHOLD, type CrossValidation } from './cross-validate.ts';
