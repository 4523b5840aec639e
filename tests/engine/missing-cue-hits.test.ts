import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureShippedCodebooks } from '../../core/analyze/codebooks.ts';
import { analysePending } from '../../core/analyze/run.ts';
import { Engine } from '../../core/engine/engine.ts';
import type { EngineEvent } from '../../core/engine/events.ts';
import { previewCues, type CuePreview } from '../../core/engine/frames.ts';
import { countMissingCueHits, storeCueHitsBatch } from '../../core/engine/missing-cue-hits.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { openProject, type Db } from '../../db/open.ts';
import { PACKED_HIT, POLICY_FRAMES } from '../../nlp/frames/index.ts';
import { codebook, everyArticle, on, previewCounting, project } from '../support/cue-preview.ts';
import { makeBeforeFrameSums, versionOf } from '../support/old-project.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: a project analysed before migration 032 holds no recorded cue hits, so a frame's first
// cue preview counted every text that may hold its cues (196 s at 100,000 articles). Once such a
// project is opened (and upgraded), the engine records them in the background, as analysis would
// have, with progress on the task line and Stop; a preview meanwhile answers from the articles
// recorded so far and says so.

/** Every article's recorded hits, as (cue, start, end, sentence start, sentence end), by article. */
function recordedHits(db: Db): Map<number, string[]> {
  const sets = new Map(
    (db.prepare('SELECT id, cues FROM cue_sets').all() as { id: number; cues: string }[]).map((set) => [
      set.id,
      JSON.parse(set.cues) as string[],
    ]),
  );
  const rows = db
    .prepare('SELECT article_id, cue_set, hits FROM article_cue_hits ORDER BY article_id')
    .all() as {
    article_id: number;
    cue_set: number;
    hits: Buffer;
  }[];
  const byArticle = new Map<number, string[]>();
  for (const row of rows) {
    const numbers = new Int32Array(new Uint8Array(row.hits).buffer);
    const cues = sets.get(row.cue_set) ?? [];
    const hits: string[] = [];
    for (let at = 0; at + PACKED_HIT <= numbers.length; at += PACKED_HIT)
      hits.push(`${cues[numbers[at] ?? -1]} ${[...numbers.subarray(at + 1, at + PACKED_HIT)].join(' ')}`);
    byArticle.set(row.article_id, hits.sort());
  }
  return byArticle;
}

const rows = (db: Db) => db.prepare('SELECT count(*) FROM article_cue_hits').pluck().get() as number;
const articles = (db: Db) => db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
const cuesOf = (frame: string) => [...(POLICY_FRAMES.frames.find((f) => f.id === frame)?.cues ?? [])];

describe('the cue hits of a project analysed before migration 032', () => {
  const temp = useTempDir();
  const path = () => join(temp.dir(), 'project.sqlite');

  /** The analysed project's file and what analysis recorded in it, made once for every test. */
  let analysed: Promise<{ file: Buffer; recorded: Map<number, string[]> }> | null = null;

  /** An analysed project made as the release before 031 left it, and what analysis recorded in it. */
  async function oldAnalysedProject(): Promise<Map<number, string[]>> {
    analysed ??= (async () => {
      const db = project(temp.dir());
      try {
        ensureShippedCodebooks(db);
        await analysePending(db, { threads: 1 });
        const recorded = recordedHits(db);
        db.close();
        return { file: readFileSync(path()), recorded };
      } finally {
        if (db.open) db.close();
      }
    })();
    const { file, recorded } = await analysed;
    writeFileSync(path(), file);
    makeBeforeFrameSums(path());
    expect(versionOf(path()).version).toBeLessThan(32);
    return recorded;
  }

  /** Opens the project in an engine, with the events it sends, until its recording of cue hits ends. */
  async function openAndRecord(
    readerThreads: boolean,
    onEvent: (event: EngineEvent, engine: Engine) => void = () => undefined,
  ): Promise<EngineEvent[]> {
    const engine = new Engine(path(), { readerThreads, recordMissingCueHits: true });
    const events: EngineEvent[] = [];
    try {
      await new Promise<void>((resolve) => {
        engine.subscribe((event) => {
          if (event.type === 'changed' || event.task !== 'cue-hits') return;
          events.push(event);
          onEvent(event, engine);
          if (event.type === 'finished') resolve();
        });
      });
    } finally {
      await engine.close();
    }
    return events;
  }

  for (const readerThreads of [true, false])
    it(`are recorded after the upgrade as analysis recorded them (${readerThreads ? 'on the job thread' : 'on one thread'})`, async () => {
      const byAnalysis = await oldAnalysedProject();
      expect(byAnalysis.size).toBe(on(path(), articles));
      const events = await openAndRecord(readerThreads);
      expect(versionOf(path()).version).toBe(latestVersion);
      // On the task line: how far it got, that it stops when asked, and what it did.
      const progress = events.filter((event) => event.type === 'progress');
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.every((event) => event.cancellable && event.total === byAnalysis.size)).toBe(true);
      expect(events.at(-1)).toMatchObject({ type: 'finished', ok: true });
      expect(on(path(), recordedHits)).toEqual(byAnalysis);
      // Some article has hits, so the comparison is not of empty rows.
      expect([...byAnalysis.values()].flat().length).toBeGreaterThan(20);
      // A frame's first preview now reads no text, and finds what reading every article finds.
      const cues = cuesOf('economic');
      const first = await previewCounting(path(), cues);
      expect(first.read).toBe(0);
      expect(first.found).toEqual(on(path(), (db) => everyArticle(db, codebook(cues))));
      expect(first.found.recording).toBeUndefined();
    });

  it('stops when asked, keeps what it wrote, and goes on at the next open', async () => {
    const byAnalysis = await oldAnalysedProject();
    const events = await openAndRecord(false, (event, engine) => {
      if (event.type === 'progress') engine.cancelTask(event.taskId);
    });
    expect(events.at(-1)).toMatchObject({ type: 'finished', ok: true, cancelled: true });
    expect(events.at(-1)?.type === 'finished' && events.at(-1)).toMatchObject({
      message: expect.stringContaining('stopped'),
    });
    expect(on(path(), rows)).toBeLessThan(byAnalysis.size);

    const again = await openAndRecord(true);
    expect(again.at(-1)).toMatchObject({ type: 'finished', ok: true });
    expect(on(path(), recordedHits)).toEqual(byAnalysis);
    // Nothing left: the next open starts no job, and the preview reads.
    const engine = new Engine(path(), { readerThreads: true, recordMissingCueHits: true });
    const seen: EngineEvent[] = [];
    engine.subscribe((event) => void seen.push(event));
    try {
      const cues = cuesOf('political');
      expect(await engine.invoke('codes.preview', { cues })).toEqual(
        on(path(), (db) => everyArticle(db, codebook(cues))),
      );
    } finally {
      await engine.close();
    }
    expect(seen.some((event) => event.type !== 'changed' && event.task === 'cue-hits')).toBe(false);
  });

  it('while they are recorded, a preview answers from the articles recorded so far, first matches first', async () => {
    await oldAnalysedProject();
    const db = openProject(path());
    try {
      const all = articles(db);
      const cues = cuesOf('economic');
      const reports: { found?: CuePreview }[] = [];
      const progress = (_done: number, _total: number, _label?: string, found?: CuePreview) =>
        void reports.push(found ? { found } : {});
      // Nothing recorded yet: an answer at once that says so, and no text counted.
      expect(await previewCues(db, codebook(cues), progress, undefined, null, true)).toEqual({
        passages: 0,
        articles: 0,
        examples: [],
        recording: { recorded: 0, of: all },
      });

      // The first half recorded, as the job writes them.
      const half = Math.floor(all / 2);
      let seen = 0;
      await countMissingCueHits(
        db,
        (batch) => {
          const first = batch.articles.filter(() => seen++ < half);
          if (first.length > 0) storeCueHitsBatch(db, { ...batch, articles: first });
        },
        () => undefined,
      );
      expect(rows(db)).toBe(half);
      reports.length = 0;
      const partial = await previewCues(db, codebook(cues), progress, undefined, null, true);
      expect(partial.recording).toEqual({ recorded: half, of: all });
      // What every recorded article's text holds, and nothing of the others.
      const recordedIds = db.prepare('SELECT article_id FROM article_cue_hits').pluck().all() as number[];
      const expected = onlyArticles(db, recordedIds, (copy) => everyArticle(copy, codebook(cues)));
      expect({ ...partial, recording: undefined }).toEqual({ ...expected, recording: undefined });
      expect(partial.passages).toBeGreaterThan(5);
      // The first matches came with the progress, before the answer.
      expect(reports.some((report) => (report.found?.examples.length ?? 0) > 0)).toBe(true);

      // Not recording (stopped, or a project that may not be changed): the rest are counted, as before.
      const whole = await previewCues(db, codebook(cues), () => undefined, undefined, null, false);
      expect(whole).toEqual(everyArticle(db, codebook(cues)));
    } finally {
      db.close();
    }
  });

  /** `use` on a copy of the project holding only the articles `ids`. */
  function onlyArticles<T>(db: Db, ids: number[], use: (copy: Db) => T): T {
    const copyPath = join(temp.dir(), 'only.sqlite');
    db.exec(`VACUUM INTO '${copyPath}'`);
    const copy = openProject(copyPath);
    try {
      copy
        .prepare(`DELETE FROM articles WHERE id NOT IN (SELECT value FROM json_each(?))`)
        .run(JSON.stringify(ids));
      return use(copy);
    } finally {
      copy.close();
    }
  }
});
