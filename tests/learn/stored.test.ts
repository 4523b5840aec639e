// Learned proposals kept in the project file (issue 9): `learn.refresh` stores the frames it
// proposes for undecided articles as learned suggestions, apart from every decision; a new run
// replaces them, a person's decision removes one and always counts instead, and merging or undoing
// never turns one into a decision. `learn.codebook`, what the Codebook view asks, only reads.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { openProject } from '../../db/open.ts';
import { useEngines } from '../engine/support.ts';
import { decide, learnProject, type LearnProject } from './fixture.ts';

function storedRows(path: string): { article_id: number; code_id: number; probability: number }[] {
  const db = openProject(path, { readonly: true });
  try {
    return db
      .prepare('SELECT article_id, code_id, probability FROM learned_proposals ORDER BY article_id, code_id')
      .all() as { article_id: number; code_id: number; probability: number }[];
  } finally {
    db.close();
  }
}

/** What counts for the article and frame, by the project's own ranking. */
function effective(path: string, articleId: number, codeId: number) {
  const db = openProject(path, { readonly: true });
  try {
    return db
      .prepare('SELECT origin, present FROM effective_frame_decisions WHERE article_id = ? AND code_id = ?')
      .get(articleId, codeId) as { origin: string; present: number } | undefined;
  } finally {
    db.close();
  }
}

async function learned(
  engine: Engine,
  project: LearnProject,
  method: 'learn.refresh' | 'learn.codebook' = 'learn.refresh',
) {
  const report = await engine.invoke(method, { codebookId: project.codebookId });
  return { report, frame: report.frames.find((f) => f.codeId === project.economic)! };
}

describe('stored learned proposals', () => {
  const engines = useEngines();

  it('are stored after learning, with when the model was trained, and replaced on a re-run', async () => {
    const engine = engines.engine();
    const path = engine.path;
    const project = await learnProject(engine, engines.temp.file);
    const { ids, economic } = project;
    expect(storedRows(path)).toEqual([]);
    const before = effective(path, ids.undecidedMoney, economic);

    await decide(engine, project, ids.money, ids.care);
    const first = await learned(engine, project);
    expect(first.report.stored).toBe(true);
    expect(first.report.trainedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(first.frame).toMatchObject({ proposedCount: 1, stored: 1 });
    const rows = storedRows(path);
    expect(rows).toEqual([
      { article_id: ids.undecidedMoney, code_id: economic, probability: expect.any(Number) },
    ]);
    expect(rows[0]!.probability).toBeGreaterThanOrEqual(0.5);
    // Stored, but not a decision: what counts for the article is what counted before.
    expect(effective(path, ids.undecidedMoney, economic)).toEqual(before);
    const reader = await engine.invoke('articles.get', ids.undecidedMoney);
    expect(reader.learned).toEqual([
      expect.objectContaining({ codeId: economic, name: 'Economic', origin: 'learned' }),
    ]);

    // The coder changes their mind on every article: the model now proposes the frame for the
    // article about patients instead, and the old proposal is gone, not kept beside it.
    await decide(engine, project, ids.care, ids.money);
    const second = await learned(engine, project);
    expect(second.frame.stored).toBe(1);
    expect(storedRows(path).map((row) => row.article_id)).toEqual([ids.undecidedCare]);
    expect(second.report.trainedAt! >= first.report.trainedAt!).toBe(true);

    // Too few decisions left (the coder undecides a frame's evidence): nothing is proposed or kept.
    for (const id of ids.money.slice(0, 4))
      await engine.invoke('frames.undecide', id, economic, { coderId: project.coderId });
    expect((await learned(engine, project)).frame).toMatchObject({ proposedCount: 0, stored: 0 });
    expect(storedRows(path)).toEqual([]);
  }, 90_000);

  it('give way to a person’s decision, which removes them and is what counts', async () => {
    const engine = engines.engine();
    const path = engine.path;
    const project = await learnProject(engine, engines.temp.file);
    const { ids, economic, coderId } = project;
    await decide(engine, project, ids.money, ids.care);
    await learned(engine, project);
    expect(storedRows(path)).toHaveLength(1);

    // The coder says the proposed frame is absent: their decision counts, the proposal is gone.
    await engine.invoke('frames.decide', ids.undecidedMoney, economic, { present: false, coderId });
    expect(storedRows(path)).toEqual([]);
    expect(effective(path, ids.undecidedMoney, economic)).toEqual({ origin: 'manual', present: 0 });
    expect((await engine.invoke('articles.get', ids.undecidedMoney)).learned).toEqual([]);

    // Undo the decision: no decision, and the proposal does not come back as one; learning again
    // proposes it again.
    await engine.invoke('history.undo');
    expect(effective(path, ids.undecidedMoney, economic)?.origin).not.toBe('manual');
    expect(storedRows(path)).toEqual([]);
    expect((await learned(engine, project)).frame.stored).toBe(1);
    // A learned proposal is not learned from: the model still rests on the coder's 24 decisions.
    expect((await learned(engine, project)).frame).toMatchObject({ positives: 12, negatives: 12 });

    // Accepting a sentence of the frame's evidence in the article decides it too.
    const evidence = (await engine.invoke('articles.get', ids.undecidedMoney)).annotations.find(
      (a) => a.codeId === economic && a.origin === 'auto',
    )!;
    await engine.invoke('annotations.update', evidence.id, { status: 'accepted', coderId });
    expect(storedRows(path)).toEqual([]);
  }, 90_000);

  it('are removed by a colleague’s decision merged in, and never travel in a merge', async () => {
    const engine = engines.engine();
    const path = engine.path;
    const project = await learnProject(engine, engines.temp.file);
    const { ids, economic } = project;
    await decide(engine, project, ids.money, ids.care);
    const [first, second] = [join(engines.temp.dir(), 'bea.sqlite'), join(engines.temp.dir(), 'cy.sqlite')];
    await engine.invoke('project.saveCopy', first);
    await engine.invoke('project.saveCopy', second);
    const colleague = async (file: string, name: string, articleId: number, learn: boolean) => {
      const other = new Engine(file);
      try {
        if (learn) await learned(other, project);
        const coderId = (await other.invoke('coders.ensure', name)).id;
        await other.invoke('frames.decide', articleId, economic, { present: false, coderId });
      } finally {
        await other.close();
      }
    };

    // Bea learns in her copy (a proposal there) and decides the article about patients.
    await colleague(first, 'Bea', ids.undecidedCare, true);
    expect(storedRows(first).map((row) => row.article_id)).toEqual([ids.undecidedMoney]);
    expect((await engine.invoke('project.merge', first)).frameDecisions.added).toBeGreaterThan(0);
    // Her decision came in; her proposal did not.
    expect(effective(path, ids.undecidedCare, economic)).toEqual({ origin: 'manual', present: 0 });
    expect(storedRows(path)).toEqual([]);

    // Ours proposes the frame for the article about costs; Cy's decision on it, merged in, wins.
    await learned(engine, project);
    expect(storedRows(path).map((row) => row.article_id)).toEqual([ids.undecidedMoney]);
    await colleague(second, 'Cy', ids.undecidedMoney, false);
    await engine.invoke('project.merge', second);
    expect(effective(path, ids.undecidedMoney, economic)).toEqual({ origin: 'manual', present: 0 });
    expect(storedRows(path)).toEqual([]);
    // Undoing the merge takes Cy's decision away and leaves no proposal standing in for it.
    await engine.invoke('history.undo');
    expect(effective(path, ids.undecidedMoney, economic)?.origin).not.toBe('manual');
    expect(storedRows(path)).toEqual([]);
  }, 120_000);

  it('are left out of a students’ copy, since they are learned from the key’s answers', async () => {
    const engine = engines.engine();
    const project = await learnProject(engine, engines.temp.file);
    await decide(engine, project, project.ids.money, project.ids.care);
    await learned(engine, project);
    expect(storedRows(engine.path)).toHaveLength(1);
    await engine.invoke('coders.setRole', 'Ada', 'key');
    const copy = join(engines.temp.dir(), 'class.sqlite');
    await engine.invoke('project.saveStudentsCopy', copy);
    expect(storedRows(copy)).toEqual([]);
    const db = openProject(copy, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM learn_runs').pluck().get()).toBe(0);
    db.close();
    // The teacher's own project keeps them.
    expect(storedRows(engine.path)).toHaveLength(1);
  }, 90_000);

  it('are reported but not stored when the project is open only to read', async () => {
    const engine = engines.engine();
    const path = engine.path;
    const project = await learnProject(engine, engines.temp.file);
    await decide(engine, project, project.ids.money, project.ids.care);
    await engine.close();
    const reader = new Engine(path, { readOnly: true });
    try {
      const { report, frame } = await learned(reader, project, 'learn.codebook');
      expect(report).toMatchObject({ stored: false, trainedAt: null, canStore: false });
      expect(frame).toMatchObject({ proposedCount: 1, stored: 0 });
      await expect(learned(reader, project)).rejects.toThrow(
        /is open only to read, so proposals cannot be stored in it/,
      );
    } finally {
      await reader.close();
    }
    expect(storedRows(path)).toEqual([]);
  }, 90_000);
});
