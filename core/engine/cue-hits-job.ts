import type { Db } from '../../db/open.ts';
import {
  missingCueHitsCount,
  missingCueHitsResult,
  recordMissingCueHits,
  storeCueHitsBatch,
  type MissingCueHitsResult,
} from './missing-cue-hits.ts';
import { ANALYSIS_VERSION } from '../analyze/run.ts';
import type { ReaderThread } from './off-thread.ts';
import type { Progress, Session } from './session.ts';

// Issue 12: the background job that records cue hits in a project analysed before migration 032
// (core/engine/missing-cue-hits.ts), started by the engine when it opens such a project. It is a
// task like any other (on the task line, with Stop), run alongside the others since it only adds
// rows no other task needs; the counting runs on the engine's job thread when it has one, and each
// batch is written here in a transaction of its own. While it runs, a cue preview answers from the
// articles recorded so far instead of counting the rest (core/engine/frames.ts).

export interface CueHitsHost {
  /** The open project. */
  db(): Db;
  task: Session['task'];
  /** The engine's job thread, or null when it runs everything on its own thread. */
  jobs(): ReaderThread | null;
}

export class CueHitsRecorder {
  private readonly host: CueHitsHost;
  private running: { stop: AbortController; done: Promise<void> } | null = null;
  private recording = false;

  constructor(host: CueHitsHost) {
    this.host = host;
  }

  /** Whether the job is recording now: a cue preview then reads only the articles recorded so far. */
  get underway(): boolean {
    return this.recording;
  }

  /**
   * Starts the job if the open project has analysed articles without recorded hits, and it is not
   * running already. Errors end up in the task's own report.
   */
  start(): void {
    if (this.running) return;
    const stop = new AbortController();
    const running = { stop, done: this.run(stop.signal).catch(() => undefined) };
    this.running = running;
    void running.done.then(() => {
      if (this.running === running) this.running = null;
    });
  }

  /** Stops the job at its next article (what it wrote stays; the next open goes on) and waits for it. */
  async stop(): Promise<void> {
    const running = this.running;
    running?.stop.abort();
    await running?.done;
  }

  private async run(stop: AbortSignal): Promise<void> {
    const db = this.host.db();
    const jobs = this.host.jobs();
    const left = jobs ? await jobs.missingCueHits(ANALYSIS_VERSION) : missingCueHitsCount(db);
    if (left === 0 || stop.aborted) return;
    await this.host.task(
      'cue-hits',
      async (progress, signal) => {
        this.recording = true;
        try {
          return await this.record(db, jobs, progress, AbortSignal.any([signal, stop]));
        } finally {
          this.recording = false;
        }
      },
      (result) =>
        result.stopped
          ? `Recording of cue hits stopped after ${result.recorded} articles; the ${result.left} left are recorded at the next open, and previews count them meanwhile.`
          : `Cue hits recorded in ${result.recorded} articles: a frame's first cue preview now only reads them.`,
      { cancellable: true, alongside: true },
    );
  }

  private async record(
    db: Db,
    jobs: ReaderThread | null,
    progress: Progress,
    signal: AbortSignal,
  ): Promise<MissingCueHitsResult> {
    const label =
      'so that cue previews only read them; previews meanwhile count the articles recorded so far';
    const told: Progress = (done, total) => progress(done, total, label);
    if (!jobs) return recordMissingCueHits(db, told, signal);
    let recorded = 0;
    await jobs.countMissingCueHits(
      (batch) => {
        recorded += storeCueHitsBatch(db, batch);
      },
      told,
      signal,
    );
    return missingCueHitsResult(db, recorded, signal);
  }
}
