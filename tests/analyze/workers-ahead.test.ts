import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../core/analyze/pool.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { WorkersAhead } from '../../core/analyze/workers-ahead.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { openProject, type Db } from '../../db/open.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 8: an import that brings enough articles starts the analysis workers while it still reads,
// so that they have loaded compromise by the time it ends; they analyse as workers started after it do.

/**
 * What analysis stored in a project: entity mentions, quotes with speakers, frame decisions. Not the
 * entities' names: which of an entity's names becomes its name depends on which article is stored
 * first, and workers finish in no fixed order.
 */
function stored(db: Db): unknown[] {
  return [
    db
      .prepare(
        `SELECT m.article_id, e.type, m.start, m.end, m.role, m.confidence
         FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY m.article_id, m.start, m.end, e.type`,
      )
      .all(),
    db
      .prepare(
        'SELECT article_id, start, end, kind, speaker_text, cue, confidence FROM quotes ORDER BY article_id, start',
      )
      .all(),
    db
      .prepare(
        `SELECT article_id, code_id, present, is_primary, denied, salience FROM frame_decisions
         ORDER BY article_id, code_id`,
      )
      .all(),
  ];
}

describe('analysis workers started while an import reads', () => {
  const temp = useTempDir();
  const files = (count: number) =>
    brownSamples('ca')
      .slice(0, count)
      .map((sample) => temp.file(`texts/${sample}.txt`, brownText(sample)));

  it('start once the import has brought enough articles, and analyse them as workers started after it do', async () => {
    const paths = files(9);
    const ahead = new WorkersAhead(2);
    const early = openProject(join(temp.dir(), 'early.sqlite'));
    const later = openProject(join(temp.dir(), 'later.sqlite'));
    try {
      const { imported } = await importPaths(early, paths, {}, ahead.onImportEvent);
      const workers = ahead.take();
      expect(workers).toBeInstanceOf(AnalysisPool);
      const ids = imported.map((article) => article.id);
      const summary = await analyseArticles(early, ids, { threads: 2, workers });
      expect(summary).toMatchObject({ analysed: 9, failures: [] });

      const again = await importPaths(later, paths);
      const baseline = await analyseArticles(
        later,
        again.imported.map((article) => article.id),
        { threads: 2 },
      );
      expect(summary).toEqual(baseline);
      expect(summary.mentions).toBeGreaterThan(100);
      expect(stored(early)).toEqual(stored(later));
    } finally {
      await ahead.close();
      early.close();
      later.close();
    }
  });

  it('are not started by an import of fewer articles than analysis takes workers for', async () => {
    const ahead = new WorkersAhead(2);
    const db = openProject(join(temp.dir(), 'few.sqlite'));
    try {
      await importPaths(db, files(3), {}, ahead.onImportEvent);
      expect(ahead.take()).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('refuse a text until they are given the codebooks to analyse with', async () => {
    const pool = new AnalysisPool(1);
    try {
      await expect(pool.analyse({ articleId: 1, title: null, text: 'The mayor spoke.' })).rejects.toThrow(
        /given no codebooks/,
      );
    } finally {
      await pool.close();
    }
  });
});
