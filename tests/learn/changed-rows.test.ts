// Issue 12: a learn run's write on the engine's thread writes only what changed (the job thread
// compares the run with the stored rows), so a refresh after a decision on one frame no longer holds
// the thread while every frame's probabilities are deleted and inserted again. What is stored is the
// same as writing every row, and a write compared with rows another run has since replaced writes
// nothing, so a reader sees one run's set or the other's, never a mix.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyLearnedChanges,
  learnedChanges,
  replaceLearnedProposals,
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

function stored(db: Db) {
  return {
    proposals: db.prepare('SELECT * FROM learned_proposals ORDER BY article_id, code_id').all(),
    scores: db.prepare('SELECT * FROM learned_scores ORDER BY article_id, code_id').all(),
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
      expect(rows(changes.proposals.write)).toEqual([2, a.health, 0.8]);
      expect(rows(changes.proposals.remove)).toEqual([]);
      expect(rows(changes.scores.write)).toEqual([1, a.health, 0.3]);
      expect(rows(changes.scores.remove)).toEqual([2, a.health]);
      replaceLearnedProposals(a.db, a.book, proposals, { trainedAt: 'second', decisions: 24, scores });
      replaceLearnedProposals(b.db, b.book, proposals, { trainedAt: 'second', decisions: 24, scores });
      expect(stored(a.db)).toEqual(stored(b.db));
      expect(stored(a.db).proposals.map((row) => (row as { trained_at: string }).trained_at)).toEqual([
        'second',
        'second',
        'second',
      ]);
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
});
