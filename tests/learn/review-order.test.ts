// The Reader's review order of frame evidence follows the learned model (issue 9): once a coder has
// decided enough articles for a frame, n / p step through an undecided article's suggested evidence
// least sure first by the model's probability of the frame there, instead of in reading order; where
// no model is trained the order stays reading order. It orders only: no decision changes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { openProject } from '../../db/open.ts';
import { useEngines } from '../engine/support.ts';
import { decide, decideHealth, learnProject, MIXED } from './fixture.ts';

async function order(engine: Engine, articleId: number) {
  const detail = await engine.invoke('articles.get', articleId);
  const text = (id: number) => {
    const a = detail.annotations.find((item) => item.id === id)!;
    return `${a.codeName}: ${detail.text.slice(a.start, a.end)}`;
  };
  return detail.evidenceOrder.map((item) => ({ evidence: text(item.id), learned: item.learned }));
}

describe('the Reader’s review order of frame evidence', () => {
  const engines = useEngines();

  it('follows the learned probability, least likely first, once frames have models', async () => {
    const engine = engines.engine();
    const project = await learnProject(engine, engines.temp.file);
    await engine.invoke('import.paths', [engines.temp.file('mixed.txt', MIXED)]);
    const rows = (await engine.invoke('articles.list', { limit: 100 })).rows;
    const mixed = rows.find((row) => row.title === MIXED.split('\n')[0])!.id;

    // No model yet: reading order, nothing learned.
    const reading = await order(engine, mixed);
    expect(reading.map((item) => item.evidence)).toEqual([
      'Economic: Jobs and wages at risk as clinics face budget cuts',
      'Economic: The tax increase will cost small businesses millions of dollars and force them to cut jobs.',
      'Health and safety: Doctors warn the virus spreads quickly among patients in crowded hospital wards.',
      'Economic: Investors sold shares as prices rose.',
    ]);
    expect(reading.every((item) => item.learned === null)).toBe(true);

    await decide(engine, project, project.ids.money, project.ids.care);
    const health = await decideHealth(engine, project);
    const decisionsBefore = (await engine.invoke('articles.get', mixed)).decisions;
    await engine.invoke('learn.refresh', { codebookId: project.codebookId });

    // Both frames learned: the model doubts the one sentence on illness here, so it leads; the
    // Economic evidence, which the model finds likely, follows in reading order.
    const learned = await order(engine, mixed);
    expect(learned.map((item) => item.evidence)).toEqual([
      'Health and safety: Doctors warn the virus spreads quickly among patients in crowded hospital wards.',
      'Economic: Jobs and wages at risk as clinics face budget cuts',
      'Economic: The tax increase will cost small businesses millions of dollars and force them to cut jobs.',
      'Economic: Investors sold shares as prices rose.',
    ]);
    const [first, ...rest] = learned;
    expect(first!.learned).toBeLessThan(0.5);
    for (const item of rest) expect(item.learned).toBeGreaterThan(first!.learned!);

    // The probabilities are the last run's, kept in the project file: the Economic one as the
    // model's proposal for the article, the doubted one beside the proposals.
    const db = openProject(engine.path, { readonly: true });
    try {
      const row = (table: string) =>
        db.prepare(`SELECT code_id, probability FROM ${table} WHERE article_id = ?`).all(mixed);
      expect(row('learned_scores')).toEqual([{ code_id: health, probability: first!.learned }]);
      expect(row('learned_proposals')).toEqual([
        { code_id: project.economic, probability: rest[0]!.learned },
      ]);
    } finally {
      db.close();
    }
    // It orders; it decides nothing.
    expect((await engine.invoke('articles.get', mixed)).decisions).toEqual(decisionsBefore);
  }, 120_000);

  it('follows the refresh that comes by itself after decisions, in the window', async () => {
    const path = join(engines.temp.dir(), 'window.sqlite');
    const engine = new Engine(path, { readerThreads: true, refreshProposalsAfterMs: 50 });
    try {
      const project = await learnProject(engine, engines.temp.file);
      await engine.invoke('import.paths', [engines.temp.file('mixed.txt', MIXED)]);
      const rows = (await engine.invoke('articles.list', { limit: 100 })).rows;
      const mixed = rows.find((row) => row.title === MIXED.split('\n')[0])!.id;
      await decide(engine, project, project.ids.money, project.ids.care);
      await decideHealth(engine, project);
      await engine.learnedProposalsSettled();
      const followed = await order(engine, mixed);
      expect(followed[0]).toMatchObject({ evidence: expect.stringMatching(/^Health and safety: /) });
      expect(followed[0]!.learned).toBeLessThan(0.5);
      // The same as a refresh asked for.
      await engine.invoke('learn.refresh', { codebookId: project.codebookId });
      expect(await order(engine, mixed)).toEqual(followed);
    } finally {
      await engine.close();
    }
  }, 120_000);

  it('leaves the probabilities out of a students’ copy, where they would hint at the key', async () => {
    const engine = engines.engine();
    const project = await learnProject(engine, engines.temp.file);
    await engine.invoke('import.paths', [engines.temp.file('mixed.txt', MIXED)]);
    await decide(engine, project, project.ids.money, project.ids.care);
    await decideHealth(engine, project);
    await engine.invoke('learn.refresh', { codebookId: project.codebookId });
    const kept = () => engine.db.prepare('SELECT count(*) FROM learned_scores').pluck().get() as number;
    expect(kept()).toBeGreaterThan(0);
    await engine.invoke('coders.setRole', 'Ada', 'key');
    const copy = join(engines.temp.dir(), 'class.sqlite');
    await engine.invoke('project.saveStudentsCopy', copy);
    const db = openProject(copy, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM learned_scores').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    expect(kept()).toBeGreaterThan(0);
  }, 120_000);
});
