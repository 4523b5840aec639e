import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

// A comparison of a large search takes seconds. Its stages are generators that stop now and then at
// a step saying how far they got: run at once (the CLI, tests), the steps are simply passed over; run
// sliced (the engine), each step is reported, the thread returns to its event loop (where a "stop"
// or a newer comparison's message arrives) and the comparison ends there when asked to.

/** How far a comparison got: a stage a scholar understands, and articles done of those it reads. */
export interface Step {
  label: string;
  /** Articles done and in all; both 0 for a stage that is one piece of work. */
  done: number;
  total: number;
}

export type Steps<T> = Generator<Step, T, undefined>;

/** Articles between two steps of a stage that goes article by article. */
export const STEP_ARTICLES = 500;

/** Runs the steps to the end without stopping: the answer, exactly as sliced runs give it. */
export function atOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The comparison was asked to stop (or a newer one replaced it) before it finished. */
export class ComparisonStopped extends Error {
  override name = 'ComparisonStopped';
  constructor() {
    super('The comparison was stopped before it finished.');
  }
}

/**
 * Runs the steps, reporting each and returning to the event loop after it; throws ComparisonStopped
 * at the first step after `signal` aborts (what the stages keep in memory stays whole: an article's
 * counts are kept only once counted).
 */
export async function sliced<T>(
  steps: Steps<T>,
  report: (step: Step) => void,
  signal?: AbortSignal,
): Promise<T> {
  try {
    for (;;) {
      if (signal?.aborted) throw new ComparisonStopped();
      const next = steps.next();
      if (next.done) return next.value;
      report(next.value);
      await yieldToEventLoop();
    }
  } finally {
    // Runs the stages' own `finally` blocks when they were left part way.
    steps.return(undefined as T);
  }
}

/** A stage of one piece of work: a step naming it, then its value. */
export function* stage<T>(label: string, work: () => T): Steps<T> {
  yield { label, done: 0, total: 0 };
  return work();
}

/** `ids` (sorted, once each) read in chunks, with a step before each chunk. */
export function* inChunks<R>(
  label: string,
  ids: readonly number[],
  read: (chunk: number[]) => R[],
  size = 2000,
): Steps<R[]> {
  const rows: R[] = [];
  for (let at = 0; at < ids.length; at += size) {
    yield { label, done: at, total: ids.length };
    rows.push(...read(ids.slice(at, at + size)));
  }
  return rows;
}
