// Helpers of bench/compare.ts for Compare's stored counts (migration 020): what they take in the
// project file, and storing what a comparison counted from texts as the engine does.
import { loadavg } from 'node:os';
import type { Db } from '../db/open.ts';
import { takeUnsavedPrints } from '../core/compare/article-prints.ts';
import { takeUnsavedTerms } from '../core/compare/article-terms.ts';
import { takeUnsavedPrior } from '../core/compare/distinctive.ts';
import { CompareFeatureWriter } from '../core/engine/compare-features.ts';

const TABLES = ['article_terms', 'article_prints', 'compare_vocabulary', 'compare_prior'];

/** Bytes of the file's pages that each of Compare's stored tables (and its indexes) takes, and articles with rows. */
export function storedBytes(db: Db): {
  bytes: Record<string, number>;
  terms: number;
  prints: number;
  prior: number;
} {
  const bytes: Record<string, number> = {};
  for (const table of TABLES) {
    const parts = db
      .prepare('SELECT name FROM sqlite_schema WHERE tbl_name = ?')
      .pluck()
      .all(table) as string[];
    bytes[table] = parts.reduce(
      (sum, name) =>
        sum +
        (db
          .prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?')
          .pluck()
          .get(name) as number),
      0,
    );
  }
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    bytes,
    terms: count('article_terms'),
    prints: count('article_prints'),
    prior: count('compare_prior'),
  };
}

/** Stores what comparisons on `db` counted from texts, as the engine does after a comparison. */
export async function storeCounted(db: Db): Promise<number> {
  const rows = { terms: takeUnsavedTerms(db), prints: takeUnsavedPrints(db), prior: takeUnsavedPrior(db) };
  const writer = new CompareFeatureWriter(
    () => db,
    (error) => {
      throw error;
    },
  );
  writer.add(db, rows);
  await writer.idle();
  return Math.max(rows.terms.length, rows.prints.length);
}

/** Runs `work`, giving its result with the wall-clock and CPU milliseconds it took (this thread's process). */
export function timed<T>(work: () => T): { value: T; wall: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/** "12.3 s (9.8 s CPU, load 2.1)": the machine's load average beside the figure, which it inflates. */
export const wallAndCpu = (t: { wall: number; cpu: number }) =>
  `${(t.wall / 1000).toFixed(2)} s (${(t.cpu / 1000).toFixed(2)} s CPU, load ${loadavg()[0]!.toFixed(1)})`;

/** Bytes per 1,000 articles, in MB, for each stored table and in all. */
export function perThousand(stored: ReturnType<typeof storedBytes>): string {
  const per = (bytes: number, articles: number) => ((bytes / Math.max(1, articles)) * 1000) / 1e6;
  const terms = per(stored.bytes.article_terms ?? 0, stored.terms);
  const prints = per(stored.bytes.article_prints ?? 0, stored.prints);
  const vocabulary = per(stored.bytes.compare_vocabulary ?? 0, stored.terms);
  const prior = stored.prior
    ? `plus the prior ${((stored.bytes.compare_prior ?? 0) / 1e6).toFixed(2)} MB once`
    : 'no prior stored yet';
  return (
    `${(terms + prints + vocabulary).toFixed(2)} MB per 1,000 articles (terms ${terms.toFixed(2)}, ` +
    `fingerprints ${prints.toFixed(2)}, vocabulary with its index ${vocabulary.toFixed(2)}), ${prior}`
  );
}
