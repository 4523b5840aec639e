import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { listCodebooks } from '../../db/codes.ts';
import { learnedChanges, storedProposalCounts, type LearnedChanges } from '../../db/learned-proposals.ts';
import {
  codebookDecisions,
  decisionsOf,
  DEFAULT_FOLDS,
  DEFAULT_LEARN_SEED,
  enoughDecisions,
  learnFrame,
  learningInputs,
  type FrameLearning,
} from './learn.ts';

// Stored proposals that follow a person's decisions (issue 9): after a burst of decisions the engine
// refreshes them on its job thread, which reads here and hands back what to store, for the engine's
// own connection to write. The proposals are the ones `learn.refresh` stores (same model, same
// seed); only the cross-validated figures, which are not stored, are left out.

export interface PlannedRefresh {
  codebookId: number;
  name: string;
  /** Its frames, one step of progress each. */
  frames: number;
}

export interface TrainedProposals {
  codebookId: number;
  name: string;
  /** How many proposals the run makes. */
  proposals: number;
  /**
   * What the run changes in the stored proposals and in the probabilities the Reader orders suggested
   * evidence by (migration 028), compared here so the engine's thread writes only that (issue 12).
   */
  changes: LearnedChanges;
  /** The decisions the models rest on (recorded with the run, as a refresh does). */
  decisions: number;
}

/**
 * The codebooks whose stored proposals may be out of date: those with enough decisions for some
 * frame to be learned, and those with proposals stored that fewer decisions would now take away.
 * A codebook nobody has decided enough in is left alone, as `learn.refresh` would store nothing.
 */
export function codebooksToRefresh(db: Db): PlannedRefresh[] {
  const planned: PlannedRefresh[] = [];
  for (const codebook of listCodebooks(db)) {
    const { frames, labels } = codebookDecisions(db, codebook.id);
    if (enoughDecisions(labels) || storedProposalCounts(db, codebook.id).size > 0)
      planned.push({ codebookId: codebook.id, name: codebook.name, frames: frames.length });
  }
  return planned;
}

/**
 * Trains the planned codebooks' models on the latest decisions and returns their proposals, frame by
 * frame, yielding between frames so a Stop (or a newer decision) is heard; null once `signal` aborts.
 * Reading the articles' words the first time cannot stop part way, but is kept for the next run.
 */
export async function trainProposals(
  db: Db,
  planned: readonly PlannedRefresh[],
  progress: (done: number, total: number, label?: string) => void,
  signal: AbortSignal,
): Promise<TrainedProposals[] | null> {
  const total = planned.reduce((sum, item) => sum + item.frames, 0);
  const options = { seed: DEFAULT_LEARN_SEED, folds: DEFAULT_FOLDS, crossValidate: false };
  const trained: TrainedProposals[] = [];
  let done = 0;
  for (const item of planned) {
    progress(done, total, item.name);
    const codebook = listCodebooks(db).find((row) => row.id === item.codebookId);
    if (!codebook) continue;
    const inputs = learningInputs(db, codebook);
    const learned: FrameLearning[] = [];
    for (const frame of inputs.frames) {
      await yieldToEventLoop();
      if (signal.aborted) return null;
      learned.push(learnFrame(inputs, frame, options));
      progress(++done, total, item.name);
    }
    const proposals = learned.flatMap((frame) => frame.proposed);
    const scores = learned.flatMap((frame) => frame.scores);
    trained.push({
      codebookId: codebook.id,
      name: codebook.name,
      proposals: proposals.length,
      changes: learnedChanges(db, codebook.id, proposals, scores),
      decisions: decisionsOf(learned),
    });
  }
  return signal.aborted ? null : trained;
}
