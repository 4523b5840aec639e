// Issue 12: a learn run's write on the engine's thread writes only what changed (the job thread
// compares the run with the stored rows), so a refresh after a decision on one frame no longer holds
// the thread while every frame's probabilities are deleted and inserted again. What is stored is the
// same as writing every row, and a write compared with rows another run has since replaced writes
// nothing, so a reader sees one run's set or the other's, never a mix.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyLearnedChanges,
  articleProposals,
  articleScores,
  learnedChanges,
  learnedGenerations,
  learnedWriteSteps,
  replaceLearnedProposals,
  storedProposalCounts,
  type StoredProposal,
} from '../../db/learned-proposals.ts';
import { openProject, type Db } from '../../db/open.ts';
import { useTempDir } from '../support/temp.ts';

const TEXTS = [
  'The council cut the clinic budget and nurses fear for their jobs.',
  'Doctors say the new ward halves waiting times for patients.',
  'Farmers blame the drought for the rise in bread prices.',
  'The mayor promised a new bridge before the election.',
];

function project(path: string): { db: Db; book: number; economy: number; health: number } {
  const db = openProject(path);
  const insert = db.prepare(
    `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
     VALUES (?, ?, ?, ?, 'txt', '2026-12-02', 10)`,
  );
  TEXTS.forEach((text, i) => insert.run(`u${i}`, `h${i}`, text.slice(0, 20), text));
  const book = Number(
    db.prepare("INSERT INTO codebooks (key, name) VALUES ('b', 'Book')").run().lastInsertRowid,
  );
  const code = db.prepare("INSERT INTO codes (codebook_id, key, kind, name) VALUES (?, ?, 'frame', ?)");
  const economy = Number(code.run(book, 'economy', 'Economy').lastInsertRowid);
  const health = Number(code.run(book, 'health', 'Health').lastInsertRowid);
  return { db, book, economy, health };
}

/** Every row the tables hold (a stepped write leaves none behind once done). */
function stored(db: Db) {
  return {
    proposals: db
      .prepare('SELECT article_id, code_id, probability FROM learned_proposals ORDER BY article_id, code_id')
      .all(),
    scores: db
      .prepare('SELECT article_id, code_id, probability FROM learned_scores ORDER BY article_id, code_id')
      .all(),
    runs: db.prepare('SELECT * FROM learn_runs').all(),
  };
}

describe('the learn run’s write of what changed', () => {
  const temp = useTempDir();

  it('stores what writing every row stores, with each proposal dated by the last run', () => {
    const a = project(join(temp.dir(), 'changes.sqlite'));
    const b = project(join(temp.dir(), 'all.sqlite'));
    try {
      const p = (articleId: number, codeId: number, probability: number): StoredProposal => ({
        articleId,
        codeId,
        probability,
      });
      // The first run: the economy frame proposed for the budget and bread articles.
      replaceLearnedProposals(a.db, a.book, [p(1, a.economy, 0.9), p(3, a.economy, 0.7)], {
        trainedAt: 'first',
        decisions: 20,
        scores: [p(2, a.economy, 0.2), p(2, a.health, 0.4)],
      });
      // The next, after decisions on the health frame: economy the same; health proposed for the
      // ward article, its score gone there and a new one on the budget article.
      const proposals = [p(1, a.economy, 0.9), p(3, a.economy, 0.7), p(2, a.health, 0.8)];
      const scores = [p(2, a.economy, 0.2), p(1, a.health, 0.3)];
      const changes = learnedChanges(a.db, a.book, proposals, scores);
      const rows = (numbers: Float64Array) => Array.from(numbers);
      // Only the health frame changed: its rows are written again, the economy frame's are left alone.
      expect(changes.frames).toEqual([a.health]);
      expect(rows(changes.proposals)).toEqual([2, a.health, 0.8]);
      expect(rows(changes.scores)).toEqual([1, a.health, 0.3]);
      replaceLearnedProposals(a.db, a.book, proposals, { trainedAt: 'second', decisions: 24, scores });
      replaceLearnedProposals(b.db, b.book, proposals, { trainedAt: 'second', decisions: 24, scores });
      expect(stored(a.db)).toEqual(stored(b.db));
      const dates = [1, 2, 3].flatMap((id) => articleProposals(a.db, id).map((row) => row.trained_at));
      expect(dates).toEqual(['second', 'second', 'second']);
    } finally {
      a.db.close();
      b.db.close();
    }
  });

  it('writes nothing when another run stored its rows since they were compared', () => {
    const { db, book, economy } = project(join(temp.dir(), 'stale.sqlite'));
    try {
      const first = { trainedAt: 'first', decisions: 20, scores: [] };
      replaceLearnedProposals(db, book, [{ articleId: 1, codeId: economy, probability: 0.9 }], first);
      // Compared on the job thread against the first run's rows...
      const changes = learnedChanges(db, book, [{ articleId: 3, codeId: economy, probability: 0.6 }], []);
      // ...while a Refresh stored another run on the engine's thread.
      const refresh = { trainedAt: 'refresh', decisions: 21, scores: [] };
      replaceLearnedProposals(db, book, [{ articleId: 4, codeId: economy, probability: 0.8 }], refresh);
      const before = stored(db);
      const run = { trainedAt: 'late', decisions: 20, proposals: 1 };
      expect(db.transaction(() => applyLearnedChanges(db, book, changes, run))()).toBe(false);
      expect(stored(db)).toEqual(before);
    } finally {
      db.close();
    }
  });

  // Issue 9: when every frame changes at once (after a merge), the write is done in short steps with
  // clicks answered between them; a reader sees the last run's rows until one step swaps the new run in.
  const p = (articleId: number, codeId: number, probability: number): StoredProposal => ({
    articleId,
    codeId,
    probability,
  });
  const firstRun = (economy: number, health: number) =>
    [
      [p(1, economy, 0.9), p(3, economy, 0.7)],
      { trainedAt: 'first', decisions: 20, scores: [p(2, economy, 0.2), p(2, health, 0.4)] },
    ] as const;
  // Every frame changed: the economy proposals move, the health one appears, every score changes.
  const secondRun = (economy: number, health: number) => ({
    proposals: [p(1, economy, 0.6), p(2, health, 0.8), p(4, economy, 0.95)],
    scores: [p(2, economy, 0.3), p(1, health, 0.1), p(3, health, 0.2)],
  });
  const reads = (db: Db, book: number) => ({
    scores: [1, 2, 3, 4].map((id) => articleScores(db, id)),
    proposals: [1, 2, 3, 4].map((id) =>
      articleProposals(db, id).map((row) => [row.probability, row.trained_at]),
    ),
    counts: [...storedProposalCounts(db, book)],
  });

  it('writes in short steps that no reader sees until one step swaps the whole run in', () => {
    const a = project(join(temp.dir(), 'stepped.sqlite'));
    const b = project(join(temp.dir(), 'at-once.sqlite'));
    try {
      for (const { db, book, economy, health } of [a, b])
        replaceLearnedProposals(db, book, ...firstRun(economy, health));
      const before = reads(a.db, a.book);
      const next = secondRun(a.economy, a.health);
      const changes = learnedChanges(a.db, a.book, next.proposals, next.scores);
      const run = { trainedAt: 'second', decisions: 30, proposals: next.proposals.length };
      // What writing it at once shows (the other project): what a reader sees once it is swapped in.
      replaceLearnedProposals(b.db, b.book, next.proposals, { ...run, scores: next.scores });
      const after = reads(b.db, b.book);
      expect(after).not.toEqual(before);
      // One row a step, each step a transaction of its own, as the engine's thread runs them.
      const steps = learnedWriteSteps(a.db, a.book, changes, run, 1);
      const step = a.db.transaction(() => steps.next());
      let swapped = false;
      let stepsTaken = 0;
      for (let result = step(); !result.done; result = step()) {
        stepsTaken++;
        if (result.value === 'live') swapped = true;
        expect(reads(a.db, a.book)).toEqual(swapped ? after : before);
      }
      expect(swapped).toBe(true);
      expect(stepsTaken).toBeGreaterThan(10);
      // Done, the tables hold the new run's rows only, as writing it at once does.
      expect(stored(a.db)).toEqual(stored(b.db));
      expect([...learnedGenerations(a.db).values()]).toEqual([
        { live: 2, pending: null },
        { live: 2, pending: null },
      ]);
    } finally {
      a.db.close();
      b.db.close();
    }
  });

  it('leaves a stopped stepped write unseen, and the next write discards it', () => {
    const a = project(join(temp.dir(), 'stopped.sqlite'));
    const b = project(join(temp.dir(), 'plain.sqlite'));
    try {
      for (const { db, book, economy, health } of [a, b])
        replaceLearnedProposals(db, book, ...firstRun(economy, health));
      const before = reads(a.db, a.book);
      const next = secondRun(a.economy, a.health);
      const changes = learnedChanges(a.db, a.book, next.proposals, next.scores);
      const run = { trainedAt: 'second', decisions: 30, proposals: next.proposals.length };
      const steps = learnedWriteSteps(a.db, a.book, changes, run, 1);
      const step = a.db.transaction(() => steps.next());
      for (let i = 0; i < 5; i++) expect(step().value).toBeUndefined();
      // Stopped here (a newer decision): half of it is in the tables, none of it in what is read.
      expect([...learnedGenerations(a.db).values()]).toEqual([
        { live: 1, pending: 2 },
        { live: 1, pending: 2 },
      ]);
      expect(reads(a.db, a.book)).toEqual(before);
      // A Refresh on the engine's thread meanwhile takes over; the stopped write, resumed, writes nothing.
      const refresh = secondRun(a.economy, a.health);
      replaceLearnedProposals(a.db, a.book, refresh.proposals, { ...run, scores: refresh.scores });
      replaceLearnedProposals(b.db, b.book, refresh.proposals, { ...run, scores: refresh.scores });
      expect([...learnedGenerations(a.db).values()].map((g) => g.pending)).toEqual([null, null]);
      let result = step();
      while (!result.done) result = step();
      expect(result.value).toBe(false);
      expect(stored(a.db)).toEqual(stored(b.db));
      expect(reads(a.db, a.book)).toEqual(reads(b.db, b.book));
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});
