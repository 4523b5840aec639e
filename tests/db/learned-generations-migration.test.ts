import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { learnedGenerations } from '../../db/migrations/029-learned-generations.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { articleProposals, articleScores } from '../../db/learned-proposals.ts';
import type { Db } from '../../db/open.ts';
import { useTempDir } from '../support/temp.ts';

describe('migration: learned proposals and review probabilities by generation', () => {
  const temp = useTempDir();

  it('keeps an existing project’s proposals and probabilities live, and a decision still removes its proposal', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, learnedGenerations.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count) VALUES
        ('u1', 'h1', 'Budget', 'The budget cuts cost jobs.', 'text', '2026-12-02T00:00:00Z', 5),
        ('u2', 'h2', 'Ward', 'The new ward opened.', 'text', '2026-12-02T00:00:00Z', 4);
      INSERT INTO codebooks (key, name) VALUES ('test', 'Test');
      INSERT INTO codes (codebook_id, key, kind, name) VALUES (1, 'economy', 'frame', 'Economy'),
        (1, 'health', 'frame', 'Health');
      INSERT INTO coders (name) VALUES ('Ada');
      INSERT INTO learn_runs (codebook_id, trained_at, decisions, proposals) VALUES (1, 'then', 20, 2);
      INSERT INTO learned_proposals (article_id, code_id, probability, trained_at) VALUES
        (1, 1, 0.9, 'then'), (2, 2, 0.7, 'then');
      INSERT INTO learned_scores (article_id, code_id, probability) VALUES (1, 2, 0.2);`);
    migrate(db, latestVersion);
    const project: Db = db;
    expect(articleProposals(project, 1).map((p) => [p.code_id, p.probability, p.trained_at])).toEqual([
      [1, 0.9, 'then'],
    ]);
    expect(articleScores(project, 1)).toEqual([
      { code_id: 1, probability: 0.9 },
      { code_id: 2, probability: 0.2 },
    ]);
    db.prepare(
      `INSERT INTO frame_decisions (article_id, code_id, origin, coder_id, present, decided_at)
       VALUES (2, 2, 'manual', 1, 0, 'now')`,
    ).run();
    expect(articleProposals(project, 2)).toEqual([]);
    db.close();
  });
});
