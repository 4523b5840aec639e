import { z } from 'zod';
import { getCodebook } from '../../../db/codes.ts';
import { canStoreProposals } from '../../../db/learned-proposals.ts';
import { learnCodebook, type LearnReport } from '../../learn/learn.ts';
import { notFound } from '../errors.ts';
import { id } from '../schemas.ts';
import type { Session } from '../session.ts';

// Learning from the scholar (issue 9): per frame, how far a classifier trained on a person's
// decisions agrees with them (cross-validated), and what it proposes for undecided articles.
// The proposals are stored as learned suggestions (replacing the last run's) unless the project was
// opened only to read; they never take a person's place.

export const learnArgs = z.tuple([
  z.strictObject({
    codebookId: id,
    folds: z.number().int().min(2).max(20).optional(),
    seed: z.number().int().optional(),
  }),
]);
export type LearnArgs = z.infer<typeof learnArgs>[0];

export function learnFromDecisions(this: Session, args: LearnArgs): LearnReport {
  const codebook = getCodebook(this.db, args.codebookId);
  if (!codebook) throw notFound('codebook', args.codebookId);
  return learnCodebook(this.db, codebook, {
    ...(args.folds !== undefined ? { folds: args.folds } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    store: canStoreProposals(this.db),
  });
}
