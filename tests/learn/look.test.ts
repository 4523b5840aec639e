// Looking at what the model learned must not change the project (issue 9): the Codebook view asks
// `learn.codebook` whenever it opens, and a scholar who only looks (or whose copy is read-only)
// must find the file as it was. Proposals are stored when decisions change and the coder refreshes
// them (`learn.refresh`), and the figures say when the stored ones no longer match the decisions.
import { chmodSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { checkpoint, openProject } from '../../db/open.ts';
import { useEngines } from '../engine/support.ts';
import { decide, decidedProject } from './fixture.ts';

/** What a look must leave as it was: the proposals and the edit history. */
function projectState(path: string) {
  const db = openProject(path, { readonly: true });
  try {
    return {
      proposals: db.prepare('SELECT * FROM learned_proposals ORDER BY article_id, code_id').all(),
      runs: db.prepare('SELECT * FROM learn_runs ORDER BY codebook_id').all(),
      edits: db.prepare('SELECT count(*) FROM edits').pluck().get(),
    };
  } finally {
    db.close();
  }
}

/**
 * Opens the project as the app does (opening a writable project notes the session in it), then
 * reads what the Codebook view shows and returns its report, with the file's bytes from before and
 * after the view, the write-ahead log checkpointed into the file both times.
 */
async function look(path: string, codebookId: number) {
  const engine = new Engine(path);
  try {
    expect(checkpoint(engine.db)).toBe(true);
    const before = readFileSync(path);
    const written = engine.db.prepare('SELECT total_changes()').pluck().get();
    await engine.invoke('codebooks.list');
    await engine.invoke('learn.codebook', { codebookId });
    const report = await engine.invoke('learn.codebook', { codebookId });
    expect(engine.db.prepare('SELECT total_changes()').pluck().get()).toBe(written);
    expect(checkpoint(engine.db)).toBe(true);
    return { report, before, after: readFileSync(path) };
  } finally {
    await engine.close();
  }
}

describe('looking at the learned figures', () => {
  const engines = useEngines();

  it('leaves the project file, its history and its proposals as they were', async () => {
    const engine = engines.engine();
    const path = engine.path;
    const project = await decidedProject(engine, engines.temp.file);
    await engine.close();

    // Never refreshed: the view shows the figures and what would be proposed, and stores nothing.
    const state = projectState(path);
    const { report, before, after } = await look(path, project.codebookId);
    const economic = report.frames.find((frame) => frame.codeId === project.economic)!;
    expect(economic).toMatchObject({ proposedCount: 1, stored: 0 });
    expect(economic.crossValidation?.precision).toEqual(expect.any(Number));
    expect(report).toMatchObject({ stored: false, trainedAt: null, upToDate: false, canStore: true });
    expect(after.equals(before)).toBe(true);
    expect(projectState(path)).toEqual(state);
  }, 90_000);

  it('says when the stored proposals no longer match the decisions, until they are refreshed', async () => {
    const engine = engines.engine();
    const path = engine.path;
    const project = await decidedProject(engine, engines.temp.file);
    const { ids, codebookId, economic } = project;
    const refreshed = await engine.invoke('learn.refresh', { codebookId });
    expect(refreshed).toMatchObject({ stored: true, upToDate: true });
    expect(await engine.invoke('learn.codebook', { codebookId })).toMatchObject({ upToDate: true });

    // The coder turns every decision round: the model would now propose the other article.
    await decide(engine, project, ids.care, ids.money);
    const stale = await engine.invoke('learn.codebook', { codebookId });
    expect(stale).toMatchObject({ stored: false, upToDate: false });
    expect(stale.frames.find((frame) => frame.codeId === economic)!.proposals[0]?.articleId).toBe(
      ids.undecidedCare,
    );
    await engine.close();

    // Looking again, in a new session, still changes nothing: the old proposal stays until a refresh.
    const state = projectState(path);
    expect(state.proposals).toEqual([expect.objectContaining({ article_id: ids.undecidedMoney })]);
    const { report, before, after } = await look(path, codebookId);
    expect(report).toMatchObject({ upToDate: false });
    expect(after.equals(before)).toBe(true);
    expect(projectState(path)).toEqual(state);

    const again = new Engine(path);
    try {
      expect(await again.invoke('learn.refresh', { codebookId })).toMatchObject({ upToDate: true });
    } finally {
      await again.close();
    }
    expect(projectState(path).proposals).toEqual([
      expect.objectContaining({ article_id: ids.undecidedCare, code_id: economic }),
    ]);
  }, 90_000);

  it('shows the figures of a read-only project file and refuses to store in it', async () => {
    const engine = engines.engine();
    const path = engine.path;
    const project = await decidedProject(engine, engines.temp.file);
    await engine.invoke('learn.refresh', { codebookId: project.codebookId });
    await engine.close();
    chmodSync(path, 0o444);
    try {
      const bytes = readFileSync(path);
      const reader = new Engine(path);
      try {
        const report = await reader.invoke('learn.codebook', { codebookId: project.codebookId });
        expect(report).toMatchObject({ canStore: false, stored: false, upToDate: true });
        expect(report.frames.find((frame) => frame.codeId === project.economic)).toMatchObject({
          positives: 12,
          negatives: 12,
          proposedCount: 1,
          stored: 1,
        });
        const refused = await reader.call('learn.refresh', [{ codebookId: project.codebookId }]);
        expect(refused).toMatchObject({
          ok: false,
          error: { message: expect.stringMatching(/open only to read, so proposals cannot be stored/) },
        });
      } finally {
        await reader.close();
      }
      expect(readFileSync(path).equals(bytes)).toBe(true);
    } finally {
      chmodSync(path, 0o644);
    }
  }, 90_000);
});
