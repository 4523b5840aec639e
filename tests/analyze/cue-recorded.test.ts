import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePending, ANALYSIS_VERSION } from '../../core/analyze/run.ts';
import { cuePrefilterQuery } from '../../core/analyze/cue-prefilter.ts';
import { cueSetId, recordCueHits } from '../../db/recorded-cue-hits.ts';
import type { Db } from '../../db/open.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { POLICY_FRAMES } from '../../nlp/frames/index.ts';
import { codebook, everyArticle, on, previewCounting, project } from '../support/cue-preview.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: analysis records each cue's hits article by article as the cue preview counts them
// (migration 032), so a frame's first preview in a project analysed by this code reads no text, and
// only a new or edited cue, or an article analysis did not record, is counted. The answer must be
// exactly what reading every article whole gives.

const preview = previewCounting;

const cuesOf = (frame: string) => POLICY_FRAMES.frames.find((f) => f.id === frame)?.cues ?? [];
const candidates = (db: Db, cues: string[]) => articleIdsMatching(db, cuePrefilterQuery(cues) ?? '').length;
const rows = (db: Db) => db.prepare('SELECT count(*) FROM article_cue_hits').pluck().get() as number;

describe('analysis records each cue’s hits for the cue preview', () => {
  const temp = useTempDir();
  const path = () => join(temp.dir(), 'project.sqlite');
  async function analysed(threads = 2): Promise<void> {
    const db = project(temp.dir());
    try {
      await analysePending(db, { threads });
    } finally {
      db.close();
    }
  }

  it('gives every frame’s first preview from what analysis recorded, reading no text', async () => {
    await analysed();
    const articles = on(path(), (db) => db.prepare('SELECT count(*) FROM articles').pluck().get() as number);
    expect(on(path(), rows)).toBe(articles);
    for (const frame of POLICY_FRAMES.frames) {
      const cues = [...frame.cues];
      const first = await preview(path(), cues);
      expect(first.read, frame.id).toBe(0);
      expect(first.found, frame.id).toEqual(on(path(), (db) => everyArticle(db, codebook(cues))));
    }
    // Some frame finds something in this project, so the comparisons above are not all of empty answers.
    const economic = await preview(path(), [...cuesOf('economic')]);
    expect(economic.found.passages).toBeGreaterThan(5);
  });

  it('records in the analysis’s own thread as in its workers', async () => {
    await analysed(1);
    const cues = [...cuesOf('political')];
    const first = await preview(path(), cues);
    expect(first.read).toBe(0);
    expect(first.found).toEqual(on(path(), (db) => everyArticle(db, codebook(cues))));
  });

  it('counts only an edited cue, and only an article whose text changed or was never recorded', async () => {
    await analysed();
    const cues = [...cuesOf('economic')];
    // One cue edited: only it is counted, in the articles the index allows for it.
    const edited = cues.map((cue, index) => (index === 0 ? `${cue.replace(/\*$/, '')}s` : cue));
    const once = await preview(path(), edited);
    expect(once.read).toBe(on(path(), (db) => candidates(db, [edited[0] ?? ''])));
    expect(once.found).toEqual(on(path(), (db) => everyArticle(db, codebook(edited))));

    // Another connection edits a text and deletes an article: their rows go in the same transaction.
    const political = [...cuesOf('political')];
    on(path(), (db) => {
      db.prepare(
        "UPDATE articles SET text = text || ' The budget and its taxes went to a vote.' WHERE uid = 'a1'",
      ).run();
      db.prepare("DELETE FROM articles WHERE uid = 'a3'").run();
    });
    expect(
      on(path(), (db) =>
        db
          .prepare(
            "SELECT count(*) FROM article_cue_hits JOIN articles a ON a.id = article_id WHERE a.uid = 'a1'",
          )
          .pluck()
          .get(),
      ),
    ).toBe(0);
    const after = await preview(path(), political);
    expect(after.read).toBe(1);
    expect(after.found).toEqual(on(path(), (db) => everyArticle(db, codebook(political))));
  });

  it('counts every article of a project analysed before analysis recorded hits, as before', async () => {
    await analysed();
    on(path(), (db) => db.prepare('DELETE FROM article_cue_hits').run());
    const cues = [...cuesOf('political')];
    const first = await preview(path(), cues);
    expect(first.read).toBe(on(path(), (db) => candidates(db, cues)));
    expect(first.found).toEqual(on(path(), (db) => everyArticle(db, codebook(cues))));
  });

  it('reads no row an older detector recorded, nor hits of a text changed after it was read', async () => {
    await analysed();
    on(path(), (db) => db.prepare('UPDATE cue_sets SET analysis_version = ?').run(ANALYSIS_VERSION - 1));
    const cues = [...cuesOf('political')];
    const stale = await preview(path(), cues);
    expect(stale.read).toBe(on(path(), (db) => candidates(db, cues)));
    expect(stale.found).toEqual(on(path(), (db) => everyArticle(db, codebook(cues))));

    on(path(), (db) => {
      const set = cueSetId(db, ANALYSIS_VERSION, ['aid']) ?? -1;
      const id = db.prepare("SELECT id FROM articles WHERE uid = 'a1'").pluck().get() as number;
      db.prepare('DELETE FROM article_cue_hits WHERE article_id = ?').run(id);
      recordCueHits(db, id, set, Int32Array.of(0, 0, 3, 0, 10), 'a text the article no longer has');
      expect(rows(db)).toBe((db.prepare('SELECT count(*) FROM articles').pluck().get() as number) - 1);
    });
  });
});
