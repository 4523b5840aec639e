// Learned proposals that follow a person's decisions (issue 9): where the engine serves a window
// (reader threads on), a burst of frame decisions refreshes the stored proposals once, on the job
// thread, a pause after the last one; a decision made while a refresh runs stops it and drops its
// proposals; Stop stops it; a codebook without enough decisions and a project open only to read
// get no refresh at all. The proposals stored are the ones `learn.refresh` stores. Decisions that
// come in a batch, merged from a colleague's copy or imported from a REFI-QDA project, are followed
// the same way.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine, type EngineOptions } from '../../core/engine/engine.ts';
import type { EngineEvent, TaskFinishedEvent } from '../../core/contract.ts';
import { useTempDir } from '../support/temp.ts';
import { decide, decidedProject, learnProject } from './fixture.ts';

type Row = { article_id: number; code_id: number; probability: number };

describe('stored proposals refreshed after decisions, in the background', () => {
  const temp = useTempDir();
  const engines: Engine[] = [];
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
  });

  // A short pause, so the tests do not wait long: decisions made one after another here follow each
  // other within the same turn of the event loop, so no pause, however short, can fall between them.
  function open(name: string, options: EngineOptions = {}) {
    const engine = new Engine(join(temp.dir(), name), {
      readerThreads: true,
      refreshProposalsAfterMs: 50,
      ...options,
    });
    engines.push(engine);
    const events: EngineEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const stored = () =>
      engine.db
        .prepare(
          'SELECT article_id, code_id, probability FROM learned_proposals ORDER BY article_id, code_id',
        )
        .all() as Row[];
    const refreshes = () =>
      events.filter((e): e is TaskFinishedEvent => e.type === 'finished' && e.task === 'learn');
    const stores = () =>
      events.filter((e) => e.type === 'changed' && e.tables?.includes('learned_proposals')).length;
    return { engine, events, stored, refreshes, stores };
  }

  it('trains once after decisions in a row and stores what an explicit refresh stores', async () => {
    const { engine, events, stored, refreshes, stores } = open('row.sqlite');
    const project = await learnProject(engine, temp.file);
    await decide(engine, project, project.ids.money, project.ids.care);
    await engine.learnedProposalsSettled();

    expect(refreshes()).toEqual([
      expect.objectContaining({
        ok: true,
        message: expect.stringMatching(/^Learned proposals updated: 1 stored/),
      }),
    ]);
    expect(stores()).toBe(1);
    // Shown in the rail as it runs, with Stop.
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'progress', task: 'learn', cancellable: true }),
    );
    const background = stored();
    expect(background).toEqual([
      expect.objectContaining({ article_id: project.ids.undecidedMoney, code_id: project.economic }),
    ]);
    await engine.invoke('learn.refresh', { codebookId: project.codebookId });
    expect(stored()).toEqual(background);

    // The coder turns every decision round: the proposal follows, with no refresh asked for.
    await decide(engine, project, project.ids.care, project.ids.money);
    await engine.learnedProposalsSettled();
    expect(refreshes()).toHaveLength(2);
    expect(stored()).toEqual([
      expect.objectContaining({ article_id: project.ids.undecidedCare, code_id: project.economic }),
    ]);
  }, 120_000);

  it('drops a refresh that a newer decision makes stale, and refreshes again after it', async () => {
    const { engine, stored, refreshes, stores } = open('superseded.sqlite');
    const project = await learnProject(engine, temp.file);
    const { ids, economic, coderId } = project;
    let decidedMeanwhile = false;
    engine.subscribe((event) => {
      if (event.type !== 'progress' || event.task !== 'learn' || decidedMeanwhile) return;
      // While the first refresh runs, the coder decides the article it would propose.
      decidedMeanwhile = true;
      void engine.invoke('frames.decide', ids.undecidedMoney, economic, { present: true, coderId });
    });
    await decide(engine, project, ids.money, ids.care);
    await engine.learnedProposalsSettled();

    expect(decidedMeanwhile).toBe(true);
    expect(refreshes().map((event) => event.message)).toEqual([
      'A newer decision replaced this update of the learned proposals.',
      expect.stringMatching(/^Learned proposals updated/),
    ]);
    expect(refreshes().every((event) => event.ok && !event.cancelled)).toBe(true);
    // Only the second stored anything: no proposal of the article the coder has decided since.
    expect(stores()).toBe(1);
    const background = stored();
    expect(background.some((row) => row.article_id === ids.undecidedMoney)).toBe(false);
    await engine.invoke('learn.refresh', { codebookId: project.codebookId });
    expect(stored()).toEqual(background);
  }, 120_000);

  it('stops when asked, leaving the proposals as they were', async () => {
    const { engine, stored, refreshes, stores } = open('stopped.sqlite');
    const project = await learnProject(engine, temp.file);
    engine.subscribe((event) => {
      if (event.type === 'progress' && event.task === 'learn' && event.done === 0)
        void engine.call('tasks.cancel', [event.taskId]);
    });
    await decide(engine, project, project.ids.money, project.ids.care);
    await engine.learnedProposalsSettled();

    expect(refreshes()).toEqual([
      expect.objectContaining({
        ok: true,
        cancelled: true,
        message: 'Stopped: the learned proposals are as they were until your next decision or a refresh.',
      }),
    ]);
    expect(stores()).toBe(0);
    expect(stored()).toEqual([]);
  }, 120_000);

  it('does not run while no codebook has enough decisions', async () => {
    const { engine, events, stored } = open('few.sqlite');
    const project = await learnProject(engine, temp.file);
    await decide(engine, project, project.ids.money.slice(0, 9), project.ids.care);
    await engine.learnedProposalsSettled();
    expect(events.filter((event) => event.type !== 'changed' && event.task === 'learn')).toEqual([]);
    expect(stored()).toEqual([]);
  }, 120_000);

  it('never runs on a project open only to read, nor where there is no job thread', async () => {
    const path = join(temp.dir(), 'decided.sqlite');
    const writer = new Engine(path);
    const project = await decidedProject(writer, temp.file);
    // Without reader threads (the CLI, scripts): stored only on request, as before.
    await writer.learnedProposalsSettled();
    expect(writer.db.prepare('SELECT count(*) FROM learned_proposals').pluck().get()).toBe(0);
    await writer.close();

    const { engine, events, stored } = open('decided.sqlite', { readOnly: true });
    const refused = await engine.call('frames.decide', [
      project.ids.undecidedMoney,
      project.economic,
      { present: true, coderId: project.coderId },
    ]);
    expect(refused.ok).toBe(false);
    await engine.learnedProposalsSettled();
    expect(events.filter((event) => event.type !== 'changed' && event.task === 'learn')).toEqual([]);
    expect(stored()).toEqual([]);
  }, 120_000);

  it("refreshes after a colleague's decisions are merged in, with no decision made here", async () => {
    const theirs = join(temp.dir(), 'theirs.sqlite');
    const colleague = new Engine(theirs);
    await decidedProject(colleague, temp.file);
    await colleague.close();

    const { engine, stored, refreshes } = open('mine.sqlite');
    const report = await engine.invoke('project.merge', theirs);
    expect(report.frameDecisions.added).toBe(24);
    await engine.learnedProposalsSettled();

    expect(refreshes()).toEqual([
      expect.objectContaining({
        ok: true,
        message: expect.stringMatching(/^Learned proposals updated: 1 stored/),
      }),
    ]);
    const background = stored();
    expect(background).toHaveLength(1);
    const book = (await engine.invoke('codebooks.list')).find((b) => b.key === 'policy-frames')!;
    await engine.invoke('learn.refresh', { codebookId: book.id });
    expect(stored()).toEqual(background);
  }, 180_000);

  it('refreshes after a REFI-QDA import brings the coding that makes enough decisions', async () => {
    const { engine, events, stored, refreshes } = open('mine.sqlite');
    const project = await learnProject(engine, temp.file);
    // Nine articles with the frame: one short, so deciding them trains nothing.
    await decide(engine, project, project.ids.money.slice(0, 9), project.ids.care);
    await engine.learnedProposalsSettled();
    expect(events.filter((event) => event.type !== 'changed' && event.task === 'learn')).toEqual([]);

    // A colleague coded the frame by hand in a tenth article of the same texts, in another tool's file.
    const theirs = new Engine(join(temp.dir(), 'theirs.sqlite'));
    const copy = await learnProject(theirs, (name, content) => temp.file(`theirs/${name}`, content));
    const tenth = copy.ids.money[9]!;
    const text = (await theirs.invoke('articles.get', tenth)).text;
    await theirs.invoke('annotations.create', {
      articleId: tenth,
      codeId: copy.economic,
      coderId: copy.coderId,
      start: 0,
      end: text.indexOf('.') + 1,
    });
    const qdpx = join(temp.dir(), 'theirs.qdpx');
    await theirs.invoke('exchange.exportQdpx', qdpx);
    await theirs.close();

    const imported = await engine.invoke('exchange.importQdpx', qdpx);
    expect(imported.sources.imported).toBe(0);
    expect(imported.codings.imported).toBeGreaterThan(0);
    await engine.learnedProposalsSettled();
    expect(refreshes()).toEqual([
      expect.objectContaining({ ok: true, message: expect.stringMatching(/^Learned proposals updated/) }),
    ]);
    const background = stored();
    await engine.invoke('learn.refresh', { codebookId: project.codebookId });
    expect(stored()).toEqual(background);
    expect(background.some((row) => row.article_id === project.ids.undecidedMoney)).toBe(true);
  }, 180_000);
});
