import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptFinds } from '../../core/engine/cue-finds.ts';
import { closeCueHelpers } from '../../core/engine/cue-helpers.ts';
import { previewCues, SHARING, type CuePreview } from '../../core/engine/frames.ts';
import { openProject, type Db } from '../../db/open.ts';
import { codebook, everyArticle, project } from '../support/cue-preview.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: a first count of cues is shared with helper threads, which count runs of the candidate
// articles from the last back while the preview's own thread counts from the first on. The answer must
// be exactly what reading every article whole gives, whoever counted which article, and a helper that
// dies must cost nothing but time.

const CUES = ['aid', 'tax*', '~(united|several) states', 'communis*', 'city council', 'ÉLECTION', '?court'];

const preview = (db: Db, cues: string[]): Promise<CuePreview> =>
  previewCues(db, codebook(cues), () => undefined, undefined, null);

describe('the cue preview shares a first count with helper threads', () => {
  const temp = useTempDir();
  const before = {
    ...SHARING,
    helpers: process.env.FRAMESCOPE_CUE_HELPERS,
    script: process.env.FRAMESCOPE_CUE_WORKER,
  };
  beforeEach(() => {
    // Runs of two articles, shared from the first: the helpers count most of the small project.
    Object.assign(SHARING, { run: 2, from: 0 });
    process.env.FRAMESCOPE_CUE_HELPERS = '2';
  });
  afterEach(() => {
    closeCueHelpers();
    Object.assign(SHARING, { run: before.run, from: before.from });
    const restore = (name: string, value: string | undefined) => {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    };
    restore('FRAMESCOPE_CUE_HELPERS', before.helpers);
    restore('FRAMESCOPE_CUE_WORKER', before.script);
  });

  it('answers as a full reading does, counts, examples, titles and offsets', async () => {
    const db = project(temp.dir());
    try {
      const found = await preview(db, CUES);
      expect(found).toEqual(everyArticle(db, codebook(CUES)));
      expect(found.passages).toBeGreaterThan(20);
      // Each cue's hits, kept for the next preview, are the ones this thread alone counts.
      Object.assign(SHARING, { from: Infinity });
      const alone = openProject(db.name);
      try {
        expect(await preview(alone, CUES)).toEqual(found);
        expect(keptFinds(db, CUES).found).toEqual(keptFinds(alone, CUES).found);
      } finally {
        alone.close();
      }
    } finally {
      db.close();
    }
  });

  it('counts itself what a helper that died was counting', async () => {
    process.env.FRAMESCOPE_CUE_WORKER = new URL('./dying-cue-helper.ts', import.meta.url).pathname;
    const db = project(temp.dir());
    try {
      expect(await preview(db, CUES)).toEqual(everyArticle(db, codebook(CUES)));
    } finally {
      db.close();
    }
  });

  it('stops with the preview', async () => {
    const db = project(temp.dir());
    try {
      const stop = new AbortController();
      const stopped = previewCues(db, codebook(CUES), () => undefined, stop.signal, null);
      // This thread counts its runs at once; the helpers are still starting when the person stops.
      setImmediate(() => stop.abort());
      expect((await stopped).stopped).toBe(true);
      // Nothing of the stopped count was kept: the next preview counts again, and right.
      expect(await preview(db, CUES)).toEqual(everyArticle(db, codebook(CUES)));
    } finally {
      db.close();
    }
  });
});
