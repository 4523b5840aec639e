import type { Db } from '../../db/open.ts';
import {
  forgetTermNumbers,
  writeArticlePrints,
  writeArticleTerms,
  writePrior,
  type ArticlePrints,
  type ArticleTermCounts,
} from '../../db/compare-features.ts';

// What Compare counted from articles' texts because the project had no stored counts for them (a
// project analysed before migration 020, an article whose text changed since): the thread that ran
// the comparison hands them here, and they are written on the engine's own connection, a batch per
// transaction with the clicks answered in between, so the next comparison reads them.

export interface UnsavedFeatures {
  terms: ArticleTermCounts[];
  prints: ArticlePrints[];
  /** The counts of the project's sample of texts, for its articles then (distinctive.ts's `projectCounts`). */
  prior?: { articles: string; counts: string } | undefined;
}

/** Articles' rows written per transaction: about 10 ms each batch. */
const BATCH = 100;

export class CompareFeatureWriter {
  private readonly waiting: (UnsavedFeatures & { db: Db })[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly current: () => Db | null;
  private readonly onError: (error: unknown) => void;

  /** `current` gives the engine's open, writable project (null when none): rows of another are dropped. */
  constructor(current: () => Db | null, onError: (error: unknown) => void) {
    this.current = current;
    this.onError = onError;
  }

  add(db: Db, rows: UnsavedFeatures): void {
    if (this.stopped || (rows.terms.length === 0 && rows.prints.length === 0 && !rows.prior)) return;
    this.waiting.push({ db, terms: [...rows.terms], prints: [...rows.prints], prior: rows.prior });
    this.running ??= this.run().finally(() => (this.running = null));
  }

  /** Stops writing (the project is closing) and resolves once the batch being written is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting.length = 0;
    await this.running;
  }

  /** Resolves once everything handed on so far is written (tests, benchmarks). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    while (this.waiting.length > 0 && !this.stopped) {
      // Between batches: the clicks that came in meanwhile are answered first.
      await new Promise((resolve) => setImmediate(resolve));
      // The project closed meanwhile (stop() empties the queue): nothing is left to write.
      const next = this.waiting[0];
      if (!next || this.stopped) return;
      if (next.db !== this.current() || !next.db.open) {
        this.waiting.shift();
        continue;
      }
      const terms = next.terms.splice(0, BATCH);
      const prints = next.prints.splice(0, BATCH);
      const prior = next.prior;
      next.prior = undefined;
      if (next.terms.length === 0 && next.prints.length === 0) this.waiting.shift();
      try {
        next.db.transaction(() => {
          // Counted for the articles the project had then; if it has others now, it is never read.
          if (prior) writePrior(next.db, prior.articles, prior.counts);
          for (const row of terms) writeArticleTerms(next.db, row);
          for (const row of prints) writeArticlePrints(next.db, row);
        })();
      } catch (error) {
        // Not written (the disk is full, say): the next comparison counts them again.
        forgetTermNumbers(next.db);
        this.waiting.length = 0;
        this.onError(error);
      }
    }
  }
}
