// Issue 9: the learn run's write of its proposals and review probabilities when every frame's model
// changed at once (a merge that brings decisions on all of them). Before, one transaction on the
// engine's thread, which answers clicks (550 ms at 100,000 articles, learn8's bench/learn-scores.ts);
// now short steps, each its own transaction, written as a generation no reader sees and swapped in
// with one row (migration 029). Side by side on two /tmp copies of the 100,000-article bench project
// (never written in /work/bench-cache): one left at migration 028 for the code before, one migrated.
//
//   node bench/learn-generations.ts [/work/bench-cache/scale-v2-analysed-100000.sqlite]
//
// The rows: a review probability below 0.5 for every article-and-frame with suggested evidence (as
// the refresh keeps them), and 45,334 proposals at 0.5 or more spread over the frames, as learn8's.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openProject, type Db } from '../db/open.ts';
import {
  learnedChanges,
  learnedWriteSteps,
  replaceLearnedProposals,
  type StoredProposal,
} from '../db/learned-proposals.ts';
import { likelyEvidence } from '../db/likely-evidence.ts';
import { liveRows } from '../db/learned-generation.ts';

const SOURCE = process.argv[2] ?? '/work/bench-cache/scale-v2-analysed-100000.sqlite';
const dir = mkdtempSync(join(tmpdir(), 'framescope-learn-generations-'));

type Diff = Record<'proposals' | 'scores', { upsert: StoredProposal[]; remove: [number, number][] }>;

/** What the job thread compared before this change: the rows that changed (not timed). */
function diffBefore(
  stored: { proposals: StoredProposal[]; scores: StoredProposal[] },
  next: { proposals: StoredProposal[]; scores: StoredProposal[] },
): Diff {
  const diff = {} as Diff;
  for (const table of ['proposals', 'scores'] as const) {
    const had = new Map(stored[table].map((row) => [`${row.articleId}:${row.codeId}`, row.probability]));
    const upsert: StoredProposal[] = [];
    for (const row of next[table]) {
      const key = `${row.articleId}:${row.codeId}`;
      const before = had.get(key);
      had.delete(key);
      if (before !== row.probability) upsert.push(row);
    }
    diff[table] = {
      upsert,
      remove: [...had.keys()].map((key) => key.split(':').map(Number) as [number, number]),
    };
  }
  return diff;
}

/**
 * The write before this change (db/learned-proposals.ts at learn8: one transaction, the rows that
 * changed), on a project at migration 028.
 */
function applyBefore(
  db: Database.Database,
  codebookId: number,
  diff: Diff,
  run: { trainedAt: string; decisions: number; proposals: number },
): void {
  for (const table of ['proposals', 'scores'] as const) {
    const upsert = db.prepare(
      table === 'proposals'
        ? `INSERT INTO learned_proposals (article_id, code_id, probability, trained_at) VALUES (?, ?, ?, '${run.trainedAt}')
           ON CONFLICT (article_id, code_id) DO UPDATE SET probability = excluded.probability`
        : `INSERT INTO learned_scores (article_id, code_id, probability) VALUES (?, ?, ?)
           ON CONFLICT (article_id, code_id) DO UPDATE SET probability = excluded.probability`,
    );
    for (const row of diff[table].upsert) upsert.run(row.articleId, row.codeId, row.probability);
    const remove = db.prepare(`DELETE FROM learned_${table} WHERE article_id = ? AND code_id = ?`);
    for (const [articleId, codeId] of diff[table].remove) remove.run(articleId, codeId);
  }
  db.prepare(
    `UPDATE learned_proposals SET trained_at = ?
     WHERE code_id IN (SELECT id FROM codes WHERE codebook_id = ?)`,
  ).run(run.trainedAt, codebookId);
  db.prepare(
    `INSERT INTO learn_runs (codebook_id, trained_at, decisions, proposals) VALUES (?, ?, ?, ?)
     ON CONFLICT (codebook_id) DO UPDATE SET trained_at = excluded.trained_at,
       decisions = excluded.decisions, proposals = excluded.proposals`,
  ).run(codebookId, run.trainedAt, run.decisions, run.proposals);
}

/** The run's rows before this change's schema: every stored row replaced (the baseline of each timing). */
function storeBefore(
  db: Database.Database,
  book: number,
  proposals: StoredProposal[],
  scores: StoredProposal[],
) {
  db.transaction(() => {
    db.prepare('DELETE FROM learned_proposals').run();
    db.prepare('DELETE FROM learned_scores').run();
    const p = db.prepare(
      `INSERT INTO learned_proposals (article_id, code_id, probability, trained_at) VALUES (?, ?, ?, 'then')`,
    );
    for (const row of proposals) p.run(row.articleId, row.codeId, row.probability);
    const s = db.prepare('INSERT INTO learned_scores (article_id, code_id, probability) VALUES (?, ?, ?)');
    for (const row of scores) s.run(row.articleId, row.codeId, row.probability);
    db.prepare(
      `INSERT INTO learn_runs (codebook_id, trained_at, decisions, proposals) VALUES (?, 'then', 1, ?)
       ON CONFLICT (codebook_id) DO UPDATE SET trained_at = 'then', decisions = 1, proposals = excluded.proposals`,
    ).run(book, proposals.length);
  })();
}

const ms = (started: number) => performance.now() - started;
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const f = (n: number) => n.toFixed(0).padStart(9);

const beforePath = join(dir, 'before.sqlite');
const afterPath = join(dir, 'after.sqlite');
copyFileSync(SOURCE, beforePath);
copyFileSync(SOURCE, afterPath);
const before = new Database(beforePath);
before.pragma('journal_mode = WAL');
if ((before.pragma('user_version', { simple: true }) as number) !== 28)
  throw new Error(`${SOURCE}: expected a project at migration 028 for the code before.`);
const after: Db = openProject(afterPath); // migrated to 029
try {
  const book = after.prepare('SELECT id FROM codebooks ORDER BY id LIMIT 1').pluck().get() as number;
  const frames = after
    .prepare("SELECT id FROM codes WHERE codebook_id = ? AND kind = 'frame' ORDER BY id")
    .pluck()
    .all(book) as number[];
  const pairs = after
    .prepare(
      `SELECT DISTINCT article_id, code_id FROM annotations
       WHERE status = 'suggested' AND code_id IN (SELECT id FROM codes WHERE codebook_id = ?)`,
    )
    .raw()
    .all(book) as [number, number][];
  const articles = after.prepare('SELECT max(id) FROM articles').pluck().get() as number;
  // `changed` frames (the first ones) get other probabilities in run `shift`.
  const run = (changed: number, shift: number) => {
    const moved = new Set(frames.slice(0, changed));
    const scores = pairs.map(([articleId, codeId], i) => ({
      articleId,
      codeId,
      probability: ((i + (moved.has(codeId) ? shift : 0)) % 49) / 100,
    }));
    const proposals = Array.from({ length: 45_334 }, (_, i) => {
      const codeId = frames[i % frames.length]!;
      return {
        articleId: ((Math.floor(i / frames.length) * 3) % articles) + 1,
        codeId,
        probability: 0.5 + ((i + (moved.has(codeId) ? shift : 0)) % 50) / 100,
      };
    });
    return { proposals, scores };
  };
  const base = run(0, 0);
  console.log(
    `${SOURCE}: ${pairs.length.toLocaleString('en')} articles-and-frames with suggested evidence, ` +
      `${base.proposals.length.toLocaleString('en')} proposals, ${frames.length} frames`,
  );
  console.log(
    'median of 3, ms                     before: one transaction   after: longest step   steps   after: all steps',
  );
  for (const [label, changed] of [
    ['every frame changed (a merge)     ', frames.length],
    ['decisions on one frame            ', 1],
  ] as const) {
    const one: number[] = [];
    const longest: number[] = [];
    const total: number[] = [];
    let steps = 0;
    for (let r = 1; r <= 3; r++) {
      storeBefore(before, book, base.proposals, base.scores);
      replaceLearnedProposals(after, book, base.proposals, {
        trainedAt: 'then',
        decisions: 1,
        scores: base.scores,
      });
      const next = run(changed, r);
      const changes = learnedChanges(after, book, next.proposals, next.scores);
      const stored = { trainedAt: `now ${r}`, decisions: 2, proposals: next.proposals.length };
      const diff = diffBefore(base, next);
      let started = performance.now();
      before.transaction(() => applyBefore(before, book, diff, stored))();
      one.push(ms(started));
      const write = learnedWriteSteps(after, book, changes, stored);
      const step = after.transaction(() => write.next());
      let worst = 0;
      let all = 0;
      steps = 0;
      for (;;) {
        started = performance.now();
        const result = step();
        const took = ms(started);
        worst = Math.max(worst, took);
        all += took;
        steps++;
        if (result.done) {
          if (!result.value) throw new Error('the stepped write was refused');
          break;
        }
      }
      longest.push(worst);
      total.push(all);
    }
    console.log(
      `${label} ${f(median(one))}              ${f(median(longest))}   ${String(steps).padStart(5)}   ${f(median(total))}`,
    );
  }
  // What readers pay for the generations: the Library's "Proposed by the learner" counts, and one
  // article's probabilities, before and after (medians of 5).
  const time = (db: { prepare: Db['prepare'] }, sql: string, ...args: unknown[]) => {
    const statement = db.prepare(sql);
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      statement.all(...args);
      return ms(started);
    });
    return median(times);
  };
  const live = liveRows;
  console.log('reads, median of 5, ms                        before     after');
  console.log(
    `proposals per frame (the Library's facet)   ${f(time(before, 'SELECT code_id, count(*) FROM learned_proposals p GROUP BY code_id'))} ${f(time(after, `SELECT code_id, count(*) FROM learned_proposals p WHERE ${live('p')} GROUP BY code_id`))}`,
  );
  console.log(
    `one article's probabilities (the Reader)     ${f(time(before, 'SELECT code_id, probability FROM learned_scores s WHERE article_id = ?', 4242))} ${f(time(after, `SELECT code_id, probability FROM learned_scores s WHERE article_id = ? AND ${live('s')}`, 4242))}`,
  );
  const likely = (codeId: number) => {
    const started = performance.now();
    const rows = likelyEvidence(after, { codeId, threshold: 0.45 });
    return `${ms(started).toFixed(0)} ms (${rows.length.toLocaleString('en')} sentences)`;
  };
  console.log(`frames.likely for one frame across the project (threshold 0.45): ${likely(frames[0]!)}`);
} finally {
  before.close();
  after.close();
  rmSync(dir, { recursive: true, force: true });
}
