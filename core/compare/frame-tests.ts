import { groupsDiffer, type GroupTest } from './stats.ts';

// Whether outlets differ in how often they use a frame, said in words under the heatmap, with
// the figures behind it. Outlets with fewer than MIN_ARTICLES counted articles are left out: two
// articles say next to nothing about an outlet's habits.

export const MIN_ARTICLES = 3;
/** Below this p-value the outlets are said to differ. */
export const ALPHA = 0.05;

export interface FrameTest {
  codeId: number;
  name: string;
  /** Outlets compared (those with enough articles). */
  outlets: number;
  /** The test, when there was something to test. */
  test: GroupTest | null;
  differ: boolean;
  /** The finding as a sentence, e.g. "Outlets differ in how often they use Economic (χ² = 9.2, df = 2, p = 0.010)." */
  sentence: string;
}

export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}

function figures(test: GroupTest): string {
  if (test.method === 'chi-square')
    return `χ² = ${test.chiSquare.toFixed(1)}, df = ${test.df}, p ${formatP(test.p)}`;
  if (test.method === 'fisher') return `Fisher's exact test, p ${formatP(test.p)}`;
  return `exact test by simulation, p ${formatP(test.p)}`;
}

export function frameTest(
  frame: { codeId: number; name: string },
  outlets: readonly string[],
  asserted: readonly number[],
  counted: readonly number[],
): FrameTest {
  const base = { codeId: frame.codeId, name: frame.name, outlets: outlets.length };
  if (outlets.length < 2)
    return {
      ...base,
      test: null,
      differ: false,
      sentence: `Too few outlets with ${MIN_ARTICLES} articles or more to test whether they differ on ${frame.name}.`,
    };
  const test = groupsDiffer(asserted, counted);
  if (!test) {
    const all = asserted.every((k, i) => k === counted[i]);
    return {
      ...base,
      test: null,
      differ: false,
      sentence: `${all ? 'Every' : 'No'} article of the ${outlets.length} outlets compared uses ${frame.name}: nothing to test.`,
    };
  }
  const differ = test.p < ALPHA;
  return {
    ...base,
    test,
    differ,
    sentence: differ
      ? `Outlets differ in how often they use ${frame.name} (${figures(test)}).`
      : `No evidence that outlets differ in how often they use ${frame.name} (${figures(test)}).`,
  };
}
