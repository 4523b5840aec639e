// Learning from the scholar (issue 9) on a real project file: the classifier learns from a coder's
// frame decisions, reports cross-validated agreement once there are enough of them, proposes the
// frame for undecided articles, and never takes a person's place.
import { describe, expect, it } from 'vitest';
import { errorOf, useEngines } from '../engine/support.ts';
import { decide, learnProject } from './fixture.ts';

describe('learning a frame from a coder’s decisions', () => {
  const engines = useEngines();

  it('says how many more decisions it needs, then gives seeded figures and proposals', async () => {
    const engine = engines.engine();
    const project = await learnProject(engine, engines.temp.file);
    const { ids, codebookId, economic } = project;
    const frameOf = async (args = {}) =>
      (await engine.invoke('learn.codebook', { codebookId, ...args })).frames.find(
        (f) => f.codeId === economic,
      )!;

    await decide(engine, project, ids.money.slice(0, 6), ids.care.slice(0, 3));
    const early = await frameOf();
    expect(early).toMatchObject({
      positives: 6,
      negatives: 3,
      needed: { positive: 4, negative: 7 },
      crossValidation: null,
      proposals: [],
    });

    await decide(engine, project, ids.money.slice(6), ids.care.slice(3));
    const learned = await frameOf();
    expect(learned).toMatchObject({ positives: 12, negatives: 12, needed: null, undecided: 2 });
    const cv = learned.crossValidation!;
    expect(cv.truePositives + cv.falsePositives + cv.falseNegatives + cv.trueNegatives).toBe(24);
    expect(cv.precision).toBeGreaterThanOrEqual(0.8);
    expect(cv.recall).toBeGreaterThanOrEqual(0.8);
    expect(learned.strongest.length).toBeGreaterThan(0);

    // The same decisions and seed give the same figures; the seed and folds are the caller's.
    expect((await frameOf()).crossValidation).toEqual(cv);
    expect((await frameOf({ folds: 3, seed: 9 })).crossValidation!.folds).toBe(3);

    // Proposed for the undecided article about costs, not for the one about patients.
    expect(learned.proposals.map((p) => p.articleId)).toEqual([ids.undecidedMoney]);
    expect(learned.proposals[0]).toMatchObject({ origin: 'learned', proposed: true });
    expect(learned.doubtful.map((p) => p.articleId).sort()).toEqual(
      [ids.undecidedMoney, ids.undecidedCare].sort(),
    );
    expect(learned.proposedCount).toBe(1);

    // A frame the coder decided nowhere is not taken as absent in the articles they did decide.
    const other = (await engine.invoke('learn.codebook', { codebookId })).frames.find(
      (f) => f.key === 'health-safety',
    )!;
    expect(other).toMatchObject({ positives: 0, negatives: 0, needed: { positive: 10, negative: 10 } });
  }, 60_000);

  it('never overrides or stores a decision, and sets a denied frame aside', async () => {
    const engine = engines.engine();
    const project = await learnProject(engine, engines.temp.file);
    const { ids, codebookId, economic, coderId } = project;
    await decide(engine, project, ids.money, ids.care);
    const before = await engine.invoke('articles.get', ids.undecidedMoney);
    // The coder says one article about money is not Economic: the model keeps it that way.
    await engine.invoke('frames.decide', ids.money[0]!, economic, { present: false, coderId });
    await engine.invoke('frames.decide', ids.money[1]!, economic, { denied: true, coderId });

    const report = await engine.invoke('learn.codebook', { codebookId });
    const frame = report.frames.find((f) => f.codeId === economic)!;
    expect(frame).toMatchObject({ positives: 10, negatives: 13, setAside: 1 });
    const listed = [...frame.proposals, ...frame.doubtful].map((p) => p.articleId);
    for (const decided of [...ids.money, ...ids.care]) expect(listed).not.toContain(decided);

    const decision = (await engine.invoke('articles.get', ids.money[0]!)).decisions.find(
      (d) => d.codeId === economic,
    )!;
    expect(decision).toMatchObject({ present: false, origin: 'manual', coderName: 'Ada' });
    // Proposals are not decisions: the undecided article reads exactly as before.
    expect((await engine.invoke('articles.get', ids.undecidedMoney)).decisions).toEqual(before.decisions);
  }, 60_000);

  it('learns from evidence a coder accepted, or rejected every sentence of', async () => {
    const engine = engines.engine();
    const { ids, codebookId, economic, coderId } = await learnProject(engine, engines.temp.file);
    const evidence = async (id: number) =>
      (await engine.invoke('articles.get', id)).annotations.filter(
        (a) => a.codeId === economic && a.origin === 'auto',
      );
    const withEvidence: number[] = [];
    for (const id of ids.money) if ((await evidence(id)).length > 1) withEvidence.push(id);
    expect(withEvidence.length).toBeGreaterThanOrEqual(3);
    const [accepted, rejected, partly] = withEvidence as [number, number, number];
    await engine.invoke('annotations.update', (await evidence(accepted))[0]!.id, {
      status: 'accepted',
      coderId,
    });
    for (const hit of await evidence(rejected))
      await engine.invoke('annotations.update', hit.id, { status: 'rejected', coderId });
    // One sentence rejected, the others left: the coder has not said the frame is absent.
    await engine.invoke('annotations.update', (await evidence(partly))[0]!.id, {
      status: 'rejected',
      coderId,
    });

    const frame = (await engine.invoke('learn.codebook', { codebookId })).frames.find(
      (f) => f.codeId === economic,
    )!;
    expect(frame).toMatchObject({ positives: 1, negatives: 1, needed: { positive: 9, negative: 9 } });
  }, 60_000);

  it('refuses a codebook the project does not have', async () => {
    const engine = engines.engine();
    const reply = await engine.call('learn.codebook', [{ codebookId: 999 }]);
    expect(errorOf(reply).message).toMatch(/codebook/i);
  });
});
