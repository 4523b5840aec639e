import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuePrefilterQuery } from '../../core/analyze/cue-prefilter.ts';
import { previewCues, type CuePreview } from '../../core/engine/frames.ts';
import { openProject, type Db } from '../../db/open.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { codebook, everyArticle, importMore, project } from '../support/cue-preview.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: the cue preview keeps each cue's hits until a text changes, so after a person edits one cue
// of a frame only that cue is counted. Its answer must be exactly what reading every article whole
// gives for the cues as they are now: counts, examples, titles and offsets, after any edit of the cues
// and after any change to the articles.

const CUES = [
  'aid',
  'tax*',
  '~(united|several) states',
  'communis*',
  'city council',
  'ÉLECTION',
  '?court',
  'public school*',
];

type Run = { found: CuePreview; read: number; first: CuePreview | undefined };

/** One preview, with how many articles it read and the first counts it showed while it ran. */
async function preview(db: Db, cues: string[], signal?: AbortSignal): Promise<Run> {
  let read = 0;
  let first: CuePreview | undefined;
  const found = await previewCues(
    db,
    codebook(cues),
    (_done, total, _label, sofar) => {
      read = Math.max(read, total);
      first ??= sofar;
    },
    signal,
  );
  return { found, read, first };
}

/** How many articles the full-text index lets a preview of these cues read. */
const candidates = (db: Db, cues: string[]) => articleIdsMatching(db, cuePrefilterQuery(cues) ?? '').length;

const articles = (db: Db) => db.prepare('SELECT count(*) FROM articles').pluck().get() as number;

describe('the cue preview keeps what each cue found', () => {
  const temp = useTempDir();

  it('after a cue is added, edited or removed, counts only the new cue and answers as a full reading does', async () => {
    const db = project(temp.dir());
    try {
      const cold = await preview(db, CUES);
      expect(cold.found).toEqual(everyArticle(db, codebook(CUES)));
      expect(cold.found.passages).toBeGreaterThan(20);
      expect(cold.read).toBe(candidates(db, CUES));

      const added = [...CUES, 'sanction*'];
      const afterAdd = await preview(db, added);
      expect(afterAdd.found).toEqual(everyArticle(db, codebook(added)));
      expect(afterAdd.read).toBe(candidates(db, ['sanction*']));
      expect(afterAdd.read).toBeLessThan(cold.read);
      // The cues counted before show at once, before the new one is counted.
      expect(afterAdd.first).toEqual(cold.found);

      // "aid" becomes "aid*": a cue that overlaps the others' words and finds more.
      const edited = added.map((cue) => (cue === 'aid' ? 'aid*' : cue));
      const afterEdit = await preview(db, edited);
      expect(afterEdit.found).toEqual(everyArticle(db, codebook(edited)));
      expect(afterEdit.read).toBe(candidates(db, ['aid*']));
      expect(afterEdit.found).not.toEqual(afterAdd.found);

      // Removing a cue reads no article at all.
      const removed = edited.filter((cue) => cue !== 'tax*');
      const afterRemove = await preview(db, removed);
      expect(afterRemove.found).toEqual(everyArticle(db, codebook(removed)));
      expect(afterRemove.read).toBe(0);
      expect(afterRemove.found.passages).toBeLessThan(afterEdit.found.passages);

      // A phrase covering a kept cue's word: the examples keep the longest, as one frame does.
      const phrase = [...removed, 'aid was a goodwill gesture'];
      const afterPhrase = await preview(db, phrase);
      expect(afterPhrase.found).toEqual(everyArticle(db, codebook(phrase)));
      const examples = afterPhrase.found.examples.map((example) => example.cue.text);
      expect(examples).toContain('aid was a goodwill-gesture');
    } finally {
      db.close();
    }
  });

  it('brings what it kept up to date when articles are imported, edited or deleted, by any connection, reading only those', async () => {
    const db = project(temp.dir());
    // A second connection to the same file, as a command-line import or the engine's writer would be.
    const other = openProject(join(temp.dir(), 'project.sqlite'));
    try {
      await preview(db, CUES);
      const again = await preview(db, CUES);
      expect(again.read).toBe(0);
      expect(again.found).toEqual(everyArticle(db, codebook(CUES)));

      importMore(other);
      const imported = await preview(db, CUES);
      expect(imported.found).toEqual(everyArticle(db, codebook(CUES)));
      // Only the three imported articles are read (migration 030's log of changed texts).
      expect(imported.read).toBe(3);
      expect(imported.found.passages).toBeGreaterThan(again.found.passages);

      // The article of our own loses its aid and taxes; its first example goes.
      other
        .prepare(
          "UPDATE articles SET text = replace(replace(text, 'aid', 'help'), 'taxes', 'levies') WHERE uid = 'a1'",
        )
        .run();
      const edited = await preview(db, CUES);
      expect(edited.read).toBe(1);
      expect(edited.found).toEqual(everyArticle(db, codebook(CUES)));
      expect(edited.found.passages).toBeLessThan(imported.found.passages);

      // A new title changes no text: what was kept stays, and the examples show the new title.
      other.prepare("UPDATE articles SET title = 'The seed, retitled' WHERE uid = 'a0'").run();
      const retitled = await preview(db, CUES);
      expect(retitled.read).toBe(0);
      expect(retitled.found).toEqual(everyArticle(db, codebook(CUES)));

      other.prepare("DELETE FROM articles WHERE uid = 'a0'").run();
      const deleted = await preview(db, CUES);
      expect(deleted.read).toBe(1);
      expect(deleted.found).toEqual(everyArticle(db, codebook(CUES)));
      expect(deleted.found.articles).toBe(edited.found.articles - 1);
      expect(articles(db)).toBe(25);
    } finally {
      other.close();
      db.close();
    }
  });

  it('keeps nothing of a cue whose count was stopped half way', async () => {
    const db = project(temp.dir());
    try {
      await preview(db, CUES);
      const stop = new AbortController();
      stop.abort();
      const added = [...CUES, 'united states'];
      const stopped = await preview(db, added, stop.signal);
      expect(stopped.found.stopped).toBe(true);
      const full = await preview(db, added);
      expect(full.read).toBe(candidates(db, ['united states']));
      expect(full.found).toEqual(everyArticle(db, codebook(added)));
    } finally {
      db.close();
    }
  });
});
