import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../core/analyze/analyse-text.ts';
import { loadProjectCodebooks, ensureShippedCodebooks } from '../../core/analyze/codebooks.ts';
import { ANALYSIS_VERSION, analyseArticles } from '../../core/analyze/run.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { countPendingArticles } from '../../db/articles.ts';
import { openProject, type Db } from '../../db/open.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { framescope } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';
import { END_ALWAYS, END_ONCE } from './dying-cues.ts';
import { useEngines } from '../engine/support.ts';

const DYING_WORKER = new URL('./dying-worker.ts', import.meta.url);

/** Brown press samples as articles, one JSON Lines record each, with `extra` texts put in by title. */
function corpus(count: number, extra: Record<string, string> = {}): string {
  const texts = brownSamples('ca')
    .slice(0, count)
    .map((sample) => ({ title: `Brown ${sample}`, text: brownText(sample) }));
  const planted = Object.entries(extra).map(([title, text]) => ({ title, text }));
  return [...texts, ...planted].map((record) => JSON.stringify(record)).join('\n');
}

async function importedProject(temp: ReturnType<typeof useTempDir>, jsonl: string): Promise<Db> {
  const db = openProject(join(temp.dir(), 'project.sqlite'));
  const { imported } = await importPaths(db, [temp.file('articles.jsonl', jsonl)]);
  expect(imported.length).toBeGreaterThan(0);
  return db;
}

const idsOf = (db: Db) => db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];

describe('analysis is never lost', () => {
  const temp = useTempDir();

  it('a second import of the same files analyses what a stopped run left, and says how many', async () => {
    const file = temp.file('articles.jsonl', corpus(3));
    const db = join(temp.dir(), 'stopped.sqlite');
    // What an import killed in its analysis phase leaves: the articles, stored but not analysed.
    expect((await framescope('import', file, '--no-analyze', '--db', db)).code).toBe(0);
    const again = await framescope('import', file, '--db', db);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Skipped 3 duplicates/);
    expect(again.out).toMatch(/Analysed 3 articles \(3 of them left unanalysed by an earlier run\)/);
    const project = openProject(db, { readonly: true });
    expect(countPendingArticles(project, ANALYSIS_VERSION)).toBe(0);
    project.close();
    const analyse = await framescope('analyze', '--db', db);
    expect(analyse.out).toMatch(/^Analysed 0 articles/);
  });

  it('one text whose analysis throws, on this thread (under 8 articles), is reported by name and the rest go on', async () => {
    const db = await importedProject(
      temp,
      corpus(3, { 'The one that fails': 'A text analysis will not finish.' }),
    );
    try {
      ensureShippedCodebooks(db);
      const { codebooks } = loadProjectCodebooks(db);
      const summary = await analyseArticles(db, idsOf(db), {
        threads: 1,
        analyseInProcess: (text) => {
          if (text.includes('will not finish')) throw new Error('the tagger gave up');
          return analyseText(text, codebooks);
        },
      });
      expect(summary.analysed).toBe(3);
      expect(summary.failures).toEqual([
        { id: 4, title: 'The one that fails', reason: 'the tagger gave up' },
      ]);
      expect(countPendingArticles(db, ANALYSIS_VERSION)).toBe(1);
    } finally {
      db.close();
    }
  });

  it('a worker that dies is replaced; its text is tried once more, then reported, and the rest are analysed', async () => {
    process.env.FRAMESCOPE_TEST_FLAG = join(temp.dir(), 'ended-once');
    const db = await importedProject(
      temp,
      corpus(6, {
        'Kills every worker': `${END_ALWAYS} The minister said so.`,
        'Kills the first worker': `${END_ONCE} The minister said so again.`,
      }),
    );
    try {
      const summary = await analyseArticles(db, idsOf(db), { threads: 2, workerScript: DYING_WORKER });
      expect(summary.failures).toEqual([
        { id: 7, title: 'Kills every worker', reason: expect.stringMatching(/analysis stopped on it twice/) },
      ]);
      expect(summary.analysed).toBe(7);
      expect(countPendingArticles(db, ANALYSIS_VERSION)).toBe(1);
    } finally {
      delete process.env.FRAMESCOPE_TEST_FLAG;
      db.close();
    }
  });
});

describe('analysis never lost, in the app', () => {
  const { engine } = useEngines();

  it('an import into the app also analyses what an earlier import left unanalysed', async () => {
    const app = engine();
    const file = join(app.path, '..', 'two.jsonl');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, corpus(2));
    const first = await app.invoke('import.paths', [file], { analyse: false });
    expect(first.analysis).toBeNull();
    const second = await app.invoke('import.paths', [file]);
    expect(second.duplicates).toHaveLength(2);
    expect(second.analysis).toMatchObject({ analysed: 2, pending: 2, failures: [] });
    expect((await app.invoke('project.info')).counts.analysed).toBe(2);
  });
});
