import type { FrameTest } from '../../api/contract.ts';

// What is said under the heatmap about whether outlets differ: one sentence per frame tested, the
// frames where they differ first. When fewer than two outlets have enough articles, no frame can be
// tested, and that is said once for all the frames rather than once per frame.

export interface TestLines {
  /** Frames the outlets differ on. */
  differ: { key: string; sentence: string }[];
  /** The rest: no difference, nothing to test, or too few outlets. */
  others: { key: string; sentence: string }[];
}

export function frameTestLines(tests: readonly FrameTest[], minArticles: number): TestLines {
  const untestable = tests.filter((test) => test.test === null && test.outlets < 2);
  if (tests.length > 1 && untestable.length === tests.length) {
    const enough = tests[0]!.outlets;
    return {
      differ: [],
      others: [
        {
          key: 'too-few',
          sentence: `${enough === 0 ? 'No outlet has' : 'Only one outlet has'} ${minArticles} articles or more here: too few outlets to test whether they differ on any frame.`,
        },
      ],
    };
  }
  const line = (test: FrameTest) => ({ key: String(test.codeId), sentence: test.sentence });
  return {
    differ: tests.filter((test) => test.differ).map(line),
    others: tests.filter((test) => !test.differ).map(line),
  };
}

/** Every line, as the exported image lists them. */
export function allTestSentences(lines: TestLines): string[] {
  return [...lines.differ, ...lines.others].map((line) => line.sentence);
}

/**
 * The outlets named under the heatmap as too few to compare: those drawn (faded), and apart those
 * with no row at all because every article of theirs is a reprint counted under its source
 * (naming them as "faded" sent a reader looking for a row that is not there).
 */
export function tooFewOutlets(
  tooFew: readonly string[],
  outlets: readonly { outlet: string; counted: number; articles: number }[],
): { faded: string[]; reprintsOnly: string[] } {
  const byName = new Map(outlets.map((outlet) => [outlet.outlet, outlet]));
  const reprintsOnly = tooFew.filter((name) => {
    const outlet = byName.get(name);
    return outlet !== undefined && outlet.counted === 0 && outlet.articles > 0;
  });
  return { faded: tooFew.filter((name) => !reprintsOnly.includes(name)), reprintsOnly };
}
