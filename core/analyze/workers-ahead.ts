import { availableParallelism } from 'node:os';
import type { ImportEvent } from '../import/pipeline.ts';
import { AnalysisPool } from './pool.ts';
import { MIN_ARTICLES_FOR_WORKERS } from './run.ts';

/**
 * Analysis workers started while an import still reads (issue 8). Each worker spends about half a
 * second of CPU loading compromise and the analysis modules before its first text; started once the
 * import has brought in enough articles to be analysed on workers, they load while the import reads
 * the rest, and the analysis that follows the import (`analyseArticles`' `workers`) starts at once.
 * An import that brings fewer articles starts none; whoever made this closes it when done (workers
 * the analysis took are closed by the analysis).
 */
export class WorkersAhead {
  private readonly threads: number;
  private pool: AnalysisPool | null = null;
  private taken = false;

  /** `threads`: as many as the analysis would start (default: one per core, at most 4). */
  constructor(threads = Math.min(4, availableParallelism())) {
    this.threads = threads;
  }

  /** Pass every event of the import here. */
  readonly onImportEvent = (event: ImportEvent): void => {
    if (event.type !== 'article' || event.imported < MIN_ARTICLES_FOR_WORKERS) return;
    if (this.pool || this.taken || this.threads < 2) return;
    this.pool = new AnalysisPool(this.threads);
  };

  /** The workers, for the analysis to set up and close; none if the import did not start them. */
  take(): AnalysisPool | undefined {
    this.taken = true;
    const pool = this.pool ?? undefined;
    this.pool = null;
    return pool;
  }

  /** Ends workers no analysis took (the import failed, or nothing was left to analyse). */
  async close(): Promise<void> {
    this.taken = true;
    await this.pool?.close();
    this.pool = null;
  }
}
