import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { EngineEvent } from '../../core/engine/events.ts';
import { MergeStopped } from '../../core/merge/report.ts';
import { mergeProjectFile } from '../../core/merge/run.ts';
import { closeProject, openProject } from '../../db/open.ts';
import { framescope } from '../support/cli.ts';
import { baseProject, coderCopy, contentOf } from './support.ts';

// Issue #11: a merge reports how far it has got, and stopping it leaves this project as it was.

let dir: string;
let base: string;
let ada: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'framescope-merge-progress-'));
  base = await baseProject(dir);
  ada = await coderCopy(base, dir, 'Ada', async (_engine, h) => {
    for (const [title, words] of [
      ['Relief convoy', 'the government had waited too long'],
      ['Council debates', 'blamed the ministry'],
      ['Field clinic', 'sign of solidarity'],
    ] as const) {
      const article = h.article(title);
      await h.codeWords(article, 'Blame', words);
    }
  });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function historyLength(path: string): number {
  const db = openProject(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM edits').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('a merge’s progress, and stopping it', () => {
  it('reports progress as a task, ending with all done, and the report', async () => {
    const mine = join(dir, 'progress.sqlite');
    copyFileSync(base, mine);
    const engine = new Engine(mine);
    const events: EngineEvent[] = [];
    engine.subscribe((event) => events.push(event));
    try {
      const report = await engine.invoke('project.merge', ada);
      expect(report.codings.added).toBe(3);
      expect(report.stopped).toBeUndefined();
    } finally {
      await engine.close();
    }
    const progress = events.filter((event) => event.type === 'progress' && event.task === 'merge');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((event) => event.type === 'progress' && event.cancellable)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 1, total: 1 });
    expect(events.find((event) => event.type === 'finished')).toMatchObject({
      task: 'merge',
      ok: true,
      message: 'Merged Ada.sqlite.',
    });
  }, 120_000);

  it('stopped part way, rolls back what it had merged: the project and its history are as they were', () => {
    const mine = join(dir, 'stopped-midway.sqlite');
    copyFileSync(base, mine);
    const before = { content: contentOf(mine), history: historyLength(mine) };
    const db = openProject(mine);
    let asked = 0;
    const seen: number[] = [];
    try {
      expect(() =>
        mergeProjectFile(db, mine, ada, {
          // Two of the three articles are merged (with their codings) before the stop.
          stopped: () => asked++ >= 2,
          progress: (done) => seen.push(done),
        }),
      ).toThrow(MergeStopped);
    } finally {
      closeProject(db);
    }
    expect(seen).toEqual([0, 1]);
    expect(contentOf(mine)).toEqual(before.content);
    expect(historyLength(mine)).toBe(before.history);
  });

  it('stopped from the window (tasks.cancel), leaves the project unchanged and says so', async () => {
    const mine = join(dir, 'cancelled.sqlite');
    copyFileSync(base, mine);
    const before = contentOf(mine);
    const engine = new Engine(mine);
    const events: EngineEvent[] = [];
    engine.subscribe((event) => events.push(event));
    try {
      const edits = (await engine.invoke('history.state')).undoCount;
      const merging = engine.invoke('project.merge', ada);
      // The merge is the engine's first task; asked to stop before its thread starts.
      const cancelled = await engine.invoke('tasks.cancel', 1);
      expect(cancelled).toEqual({ cancelling: 1 });
      const report = await merging;
      expect(report).toMatchObject({ stopped: true, changed: false });
      expect((await engine.invoke('history.state')).undoCount).toBe(edits);
    } finally {
      await engine.close();
    }
    expect(events.find((event) => event.type === 'finished')).toMatchObject({
      task: 'merge',
      cancelled: true,
      message: 'Stopped merging Ada.sqlite; this project is unchanged.',
    });
    expect(contentOf(mine)).toEqual(before);
    // The same file merged afterwards comes in whole.
    const merged = await framescope('merge', ada, '--db', mine, '--json');
    expect((JSON.parse(merged.out) as { codings: { added: number } }).codings.added).toBe(3);
  }, 120_000);
});
