import { getCodebook } from '../../db/codes.ts';
import { learnedWriteSteps } from '../../db/learned-proposals.ts';
import type { ChangeScope } from './change-scope.ts';
import type { ReaderThread } from './off-thread.ts';
import type { Progress, Session } from './session.ts';
import type { PlannedRefresh } from '../learn/background.ts';

// Learned proposals that follow a person's decisions (issue 9). Training after every click would
// cost seconds of engine time on a large project, so the engine waits until the decisions pause,
// trains once on its job thread (where the cue preview and Compare run) and stores the proposals on
// its own connection in short writes, between which clicks are answered, swapped in at once. A newer decision makes the refresh under way stale: it is
// stopped and its proposals dropped, and the pause is waited for again.

/** How long after the last decision the stored proposals are refreshed. */
export const REFRESH_AFTER_MS = 3000;

/** Whether a change holds a person's frame decisions, which the learner learns from. */
export function feedsLearner(scope: ChangeScope): boolean {
  return scope.tables?.some((table) => table === 'frame_decisions' || table === 'annotations') ?? false;
}

/** Debounces refreshes after decisions, stops the one a newer decision supersedes, and says when all is done. */
export class ProposalRefresher {
  private timer: NodeJS.Timeout | null = null;
  private running: AbortController | null = null;
  private readonly unfinished = new Set<Promise<void>>();
  private waiters: (() => void)[] = [];
  private readonly delayMs: number;
  private readonly refresh: (signal: AbortSignal) => Promise<void>;
  private readonly onError: (error: unknown) => void;

  constructor(
    delayMs: number,
    refresh: (signal: AbortSignal) => Promise<void>,
    onError: (error: unknown) => void,
  ) {
    this.delayMs = delayMs;
    this.refresh = refresh;
    this.onError = onError;
  }

  /** A person decided: what is under way is out of date; refresh once they pause. */
  decided(): void {
    this.running?.abort();
    this.running = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), this.delayMs);
    // A pending refresh must not keep a finished process alive: close() stops it.
    this.timer.unref();
  }

  /** Nothing more is refreshed (the project closes or another opens); what is under way stops. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running?.abort();
    this.running = null;
    this.wake();
  }

  /** Resolves once no refresh is waiting for a pause or running (what tests and closing wait for). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private start(): void {
    this.timer = null;
    const stopper = new AbortController();
    this.running = stopper;
    const run: Promise<void> = this.refresh(stopper.signal)
      // A failed task has said so in the rail; what fails before it (the job thread would not
      // start) is a bug to log, unless it was stopped meanwhile (the thread closing).
      .catch((error: unknown) => {
        if (!stopper.signal.aborted) this.onError(error);
      })
      .finally(() => {
        this.unfinished.delete(run);
        if (this.running === stopper) this.running = null;
        this.wake();
      });
    this.unfinished.add(run);
  }

  private isIdle(): boolean {
    return this.timer === null && this.unfinished.size === 0;
  }

  private wake(): void {
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** A host's refresher, or null where proposals are refreshed only on request (`delayMs` false). */
export function proposalRefresher(
  delayMs: number | false | undefined,
  session: Session,
  jobs: () => ReaderThread | null,
  onError: (error: unknown) => void,
): ProposalRefresher | null {
  if (delayMs === false) return null;
  return new ProposalRefresher(
    delayMs ?? REFRESH_AFTER_MS,
    (signal) => refreshInBackground(session, jobs(), signal),
    onError,
  );
}

/**
 * One refresh: asks the job thread which codebooks have enough decisions (none: no task at all, so
 * a project nobody teaches the learner never shows one), then trains them there as a task that
 * can be stopped, and stores what it proposes unless a newer decision came meanwhile.
 */
export async function refreshInBackground(
  session: Session,
  jobs: ReaderThread | null,
  superseded: AbortSignal,
): Promise<void> {
  if (!jobs || superseded.aborted) return;
  const planned = await jobs.learnPlan();
  if (planned.length === 0 || superseded.aborted) return;
  const names = planned.map((item) => item.name).join(', ');
  await session
    .task(
      'learn',
      (progress, stop) =>
        trainAndStore(session, jobs, planned, progress, AbortSignal.any([stop, superseded])),
      (outcome) => {
        if (outcome.stored !== null) return `Learned proposals updated: ${outcome.stored} stored (${names}).`;
        if (superseded.aborted) return 'A newer decision replaced this update of the learned proposals.';
        return 'Stopped: the learned proposals are as they were until your next decision or a refresh.';
      },
      // It reads on the job thread and writes once, briefly: it need not wait for an import to end.
      { cancellable: true, alongside: true },
    )
    .catch(() => undefined); // its failure is in its finished event, shown in the rail
}

async function trainAndStore(
  session: Session,
  jobs: ReaderThread,
  planned: PlannedRefresh[],
  progress: Progress,
  signal: AbortSignal,
): Promise<{ stored: number | null }> {
  progress(
    0,
    Math.max(
      1,
      planned.reduce((sum, item) => sum + item.frames, 0),
    ),
  );
  // Stopped already (Stop pressed at once, or the project closing): ask the thread for nothing.
  if (signal.aborted) return { stored: null };
  let trained;
  try {
    trained = await jobs.trainProposals(planned, progress, signal);
  } catch (error) {
    // The job thread closed under it (the project is closing): nothing to store, nothing failed.
    if (signal.aborted) return { stored: null };
    throw error;
  }
  // Checked here, on the thread that records decisions: one made since the job read them stops it.
  if (!trained || signal.aborted) return { stored: null };
  const trainedAt = new Date().toISOString();
  let stored = 0;
  for (const item of trained) {
    if (!getCodebook(session.db, item.codebookId)) continue; // deleted meanwhile
    // Compared on the job thread with the rows stored then: written unless another run (a Refresh
    // on the latest decisions: one since would have stopped this) stored its own meanwhile.
    const run = { trainedAt, decisions: item.decisions, proposals: item.proposals };
    const written = await writeInSteps(
      session,
      learnedWriteSteps(session.db, item.codebookId, item.changes, run),
      signal,
    );
    if (written === null) return { stored: null };
    if (written) stored += item.proposals;
  }
  session.changed('codebook', { tables: ['learned_proposals', 'learn_runs'] });
  return { stored };
}

/**
 * Runs a stepped write, each step in a transaction of its own, answering what waits on the engine's
 * thread (clicks) between steps. Stopped (a newer decision, Stop, the project closing) between
 * steps: null, and what it wrote stays invisible until the next write discards it.
 */
export async function writeInSteps(
  session: Session,
  steps: Generator<'live' | void, boolean>,
  signal: AbortSignal,
): Promise<boolean | null> {
  const step = session.db.transaction(() => steps.next());
  let live = false;
  for (;;) {
    const result = step();
    if (result.done) return result.value;
    if (result.value === 'live') live = true;
    await new Promise((resolve) => setImmediate(resolve));
    // Once live, the run is stored; the replaced rows left are deleted by the next write.
    if (signal.aborted) return live ? true : null;
  }
}
