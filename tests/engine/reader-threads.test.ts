import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { EngineEvent } from '../../core/engine/events.ts';
import type { CuePreview } from '../../core/engine/frames.ts';
import { seedAndBulk } from '../support/bulk.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: the bridge's engine answers the slow reads (facets, the project's counts) and runs the
// cue preview on reader threads, so a click never waits for them, and a read still sees every edit.

const BULK = 4000;

/** The seed article, imported and analysed, then short articles about aid written straight into SQLite. */
async function project(path: string): Promise<void> {
  await seedAndBulk(path, BULK + 1, {
    title: `'Aid report #' || id`,
    publishedAt: `'2020-03-' || printf('%02d', 1 + id % 28)`,
    text: `'The ministry said the medical aid arrived on Monday. Doctors and ventilators were part of the aid. ' || 'Officials called the aid a gesture of solidarity, and critics called it propaganda. Report ' || id || '.'`,
    words: 30,
  });
}

describe('reads beside long work', () => {
  const temp = useTempDir();
  const engines: Engine[] = [];
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
  });
  const open = async (readerThreads: boolean) => {
    const path = join(temp.dir(), 'project.sqlite');
    await project(path);
    const engine = new Engine(path, { readerThreads });
    engines.push(engine);
    return engine;
  };

  it('answers the list while a cue preview is still counting, and the preview then finishes', async () => {
    const engine = await open(true);
    const progressed = new Promise<void>((resolve) =>
      engine.subscribe((event: EngineEvent) => {
        if (event.type === 'progress' && event.task === 'preview' && event.done > 0) resolve();
      }),
    );
    let previewDone = false;
    const preview = engine.invoke('codes.preview', { cues: ['aid', 'solidarity'] }).then((found) => {
      previewDone = true;
      return found;
    });
    await progressed;
    const list = await engine.invoke('articles.list', { limit: 5 });
    expect(list.rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
    expect(previewDone).toBe(false);
    const found = await preview;
    expect(found.stopped).toBeUndefined();
    expect(found.articles).toBeGreaterThanOrEqual(BULK);
  });

  it('reports a preview’s counts and first matches as it reads, long before its end', async () => {
    const engine = await open(true);
    const soFar: CuePreview[] = [];
    engine.subscribe((event: EngineEvent) => {
      if (event.type === 'progress' && event.task === 'preview' && event.found) soFar.push(event.found);
    });
    const found = await engine.invoke('codes.preview', { cues: ['propaganda'] });
    expect(soFar.length).toBeGreaterThan(0);
    const first = soFar[0]!;
    expect(first.articles).toBeGreaterThan(0);
    expect(first.articles).toBeLessThan(found.articles);
    expect(first.examples[0]).toMatchObject({ cue: { text: 'propaganda' } });
    // Counts only grow, and none passes the final answer.
    for (const [i, report] of soFar.entries()) {
      expect(report.articles).toBeGreaterThanOrEqual(soFar[i - 1]?.articles ?? 0);
      expect(report.passages).toBeLessThanOrEqual(found.passages);
    }
  });

  it('answers the list before a slow facets call asked just before it', async () => {
    const engine = await open(true);
    const order: string[] = [];
    const facets = engine.invoke('articles.facets', {}).then(() => order.push('facets'));
    const list = engine.invoke('articles.list', { limit: 5 }).then(() => order.push('list'));
    await Promise.all([facets, list]);
    expect(order).toEqual(['list', 'facets']);
  });

  it('gives the same facets and counts on the reader thread as on the engine itself', async () => {
    const threaded = await open(true);
    const facets = await threaded.invoke('articles.facets', { outlets: ['Outlet 3'] });
    // A search: its matching articles are made once per call on the reader's query-only connection.
    const searched = await threaded.invoke('articles.facets', { search: 'aid' });
    expect(searched.outlets.length).toBeGreaterThan(0);
    const info = await threaded.invoke('project.info');
    const path = threaded.path;
    await threaded.close();
    const inline = new Engine(path);
    engines.push(inline);
    expect(await inline.invoke('articles.facets', { outlets: ['Outlet 3'] })).toEqual(facets);
    expect(await inline.invoke('articles.facets', { search: 'aid' })).toEqual(searched);
    expect(await inline.invoke('project.info')).toEqual(info);
    expect(info.counts.articles).toBe(BULK + 1);
  });

  it('starts its reader threads from the script the host names, as the desktop app’s bundle does', async () => {
    const engine = await open(true);
    try {
      // A host that names a script that is not there gets a sentence, not a silent inline answer.
      process.env.FRAMESCOPE_READER_WORKER = join(temp.dir(), 'missing-reader.js');
      const failed = await engine.call('articles.facets', [{}]);
      expect(failed.ok).toBe(false);
      expect(JSON.stringify(failed)).toMatch(/reader thread stopped: .*missing-reader\.js/);
    } finally {
      delete process.env.FRAMESCOPE_READER_WORKER;
    }
    process.env.FRAMESCOPE_READER_WORKER = join(
      import.meta.dirname,
      '../../core/engine/off-thread-worker.ts',
    );
    try {
      const reopened = new Engine(engine.path, { readerThreads: true });
      engines.push(reopened);
      expect((await reopened.invoke('project.info')).counts.articles).toBe(BULK + 1);
    } finally {
      delete process.env.FRAMESCOPE_READER_WORKER;
    }
  });

  it('shows a correction in the very next read', async () => {
    const engine = await open(true);
    const before = await engine.invoke('articles.facets', {});
    const entity = before.entities[0]!;
    await engine.invoke('entities.rename', entity.id, 'A Renamed Ministry');
    const after = await engine.invoke('articles.facets', {});
    expect(after.entities.find((row) => row.id === entity.id)?.name).toBe('A Renamed Ministry');
    const info = await engine.invoke('project.info');
    expect(info.counts.articles).toBe(BULK + 1);
  });

  it('keeps each cue’s hits on the reader thread and reads only an article added since', async () => {
    const engine = await open(true);
    let read = 0;
    engine.subscribe((event: EngineEvent) => {
      if (event.type === 'progress' && event.task === 'preview') read = Math.max(read, event.total);
    });
    const preview = async (cues: string[]) => {
      read = 0;
      const found = await engine.invoke('codes.preview', { cues });
      return { found, read };
    };
    const cold = await preview(['solidarity', 'propaganda']);
    expect(cold.read).toBeGreaterThanOrEqual(BULK);
    // One cue added: only its articles are read; taking it out again reads none.
    const added = await preview(['solidarity', 'propaganda', 'gesture']);
    expect(added.read).toBeGreaterThanOrEqual(BULK);
    const back = await preview(['solidarity', 'propaganda']);
    expect(back).toEqual({ found: cold.found, read: 0 });
    // The engine's own connection writes an article: the reader thread reads only it, and finds it.
    engine.db
      .prepare(
        `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
         VALUES ('late', 'late', 'Late report', 'Critics called the visit propaganda.', 'text', '2020-04-01T00:00:00Z', 5)`,
      )
      .run();
    const after = await preview(['solidarity', 'propaganda']);
    expect(after.read).toBe(1);
    expect(after.found.articles).toBe(cold.found.articles + 1);
  });

  it('keeps what the reader thread counted in the project, for the first preview after it is opened again', async () => {
    const first = await open(true);
    const path = join(temp.dir(), 'project.sqlite');
    const cold = await first.invoke('codes.preview', { cues: ['solidarity', 'propaganda'] });
    await first.close();
    const engine = new Engine(path, { readerThreads: true });
    engines.push(engine);
    let read = 0;
    engine.subscribe((event: EngineEvent) => {
      if (event.type === 'progress' && event.task === 'preview') read = Math.max(read, event.total);
    });
    const again = await engine.invoke('codes.preview', { cues: ['solidarity', 'propaganda'] });
    expect({ found: again, read }).toEqual({ found: cold, read: 0 });
  });

  it('shares a first count with a helper thread started from the reader thread, with the same answer', async () => {
    const before = process.env.FRAMESCOPE_CUE_HELPERS;
    // Read by the reader thread when it starts, as on a machine with cores to spare.
    process.env.FRAMESCOPE_CUE_HELPERS = '1';
    try {
      const shared = await (await open(true)).invoke('codes.preview', { cues: ['solidarity', 'gesture'] });
      // The same articles in a project of their own, counted by the engine's thread alone.
      const path = join(temp.dir(), 'alone.sqlite');
      await project(path);
      process.env.FRAMESCOPE_CUE_HELPERS = '0';
      const engine = new Engine(path);
      engines.push(engine);
      const alone = await engine.invoke('codes.preview', { cues: ['solidarity', 'gesture'] });
      expect(shared).toEqual(alone);
      expect(shared.articles).toBeGreaterThanOrEqual(BULK);
    } finally {
      if (before === undefined) delete process.env.FRAMESCOPE_CUE_HELPERS;
      else process.env.FRAMESCOPE_CUE_HELPERS = before;
    }
  });

  it('stops a preview that a newer one replaces, on the reader thread', async () => {
    const engine = await open(true);
    const first = engine.invoke('codes.preview', { cues: ['aid'] });
    const second = engine.invoke('codes.preview', { cues: ['propaganda'] });
    const [old, newest] = await Promise.all([first, second]);
    expect(old.stopped).toBe(true);
    expect(newest.stopped).toBeUndefined();
    expect(newest.articles).toBe(BULK);
  });
});
