import { describe, expect, it } from 'vitest';
import {
  crossValidate,
  FeatureSpace,
  probability,
  strongestFeatures,
  textFeatures,
  trainLogistic,
  type Example,
} from '../../nlp/learn/index.ts';

// Sentences of our own: the economic consequences of a policy against its health consequences.
const ECONOMIC = [
  'The new tariff will cost farmers millions of dollars in lost exports this year.',
  'Economists warn the budget deficit could push interest rates higher.',
  'Small businesses say the tax increase will force them to cut jobs.',
  'The factory closure means hundreds of workers lose their wages.',
  'Investors sold shares after the central bank raised interest rates.',
  'The program costs taxpayers two billion dollars a year, the budget office said.',
  'Rising fuel prices have squeezed household budgets across the region.',
  'Retailers expect lower sales and fewer jobs after the tax on imports.',
  'The trade deal would open markets for exporters and lift wages.',
  'Unemployment rose as companies cut costs and froze hiring.',
  'The subsidy will cost the treasury more than it saves, economists said.',
  'Shares fell sharply as investors feared a recession and higher prices.',
];
const HEALTH = [
  'Doctors warn the virus spreads quickly in crowded hospital wards.',
  'Nurses treated hundreds of patients with breathing problems overnight.',
  'The vaccine reduced severe illness among elderly patients, the study found.',
  'Hospitals ran short of ventilators as infections climbed.',
  'Health officials urged people with a fever to stay home and see a doctor.',
  'The clinic offers free screening for diabetes and heart disease.',
  'Patients waited hours in the emergency room for a doctor.',
  'A new study links air pollution to asthma in children.',
  'The outbreak has infected thousands and filled intensive care beds.',
  'Doctors said the patient recovered after treatment with antibiotics.',
  'Masks and testing slowed the spread of infection in nursing homes.',
  'The health ministry reported new cases of the disease in three hospitals.',
];

const space = new FeatureSpace();
const vector = (text: string) => space.vector(textFeatures(text));
const example = (text: string, label: boolean): Example => ({ columns: vector(text), label });
const examples: Example[] = [
  ...ECONOMIC.map((text) => example(text, true)),
  ...HEALTH.map((text) => example(text, false)),
];

describe('frame classifier features', () => {
  it('keeps content words and bigrams, and the bigrams that carry a denial', () => {
    const features = textFeatures('The aid is not linked to the sanctions.', ['cue:political:sanctions']);
    expect(features).toContain('w:aid');
    expect(features).toContain('w:sanctions');
    expect(features).toContain('b:not linked');
    expect(features).toContain('cue:political:sanctions');
    expect(features).not.toContain('w:the');
    expect(features).not.toContain('b:to the');
  });
});

describe('logistic regression on labelled sentences', () => {
  const model = trainLogistic(examples);

  it('tells sentences it has not seen apart', () => {
    expect(
      probability(model, vector('Higher taxes will cost jobs and hurt wages, economists said.')),
    ).toBeGreaterThan(0.5);
    expect(
      probability(model, vector('Doctors treated patients for the infection in hospital.')),
    ).toBeLessThan(0.5);
  });

  it('says which words speak for the frame', () => {
    const strongest = strongestFeatures(model, space.names, 10).map((f) => f.feature);
    expect(strongest.some((f) => /jobs|costs?|tax|wages|rates|dollars|budget|investors|prices/.test(f))).toBe(
      true,
    );
    expect(strongest.some((f) => /patients?|doctors?|hospital/.test(f))).toBe(false);
  });

  it('still finds a rare class: three positives among many negatives', () => {
    const rare = [
      ...ECONOMIC.slice(0, 3).map((text) => example(text, true)),
      ...HEALTH.map((text) => example(text, false)),
      ...HEALTH.map((text) => example(`${text} Officials said more.`, false)),
    ];
    const rareModel = trainLogistic(rare, { minCount: 1 });
    expect(probability(rareModel, vector(ECONOMIC[0]!))).toBeGreaterThan(0.5);
  });
});

describe('cross-validation', () => {
  it('gives high precision and recall where the classes differ in their words', () => {
    const cv = crossValidate(examples, { folds: 4, seed: 3 });
    expect(cv.folds).toBe(4);
    expect(cv.truePositives + cv.falsePositives + cv.falseNegatives + cv.trueNegatives).toBe(examples.length);
    expect(cv.precision).toBeGreaterThanOrEqual(0.8);
    expect(cv.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('repeats exactly with the same seed', () => {
    const noisy = examples.map((example, i) => ({
      ...example,
      label: i % 5 === 0 ? !example.label : example.label,
    }));
    expect(crossValidate(noisy, { seed: 7 })).toEqual(crossValidate(noisy, { seed: 7 }));
  });

  it('uses fewer folds when a class has fewer examples than folds', () => {
    const few = [...examples.slice(0, 2), ...examples.slice(12)];
    const cv = crossValidate(few, { folds: 5 });
    expect(cv.folds).toBe(2);
    expect(cv.truePositives + cv.falseNegatives).toBe(2);
  });
});
