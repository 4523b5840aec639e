import type { MergeReport } from './types.ts';

/** How a long merge tells how far it has got, and learns that it is to stop. */
export interface MergeWatch {
  progress?: (done: number, total: number) => void;
  /** Asked before each article: true stops the merge, which then changes nothing (its transaction is rolled back). */
  stopped?: () => boolean;
}

/** Thrown out of a merge that was asked to stop, so that its transaction is rolled back whole. */
export class MergeStopped extends Error {
  constructor() {
    super('The merge was stopped before the end; this project is unchanged.');
  }
}

/** A report of a merge that has done nothing yet (or was stopped). */
export function emptyMergeReport(file: string): MergeReport {
  return {
    file,
    changed: false,
    articles: { added: 0, matched: 0, matchedByUid: 0, matchedByHash: 0 },
    coders: { added: 0, matched: 0 },
    codebooks: { added: 0, matched: 0 },
    codes: { added: 0, matched: 0 },
    codings: { added: 0, matched: 0, decided: 0 },
    quoteDecisions: { added: 0, matched: 0 },
    frameDecisions: { added: 0, matched: 0 },
    memos: { added: 0 },
    stories: { added: 0, articlesPlaced: 0, exclusions: 0 },
    entities: { renamed: 0, merged: 0 },
    notAttached: [],
    conflicts: [],
    ms: 0,
  };
}
