/** One family of torture tests: many hostile or unlucky cases of one kind, counted. */
export interface Family {
  name: string;
  /** `short`: a few cases of each kind, for npm test; otherwise the full run of npm run torture. */
  run(options: { short: boolean; log?: (line: string) => void }): Promise<FamilyResult>;
}

export interface FamilyResult {
  /** What was measured, in the order it is printed: "crafted files": 38, "executions": 0, ... */
  figures: [label: string, value: number | string][];
  /** Each case that did not hold, in a sentence; empty when the family passed. */
  failures: string[];
}
