import { Worker } from 'node:worker_threads';
import type { Codebook } from '../../nlp/frames/index.ts';
import type { ProjectLexicon } from '../../nlp/index.ts';
import type { ArticleAnalysis } from './types.ts';
import type { CompareFeatures } from '../compare/features.ts';
import { compileCacheFolder, userSetCompileCache } from '../compile-cache.ts';

/** An article to analyse: its text, and its number and headline for what Compare stores of it. */
export interface ArticleToAnalyse {
  articleId: number;
  title: string | null;
  text: string;
}

export interface WorkerRequest extends ArticleToAnalyse {
  id: number;
}

/** What the analysis found in an article, and what Compare counts in it (stored beside it). */
export interface Analysed {
  analysis: ArticleAnalysis;
  features: CompareFeatures;
}

export type WorkerReply = ({ id: number; ok: true } & Analysed) | { id: number; ok: false; error: string };

/** What every worker is given before its first text: the project's codebooks and lexicon. */
export interface WorkerSetup {
  codebooks: readonly Codebook[];
  lexicon: ProjectLexicon;
}

/** The first message a worker takes; every later one is a `WorkerRequest`. */
export interface WorkerSetupMessage {
  setup: WorkerSetup;
}

interface Job {
  id: number;
  article: ArticleToAnalyse;
  /** Times a worker ended while working on this text. */
  deaths: number;
  resolve: (analysed: Analysed) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker, oldest first: a worker takes its messages in order. */
  jobs: Map<number, Job>;
  /** Times a worker in this slot ended before answering anything. */
  barren: number;
  lastError: string | null;
}

/** A slot whose workers end this many times in a row without one answer is given up. */
const MAX_BARREN = 3;

/**
 * Analysis fanned out to worker threads; each text goes to the least busy worker. A worker that
 * ends (a crash, running out of memory) is replaced; the text it was working on is tried once
 * more and then reported as failed, and the texts queued behind it are sent again.
 *
 * The workers start loading compromise and the analysis modules as the pool is made; they are given
 * the project's codebooks and lexicon then, or later by `setUp` (a pool started while an import still
 * reads, before it is known which project's analysis will take it: workers-ahead.ts).
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly script: string | URL;
  private setup: WorkerSetup | null = null;
  private nextId = 0;
  private closing = false;

  constructor(size: number, setup?: WorkerSetup, script: string | URL = analysisWorkerScript()) {
    this.script = script;
    for (let i = 0; i < size; i++) this.slots.push(this.newSlot());
    if (setup) this.setUp(setup);
  }

  /** Gives every worker, and every worker that replaces one, the codebooks and lexicon to analyse with. */
  setUp(setup: WorkerSetup): void {
    if (this.setup) throw new Error('the analysis workers were set up already');
    this.setup = setup;
    for (const { worker } of this.slots) worker.postMessage({ setup } satisfies WorkerSetupMessage);
  }

  analyse(article: ArticleToAnalyse): Promise<Analysed> {
    return new Promise((resolve, reject) => {
      if (!this.setup) reject(new Error('the analysis workers were given no codebooks (AnalysisPool.setUp)'));
      else this.dispatch({ id: this.nextId++, article, deaths: 0, resolve, reject });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }

  private dispatch(job: Job): void {
    if (this.slots.length === 0) {
      job.reject(new Error('the analysis worker threads could not be started'));
      return;
    }
    const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    slot.jobs.set(job.id, job);
    slot.worker.postMessage({ id: job.id, ...job.article } satisfies WorkerRequest);
  }

  private newSlot(): Slot {
    const slot: Slot = { worker: this.newWorker(), jobs: new Map(), barren: 0, lastError: null };
    this.listen(slot);
    return slot;
  }

  private newWorker(): Worker {
    const worker = new Worker(this.script, { env: workerEnv() });
    // A worker takes its messages in order: the set-up comes before any text sent to it.
    if (this.setup) worker.postMessage({ setup: this.setup } satisfies WorkerSetupMessage);
    return worker;
  }

  private listen(slot: Slot): void {
    const { worker } = slot;
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.jobs.get(reply.id);
      slot.jobs.delete(reply.id);
      slot.barren = 0;
      if (reply.ok) job?.resolve({ analysis: reply.analysis, features: reply.features });
      else job?.reject(new Error(reply.error));
    });
    worker.on('error', (error: Error) => {
      slot.lastError = error.message;
    });
    worker.on('exit', (code) => {
      if (!this.closing && slot.worker === worker) this.replace(slot, code);
    });
  }

  /** A worker ended: its jobs go elsewhere, the one it was on counts a death, and the slot gets a new worker. */
  private replace(slot: Slot, code: number): void {
    const jobs = [...slot.jobs.values()];
    const reason = slot.lastError ?? `the analysis thread ended with code ${code}`;
    slot.jobs.clear();
    slot.lastError = null;
    slot.barren++;
    if (slot.barren >= MAX_BARREN) this.slots.splice(this.slots.indexOf(slot), 1);
    else {
      slot.worker = this.newWorker();
      this.listen(slot);
    }
    const [running, ...queued] = jobs;
    if (running) {
      running.deaths++;
      if (running.deaths >= 2) running.reject(new Error(`analysis stopped on it twice (${reason})`));
      else this.dispatch(running);
    }
    for (const job of queued) this.dispatch(job);
  }
}

/**
 * The worker's script: this folder's worker.ts when running from source; a bundled app (Electron)
 * names its bundled copy in FRAMESCOPE_ANALYSIS_WORKER.
 */
function analysisWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_ANALYSIS_WORKER ?? new URL('./worker.ts', import.meta.url);
}

/**
 * A worker's environment: the process's, with Node's on-disk compile cache (core/compile-cache.ts).
 * Each worker loads and compiles compromise and the analysis modules (and strips their types) before
 * its first text; with the cache, a worker after the first reads them compiled. A cache or a refusal
 * the user set is kept.
 */
function workerEnv(): NodeJS.ProcessEnv {
  if (userSetCompileCache()) return process.env;
  return { ...process.env, NODE_COMPILE_CACHE: compileCacheFolder() };
}
