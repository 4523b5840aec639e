import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { EngineEvent, ProgressEvent } from '../../core/contract.ts';
import { PRIOR_STAGE } from '../../core/compare/distinctive.ts';
import { openProject } from '../../db/open.ts';
import { seedAndBulk } from '../support/bulk.ts';
import { framescope } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';

// Issues 9 and 12: a comparison of a large search takes seconds. It runs as a job that reports its
// stages ("Pairing wire copy 500 of 3,000 articles"), stops when asked, and is dropped when a newer
// comparison replaces it, both on the engine's own thread and on its job thread (the bridge's).

const BULK = 3000;

/** The seed article and short reports in seven outlets, none with stored counts: every text is counted. */
async function project(path: string): Promise<void> {
  await seedAndBulk(path, BULK + 1, {
    title: `'Harbour report ' || id`,
    publishedAt: `'2020-03-' || printf('%02d', 1 + id % 28)`,
    text: `'The port authority said cargo number ' || id || ' reached the quay on a ' || CASE id % 3 WHEN 0 THEN 'windy' WHEN 1 THEN 'calm' ELSE 'foggy' END || ' morning. ' || 'Dockers in shift ' || (id % 11) || ' unloaded grain, timber and ' || (id % 13) || ' crates of medicine. ' || CASE WHEN id % 2 = 0 THEN 'Union leaders called the pace unsafe. ' ELSE 'Managers praised the crews. ' END || 'Reported by desk ' || (id % 17) || '.'`,
    words: 45,
  });
}

const isCompareProgress = (event: EngineEvent): event is ProgressEvent =>
  event.type === 'progress' && event.task === 'compare';

async function failureOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('The comparison answered instead of stopping.');
}

describe('a comparison as a job that reports progress and stops', () => {
  const temp = useTempDir();
  const engines: Engine[] = [];
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
  });

  async function opened(readerThreads: boolean): Promise<{ engine: Engine; events: EngineEvent[] }> {
    const path = join(temp.dir(), 'harbour.sqlite');
    await project(path);
    const engine = new Engine(path, { readerThreads });
    engines.push(engine);
    const events: EngineEvent[] = [];
    engine.subscribe((event) => events.push(event));
    return { engine, events };
  }

  it('reports its stages with articles done of all, and answers as before', async () => {
    const { engine, events } = await opened(false);
    const result = await engine.invoke('compare.outlets', { query: 'quay' });
    expect(result.articles).toBe(BULK);
    const progress = events.filter(isCompareProgress);
    // Steps closer than a tenth of a second apart are not all sent; a stage of one piece always is.
    const labels = new Set(progress.map((event) => event.label));
    for (const stage of ['Finding the articles', 'Counting frames by outlet', 'Weighing distinctive words'])
      expect(labels).toContain(stage);
    expect(labels.size).toBeGreaterThan(5);
    // Counting thousands of texts takes more than a tenth of a second: it says how far it got (of
    // the articles counted: reprints of another's wire copy are left out).
    const counting = progress.filter((event) => event.label === 'Counting words in texts');
    expect(counting.length).toBeGreaterThan(0);
    expect(counting.every((event) => event.total > BULK / 2 && event.cancellable)).toBe(true);
    expect(progress.every((event) => event.done <= event.total)).toBe(true);
    expect(events).toContainEqual(expect.objectContaining({ type: 'finished', task: 'compare', ok: true }));
    // Nothing else is announced: a comparison changes nothing a view shows.
    expect(events.some((event) => event.type === 'changed')).toBe(false);
  });

  it('stops at the next stage when asked, and the next call counts to the end', async () => {
    const { engine, events } = await opened(false);
    let cancelled = 0;
    engine.subscribe((event) => {
      // Stopped as soon as it says how far it got: long before the last stage.
      if (isCompareProgress(event) && cancelled === 0) {
        cancelled = event.taskId;
        engine.cancelTask(event.taskId);
      }
    });
    const stopped = await failureOf(engine.invoke('compare.outlets', { query: 'quay' }));
    expect(stopped).toMatchObject({ code: 'stopped', message: 'Stopped: the comparison was not finished.' });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'finished', taskId: cancelled, ok: true, cancelled: true }),
    );
    const reached = events.filter(
      (event): event is ProgressEvent => isCompareProgress(event) && event.taskId === cancelled,
    );
    expect(reached.map((event) => event.label)).not.toContain('Pairing wire copy');

    const again = await engine.invoke('compare.outlets', { query: 'quay' });
    expect(again.articles).toBe(BULK);
    expect(again.outlets.map((outlet) => outlet.outlet)).toHaveLength(7);
  });

  it('stops part way through counting the project’s word prior, keeping no half-counted prior', async () => {
    const { engine, events } = await opened(false);
    // Every step is sent, as if a tenth of a second passed between any two, and the engine waits on
    // this listener: the comparison is stopped at a step of the stage chosen here, however fast the machine.
    let clock = Date.now();
    const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
    let cancelled = 0;
    engine.subscribe((event) => {
      if (isCompareProgress(event) && event.label === PRIOR_STAGE && event.done > 0 && cancelled === 0) {
        cancelled = event.taskId;
        engine.cancelTask(event.taskId);
      }
    });
    try {
      const stopped = await failureOf(engine.invoke('compare.outlets', { query: 'quay' }));
      expect(stopped).toMatchObject({
        code: 'stopped',
        message: 'Stopped: the comparison was not finished.',
      });
    } finally {
      now.mockRestore();
    }
    const steps = events.filter(
      (event): event is ProgressEvent => isCompareProgress(event) && event.taskId === cancelled,
    );
    // It ended at the step it was stopped at, part way through the stage: nothing after it.
    const last = steps[steps.length - 1]!;
    expect(last.label).toBe(PRIOR_STAGE);
    expect(last.done).toBeGreaterThan(0);
    expect(last.done).toBeLessThan(last.total);
    expect(steps.map((event) => event.label)).not.toContain('Weighing distinctive words');

    // What it counted from the texts is stored (handed on once the answer is on its way); the prior,
    // left part way, is not.
    const stored = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      await engine.comparedFeaturesStored();
    };
    await stored();
    const rows = (table: string) => {
      const db = openProject(engine.path, { readonly: true });
      try {
        return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      } finally {
        db.close();
      }
    };
    expect(rows('article_terms')).toBeGreaterThan(BULK / 2);
    expect(rows('compare_prior')).toBe(0);

    // Compared again, it counts the prior to the end and stores it.
    const again = await engine.invoke('compare.outlets', { query: 'quay' });
    expect(Object.values(again.distinctive).some((terms) => terms.length > 0)).toBe(true);
    await stored();
    expect(rows('compare_prior')).toBe(1);
  });

  it('drops a comparison that a newer one replaced, and answers the newer one', async () => {
    const { engine } = await opened(false);
    const expected = await engine.invoke('compare.outlets', { query: 'windy' });
    const older = engine.invoke('compare.outlets', { query: 'quay' });
    const newer = engine.invoke('compare.outlets', { query: 'windy' });
    expect(await failureOf(older)).toMatchObject({
      code: 'stopped',
      message: 'A newer comparison replaced this one before it finished.',
    });
    expect(await newer).toEqual(expected);
    // The wire list has a comparison of its own: paging it does not stop the figures.
    const figures = engine.invoke('compare.outlets', { query: 'calm' });
    const pairs = engine.invoke('compare.wire', { query: 'calm', limit: 5 });
    await expect(Promise.all([figures, pairs])).resolves.toHaveLength(2);
  });

  it('keeps the command line’s JSON alone on stdout, with any stages on stderr', async () => {
    const { engine } = await opened(false);
    const path = engine.path;
    await engine.close();
    const { code, out, err } = await framescope('compare', '--query', 'quay', '--json', '--db', path);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { articles: number }).articles).toBe(BULK);
    // A comparison past a second names its stages, one line each; a quicker one prints nothing there.
    const stages = err.split('\n').filter(Boolean);
    expect(new Set(stages).size).toBe(stages.length);
    for (const line of stages) expect(line).toMatch(/^(Finding|Reading|Pairing|Counting|Weighing) /);
  });

  it('stops and replaces comparisons on the job thread too, keeping the figures of a plain run', async () => {
    const { engine, events } = await opened(true);
    let cancelled = 0;
    const stop = engine.subscribe((event) => {
      if (isCompareProgress(event) && cancelled === 0) {
        cancelled = event.taskId;
        engine.cancelTask(event.taskId);
      }
    });
    expect(await failureOf(engine.invoke('compare.outlets', { query: 'quay' }))).toMatchObject({
      code: 'stopped',
    });
    stop();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'finished', taskId: cancelled, cancelled: true }),
    );

    const older = engine.invoke('compare.outlets', { query: 'quay' });
    const newer = engine.invoke('compare.outlets', { query: 'calm' });
    expect(await failureOf(older)).toMatchObject({ code: 'stopped' });
    const answered = await newer;
    const plain = new Engine(engine.path);
    engines.push(plain);
    expect(answered).toEqual(await plain.invoke('compare.outlets', { query: 'calm' }));
    expect(answered.articles).toBe(BULK / 3);
  });
});
