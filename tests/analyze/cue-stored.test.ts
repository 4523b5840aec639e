import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuePrefilterQuery } from '../../core/analyze/cue-prefilter.ts';
import { previewCues, SHARING, type CuePreview } from '../../core/engine/frames.ts';
import { staleCueFinds, storeCueFinds, storedCueFinds } from '../../db/cue-finds.ts';
import { insertArticles } from '../../db/articles.ts';
import { stripArticleTexts } from '../../db/annotations-only.ts';
import { openProject, type Db } from '../../db/open.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { textVersion } from '../../db/text-version.ts';
import { codebook, everyArticle, importMore, project } from '../support/cue-preview.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: the cue preview keeps each cue's hits in the project (migration 027), so the first preview
// of a frame after the project is opened again reads no text; after texts change it reads only the
// articles changed since (migration 030). Its answer must still be exactly what
// reading every article whole gives, after any change to the articles by any connection.

const CUES = ['aid', 'tax*', '~(united|several) states', 'communis*', 'city council', 'ÉLECTION', '?court'];

type Run = { found: CuePreview; read: number };

/** One preview on a connection of its own, as a new process makes it, and how many articles it read. */
async function preview(db: Db, cues: string[]): Promise<Run> {
  let read = 0;
  const found = await previewCues(db, codebook(cues), (_done, total) => {
    read = Math.max(read, total);
  });
  return { found, read };
}

const candidates = (db: Db, cues: string[]) => articleIdsMatching(db, cuePrefilterQuery(cues) ?? '').length;

describe('the cue preview keeps what each cue found in the project', () => {
  const temp = useTempDir();
  const path = () => join(temp.dir(), 'project.sqlite');
  /** A connection opened after the others were closed: nothing kept in memory. */
  async function reopened<T>(use: (db: Db) => Promise<T> | T): Promise<T> {
    const db = openProject(path());
    try {
      return await use(db);
    } finally {
      db.close();
    }
  }

  it('answers the first preview after the project is opened again without reading a text', async () => {
    project(temp.dir()).close();
    const cold = await reopened((db) => preview(db, CUES));
    expect(cold.read).toBe(await reopened((db) => candidates(db, CUES)));
    const again = await reopened((db) => preview(db, CUES));
    expect(again.read).toBe(0);
    expect(again.found).toEqual(cold.found);
    expect(again.found).toEqual(await reopened((db) => everyArticle(db, codebook(CUES))));
    // A cue added: only it is counted; the others come from the project.
    const added = [...CUES, 'sanction*'];
    const more = await reopened((db) => preview(db, added));
    expect(more.read).toBe(await reopened((db) => candidates(db, ['sanction*'])));
    expect(more.found).toEqual(await reopened((db) => everyArticle(db, codebook(added))));
    // A connection that only reads (a read-only file, the engine's reader thread) reads them too.
    const readOnly = openProject(path(), { readonly: true, create: false });
    try {
      expect(await preview(readOnly, added)).toEqual({ found: more.found, read: 0 });
    } finally {
      readOnly.close();
    }
  });

  it('counts only the articles imported, edited or deleted since, and nothing after a retitle', async () => {
    project(temp.dir()).close();
    await reopened((db) => preview(db, CUES));
    const stored = () =>
      reopened((db) => db.prepare('SELECT count(*) FROM cue_finds').pluck().get() as number);
    expect(await stored()).toBe(CUES.length);

    // Another window's import (three articles written straight in), then this app's own import.
    await reopened((db) => {
      importMore(db);
      insertArticles(db, [
        {
          uid: 'own',
          content_hash: 'own',
          title: 'Our own',
          outlet: null,
          author: null,
          url: null,
          published_at: null,
          published_raw: null,
          language: null,
          text: 'The harbour board asked for aid. The city council raised the taxes on ferries.',
          source_file: null,
          source_format: 'text',
          imported_at: '2020-04-03T00:00:00Z',
          word_count: 14,
        },
      ]);
    });
    // What was kept stays, to be brought up to date: only the four new articles are read.
    expect(await stored()).toBe(CUES.length);
    const imported = await reopened((db) => preview(db, CUES));
    expect(imported.read).toBe(4);
    expect(imported.found).toEqual(await reopened((db) => everyArticle(db, codebook(CUES))));

    await reopened((db) =>
      db
        .prepare(
          "UPDATE articles SET text = replace(replace(text, 'aid', 'help'), 'taxes', 'levies') WHERE uid = 'a1'",
        )
        .run(),
    );
    const edited = await reopened((db) => preview(db, CUES));
    expect(edited.read).toBe(1);
    expect(edited.found).toEqual(await reopened((db) => everyArticle(db, codebook(CUES))));
    expect(edited.found.passages).toBeLessThan(imported.found.passages);

    await reopened((db) =>
      db.prepare("UPDATE articles SET title = 'The seed, retitled' WHERE uid = 'a0'").run(),
    );
    const retitled = await reopened((db) => preview(db, CUES));
    expect(retitled.read).toBe(0);
    expect(retitled.found.examples[0]?.title).toBe('The seed, retitled');
    expect(retitled.found).toEqual(await reopened((db) => everyArticle(db, codebook(CUES))));

    // Deleted, and an edit and a deletion of the same article seen at once.
    await reopened((db) => {
      db.prepare("DELETE FROM articles WHERE uid = 'a0'").run();
      db.prepare("UPDATE articles SET text = text || ' More aid.' WHERE uid = 'new0'").run();
      db.prepare("DELETE FROM articles WHERE uid = 'new0'").run();
    });
    const deleted = await reopened((db) => preview(db, CUES));
    expect(deleted.read).toBe(2);
    expect(deleted.found).toEqual(await reopened((db) => everyArticle(db, codebook(CUES))));
    expect(deleted.found.articles).toBe(edited.found.articles - 2);
    // Brought up to date and stored again: the next connection reads nothing.
    expect((await reopened((db) => preview(db, CUES))).read).toBe(0);
  });

  it('reads only the changed articles the full-text index allows when many changed', async () => {
    project(temp.dir()).close();
    await reopened((db) => preview(db, ['communis*']));
    await reopened((db) => {
      importMore(db);
    });
    const from = SHARING.from;
    SHARING.from = 2;
    try {
      const imported = await reopened((db) => preview(db, ['communis*']));
      const allowed = await reopened(
        (db) =>
          db
            .prepare(
              `SELECT count(*) FROM articles WHERE uid LIKE 'new%' AND id IN
               (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`,
            )
            .pluck()
            .get(cuePrefilterQuery(['communis*'])) as number,
      );
      expect(allowed).toBeLessThan(3);
      expect(imported.read).toBe(allowed);
      expect(imported.found).toEqual(await reopened((db) => everyArticle(db, codebook(['communis*']))));
    } finally {
      SHARING.from = from;
    }
  });

  it('counts afresh when the log no longer holds every change, and logs nothing when nothing is kept', async () => {
    project(temp.dir()).close();
    const changes = () =>
      reopened((db) => db.prepare('SELECT count(*) FROM text_changes').pluck().get() as number);
    await reopened((db) => {
      importMore(db);
    });
    // Nothing kept: nothing logged.
    expect(await changes()).toBe(0);
    await reopened((db) => preview(db, CUES));
    await reopened((db) =>
      db.prepare("UPDATE articles SET text = text || ' More aid.' WHERE uid = 'a1'").run(),
    );
    expect(await changes()).toBe(1);
    // A log that lost a change (as one of a row lagging too far behind): every candidate is read.
    await reopened((db) => db.prepare('DELETE FROM text_changes').run());
    const afresh = await reopened((db) => preview(db, CUES));
    expect(afresh.read).toBe(await reopened((db) => candidates(db, CUES)));
    expect(afresh.found).toEqual(await reopened((db) => everyArticle(db, codebook(CUES))));
    // Stored at the texts' version, the rows need no change logged before it.
    await reopened((db) =>
      db.prepare("UPDATE articles SET text = text || ' Less aid.' WHERE uid = 'a2'").run(),
    );
    expect(await changes()).toBe(1);
  });

  it('keeps nothing in an annotations-only copy, whose texts are emptied', async () => {
    project(temp.dir()).close();
    await reopened((db) => preview(db, CUES));
    await reopened((db) => {
      stripArticleTexts(db);
    });
    const count = (table: string) =>
      reopened((db) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
    expect(await count('cue_finds')).toBe(0);
    expect(await count('text_changes')).toBe(0);
    const empty = await reopened((db) => preview(db, CUES));
    expect(empty.found).toEqual({ passages: 0, articles: 0, examples: [] });
  });

  it('does not keep hits counted before a text changed, and makes room by the cues stored longest ago', async () => {
    project(temp.dir()).close();
    await reopened(async (db) => {
      const counted = await preview(db, ['aid', 'tax*', 'communis*']);
      expect(counted.found.passages).toBeGreaterThan(0);
      const version = textVersion(db);
      const kept = storedCueFinds(db, ['aid', 'tax*', 'communis*'], version);
      expect([...kept.keys()]).toEqual(['aid', 'tax*', 'communis*']);
      const aid = kept.get('aid')!.articles.length;
      const tax = kept.get('tax*')!.articles.length;
      const communism = kept.get('communis*')!.articles.length;

      // Stored again one by one with room for two: the cue stored longest ago goes each time.
      storeCueFinds(db, version, new Map([['communis*', kept.get('communis*')!]]), tax + communism);
      storeCueFinds(db, version, new Map([['tax*', kept.get('tax*')!]]), tax + communism);
      storeCueFinds(db, version, new Map([['aid', kept.get('aid')!]]), aid + tax);
      expect([...storedCueFinds(db, ['aid', 'tax*', 'communis*'], version).keys()]).toEqual(['aid', 'tax*']);

      // Counted at a version the texts have left: not stored; the rows stored before stay at their version.
      db.prepare("UPDATE articles SET text = text || ' More aid.' WHERE uid = 'a1'").run();
      storeCueFinds(db, version, new Map([['communis*', kept.get('communis*')!]]));
      expect(storedCueFinds(db, ['aid', 'tax*', 'communis*'], textVersion(db)).size).toBe(0);
      expect([...staleCueFinds(db, ['aid', 'tax*', 'communis*'], textVersion(db)).keys()]).toEqual([
        'aid',
        'tax*',
      ]);
    });
  });
});
