import { takeUnsavedPrior } from '../compare/distinctive.ts';
import { takeUnsavedTerms } from '../compare/article-terms.ts';
import { takeUnsavedPrints } from '../compare/article-prints.ts';
import { LinkageError } from '../compare/linkage.ts';
import { compareOutletSteps, type CompareResult } from '../compare/outlets.ts';
import { wirePairPageSteps, type WirePairWithPassages } from '../compare/pairs.ts';
import { SelectionError } from '../compare/selection.ts';
import { ComparisonStopped, sliced, type Steps } from '../compare/steps.ts';
import { EngineError } from './errors.ts';
import type { CompareOutletsArgs, CompareWireArgs } from './handlers/compare.ts';
import type { Progress, Session } from './session.ts';

// A comparison as a job: run on the engine's job thread when it has one (else on the engine's own,
// yielding), reporting its stages as progress and stopping at the next stage once asked to.

export type ComparisonRequest =
  { method: 'compare.outlets'; args: CompareOutletsArgs } | { method: 'compare.wire'; args: CompareWireArgs };

type Answer = CompareResult | WirePairWithPassages[];

/** The answer, or word that the comparison stopped before it had one. */
export type ComparisonOutcome = { stopped?: undefined; value: Answer } | { stopped: true };

/** The fields given, without those left undefined (the compare modules' options are exact). */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A selection or linkage that cannot be made, as the engine's error for the person; any other as it is. */
export function asEngineError(error: unknown): unknown {
  if (error instanceof SelectionError || error instanceof LinkageError)
    return new EngineError(
      /There is no story/.test(error.message) ? 'not-found' : 'invalid-arguments',
      error.message,
    );
  return error;
}

function steps(session: Session, request: ComparisonRequest): Steps<Answer> {
  if (request.method === 'compare.outlets') {
    const { storyId, query, articleIds, ...options } = request.args;
    return compareOutletSteps(session.db, defined({ storyId, query, articleIds }), defined(options));
  }
  const { storyId, query, articleIds, ...options } = request.args;
  return wirePairPageSteps(session.db, defined({ storyId, query, articleIds }), defined(options));
}

/** Runs one comparison on this session's connection, step by step. */
export async function runComparison(
  session: Session,
  request: ComparisonRequest,
  progress: Progress,
  signal: AbortSignal,
): Promise<ComparisonOutcome> {
  try {
    const value = await sliced(
      steps(session, request),
      (step) => progress(step.done, step.total, step.label),
      signal,
    );
    return { value };
  } catch (error) {
    if (error instanceof ComparisonStopped) return { stopped: true };
    throw asEngineError(error);
  } finally {
    // What was counted before a stop is whole, article by article: it is stored all the same.
    storeCounted(session);
  }
}

/**
 * Hands what the comparison just made counted from texts (the project had no stored counts for them)
 * to the engine to store, once the answer is on its way.
 */
function storeCounted(session: Session): void {
  if (!session.storeCompareFeatures) return;
  const db = session.db;
  setImmediate(() => {
    if (!db.open) return;
    const rows = { terms: takeUnsavedTerms(db), prints: takeUnsavedPrints(db), prior: takeUnsavedPrior(db) };
    if (rows.terms.length > 0 || rows.prints.length > 0 || rows.prior) session.storeCompareFeatures?.(rows);
  });
}
