import { z } from 'zod';
import { getCodebook } from '../../../db/codes.ts';
import { canStoreProposals } from '../../../db/learned-proposals.ts';
import { learnCodebook, type LearnReport } from '../../learn/learn.ts';
import { EngineError, notFound } from '../errors.ts';
import { id } from '../schemas.ts';
import type { Session } from '../session.ts';

// Learning from the scholar (issue 9): per frame, how far a classifier trained on a person's
// decisions agrees with them (cross-validated), and what it proposes for undecided articles.
// Looking (`learn.codebook`) only reads: opening the Codebook view must leave the project as it was,
// and works on a copy open only to read. Storing the proposals as learned suggestions (replacing the
// last run's) is a refresh a person asks for, after deciding (`learn.refresh`); they never take a
// person's place.

export const learnArgs = z.tuple([
  z.strictObject({
    codebookId: id,
    folds: z.number().int().min(2).max(20).optional(),
    seed: z.number().int().optional(),
  }),
]);
export type LearnArgs = z.infer<typeof learnArgs>[0];

function learn(session: Session, args: LearnArgs, store: boolean): LearnReport {
  const codebook = getCodebook(session.db, args.codebookId);
  if (!codebook) throw notFound('codebook', args.codebookId);
  return learnCodebook(session.db, codebook, {
    ...(args.folds !== undefined ? { folds: args.folds } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    store,
  });
}

/** The figures and what the model would propose now; stores nothing. */
export function learnFromDecisions(this: Session, args: LearnArgs): LearnReport {
  return learn(this, args, false);
}

/** Trains on the latest decisions and stores the proposals, replacing the codebook's last ones. */
export function refreshProposals(this: Session, args: LearnArgs): LearnReport {
  if (!canStoreProposals(this.db))
    throw new EngineError(
      'project-file',
      `${this.path} is open only to read, so proposals cannot be stored in it; the figures are shown without them. Open a copy you can write to, to refresh them.`,
    );
  const report = learn(this, args, true);
  this.changed('codebook', { tables: ['learned_proposals', 'learn_runs'] });
  return report;
}
