import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { EngineEvent } from '../../core/engine/events.ts';
import type { Db } from '../../db/open.ts';
import { seedAndBulk } from '../support/bulk.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: a frames re-run reads and detects on the engine's reader thread and writes a batch at
// a time on the engine's own connection, so the window's clicks and corrections go on meanwhile.
// What it stores must be what the re-run on one thread stores; a person can stop it.

const BULK = 1500;

/** The seed article, imported and analysed, then short articles written straight into SQLite. */
async function project(path: string): Promise<void> {
  await seedAndBulk(path, BULK + 1, {
    title: `'Report #' || id`,
    publishedAt: `'2020-03-15'`,
    text: `CASE id % 3 WHEN 0 THEN 'The ministry said the medical aid arrived on Monday. Critics called it propaganda and blamed the government. Report ' || id || '.' WHEN 1 THEN 'The council met on Tuesday to discuss the budget and new taxes for the harbour. Report ' || id || '.' ELSE 'Doctors treated patients with fevers as the virus spread; hospitals asked for ventilators. Report ' || id || '.' END`,
    words: 20,
  });
}

/** The machine's frames as stored: decisions and suggested evidence, without ids and times. */
function machineFrames(db: Db) {
  return {
    decisions: db
      .prepare(
        `SELECT article_id, code_id, present, is_primary, denied, salience FROM frame_decisions
         WHERE origin = 'auto' ORDER BY article_id, code_id`,
      )
      .all(),
    evidence: db
      .prepare(
        `SELECT article_id, code_id, start, end, cue, cues, negated, in_quote, speaker FROM annotations
         WHERE origin = 'auto' ORDER BY article_id, code_id, start, end`,
      )
      .all(),
  };
}

describe('frames re-run beside the clicks', () => {
  const temp = useTempDir();
  const engines: Engine[] = [];
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
  });
  const open = (path: string, readerThreads: boolean) => {
    const engine = new Engine(path, { readerThreads });
    engines.push(engine);
    return engine;
  };

  it('stores what the re-run on one thread stores', async () => {
    const dir = temp.dir();
    const threadedPath = join(dir, 'threaded.sqlite');
    await project(threadedPath);
    const inlinePath = join(dir, 'inline.sqlite');
    copyFileSync(threadedPath, inlinePath);

    const threaded = open(threadedPath, true);
    const inline = open(inlinePath, false);
    const [a, b] = await Promise.all([threaded.invoke('frames.rerun'), inline.invoke('frames.rerun')]);
    expect(a).toEqual(b);
    expect(a.articles).toBe(BULK + 1);
    expect(a.hits).toBeGreaterThan(BULK / 2);
    expect(machineFrames(threaded.db)).toEqual(machineFrames(inline.db));
  });

  it('shows a correction while it runs, and a cancel stops it with the rest untouched', async () => {
    const path = join(temp.dir(), 'project.sqlite');
    await project(path);
    const engine = open(path, true);
    const events: EngineEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const before = machineFrames(engine.db).decisions.length;

    const rerun = engine.invoke('frames.rerun');
    // The seed article's first quote, corrected while the re-run is under way.
    const quote = engine.db
      .prepare("SELECT id FROM quotes WHERE article_id = 1 AND kind = 'direct' ORDER BY start")
      .pluck()
      .get() as number;
    while (!events.some((event) => event.type === 'progress' && event.task === 'frames'))
      await new Promise((resolve) => setTimeout(resolve, 5));
    await engine.invoke('quotes.update', quote, {
      speakerText: 'A corrected speaker',
      speakerEntityId: null,
    });
    const article = await engine.invoke('articles.get', 1);
    expect(article.quotes.find((row) => row.id === quote)?.speakerText).toBe('A corrected speaker');
    expect(events.some((event) => event.type === 'finished' && event.task === 'frames')).toBe(false);

    const progress = events.find((event) => event.type === 'progress' && event.task === 'frames');
    expect(progress).toMatchObject({ cancellable: true });
    expect(engine.cancelTask((progress as { taskId: number }).taskId)).toBe(true);
    const result = await rerun;
    expect(result.stopped).toBe(true);
    expect(result.articles).toBeLessThan(BULK + 1);
    const finished = events.find((event) => event.type === 'finished' && event.task === 'frames');
    expect(finished).toMatchObject({ ok: true, cancelled: true });
    expect((finished as { message: string }).message).toMatch(/stopped after \d+ articles/);
    // Articles are read in id order (1, 2, ...): those past where it stopped had no frames and still have none.
    const last = engine.db
      .prepare("SELECT max(article_id) FROM frame_decisions WHERE origin = 'auto'")
      .pluck()
      .get() as number;
    expect(last).toBeLessThanOrEqual(result.articles);
    expect(machineFrames(engine.db).decisions.length).toBeGreaterThan(before);
  });
});
