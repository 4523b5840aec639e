import { Worker } from 'node:worker_threads';
import type { Codebook } from '../../nlp/frames/index.ts';
import type { ProjectLexicon } from '../../nlp/index.ts';
import type { ArticleAnalysis } from './types.ts';

export interface WorkerRequest {
  id: number;
  text: string;
}
export type WorkerReply =
  { id: number; ok: true; analysis: ArticleAnalysis } | { id: number; ok: false; error: string };

interface Pending {
  resolve: (analysis: ArticleAnalysis) => void;
  reject: (error: Error) => void;
}

/** Analysis fanned out to worker threads; each text goes to the least busy worker. */
export class AnalysisPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[];
  private nextId = 0;

  constructor(size: number, codebooks: readonly Codebook[], lexicon: ProjectLexicon) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(analysisWorkerScript(), {
        workerData: { codebooks, lexicon },
      });
      const pending = new Map<number, Pending>();
      worker.on('message', (reply: WorkerReply) => {
        const request = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.ok) request?.resolve(reply.analysis);
        else request?.reject(new Error(reply.error));
      });
      worker.on('error', (error: Error) => {
        for (const request of pending.values()) request.reject(error);
        pending.clear();
      });
      return { worker, pending };
    });
  }

  analyse(text: string): Promise<ArticleAnalysis> {
    const target = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, text } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/**
 * The worker's script: this folder's worker.ts when running from source; a bundled app (Electron)
 * names its bundled copy in FRAMESCOPE_ANALYSIS_WORKER.
 */
function analysisWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_ANALYSIS_WORKER ?? new URL('./worker.ts', import.meta.url);
}
