import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { projectCounts } from '../../db/articles.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import { libraryPage } from '../../db/library-page.ts';
import { migrate } from '../../db/migrate.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { summaryCounts } from '../../db/migrations/015-summary-counts.ts';
import type { Db } from '../../db/open.ts';
import { useTempDir } from '../support/temp.ts';
import { countedFacets, projectAndColleaguesCopy } from './counted-facets.ts';

// The project's header and the library's unfiltered facets read rows that triggers keep (migration
// 015). Each check recounts with the queries the app ran before, over the rows themselves, after
// each kind of change a person or a colleague's merge makes.

const TOP = 1000;

/** The project's counts as counted before migration 015. */
function countedProject(db: Db) {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM articles) AS articles,
         (SELECT count(*) FROM articles) - (SELECT count(*) FROM articles WHERE analyzed_at IS NULL) AS analysed,
         (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
         (SELECT count(*) FROM quotes WHERE status != 'rejected' AND kind = 'direct') AS quotes,
         (SELECT count(*) FROM entities) AS entities`,
    )
    .get();
}

function expectKept(db: Db) {
  expect(projectCounts(db)).toEqual(countedProject(db));
  const facets = libraryFacets(db, {}, TOP);
  const counted = countedFacets(db, {}, TOP);
  expect(facets.outlets).toEqual(counted.outlets);
  expect(facets.speakers).toEqual(counted.speakers);
  expect(facets.undated).toBe(counted.undated);
  // Short spans are shown by day; the kept days must give the same histogram.
  if (facets.bucket === 'day') expect(facets.dates).toEqual(counted.days);
  // The library's total, with no filter and with outlets chosen, is read from the same rows.
  const total = (outlets?: string[]) =>
    libraryPage(db, { outlets }, { sort: 'id', descending: false, start: { offset: 0 }, limit: 1 }).total;
  expect(total()).toBe(db.prepare('SELECT count(*) FROM articles').pluck().get());
  const named = (counted.outlets as { outlet: string | null }[]).flatMap((row) => row.outlet ?? []);
  for (const outlets of [named.slice(0, 1), named.slice(0, 2), [...named, 'No such outlet']])
    expect(total(outlets)).toBe(
      db
        .prepare('SELECT count(*) FROM articles WHERE outlet IN (SELECT value FROM json_each(?))')
        .pluck()
        .get(JSON.stringify(outlets)),
    );
}

const speakerNamed = (db: Db, name: string) =>
  libraryFacets(db, {}, TOP).speakers.find((speaker) => speaker.name === name);

describe('summary counts kept by triggers', () => {
  const temp = useTempDir();

  it('match a recount after import, corrections, renames, merges, a colleague’s merge, undo and deleting an article', async () => {
    const dir = temp.dir();
    const { base, theirs } = await projectAndColleaguesCopy(dir);
    const project = new Engine(base);
    try {
      const db = project.db;
      expectKept(db);
      const quotes = db
        .prepare(
          "SELECT id, article_id, speaker_text FROM quotes WHERE kind = 'direct' AND status != 'rejected' ORDER BY id",
        )
        .all() as { id: number; article_id: number; speaker_text: string | null }[];
      expect(quotes.length).toBeGreaterThan(1);
      const [first, second] = quotes as [(typeof quotes)[0], (typeof quotes)[0]];

      // A correction: the reader names the speaker of one quote as another quote's speaker.
      await project.invoke('quotes.update', second.id, { speakerText: 'Marta Quell', speakerEntityId: null });
      expectKept(db);
      // A rejected quote leaves the counts; a new one by hand joins them.
      await project.invoke('quotes.update', first.id, { status: 'rejected' });
      expectKept(db);
      const text = (await project.invoke('articles.get', first.article_id)).text;
      const made = await project.invoke('quotes.create', {
        articleId: first.article_id,
        start: 0,
        end: Math.min(20, text.length),
        speakerText: 'Marta Quell',
      });
      expectKept(db);
      expect(speakerNamed(db, 'Marta Quell')).toMatchObject({
        articles: new Set([first.article_id, second.article_id]).size,
        quotes: 2,
      });
      await project.invoke('quotes.delete', made.id);
      expectKept(db);

      // A speaker who is an entity is counted under the entity's name, before and after a rename.
      const person = db
        .prepare("SELECT id FROM entities WHERE type = 'person' ORDER BY id")
        .pluck()
        .get() as number;
      await project.invoke('quotes.update', second.id, { speakerEntityId: person });
      expectKept(db);
      await project.invoke('entities.rename', person, 'The Convoy Leader');
      expectKept(db);
      expect(speakerNamed(db, 'The Convoy Leader')).toMatchObject({ entity_id: person, quotes: 1 });
      const [a, b] = db
        .prepare("SELECT id FROM entities WHERE type = 'person' ORDER BY id LIMIT 2")
        .pluck()
        .all() as number[];
      await project.invoke('entities.merge', b!, a!);
      expectKept(db);
      for (let step = 0; step < 8; step++) {
        await project.invoke('history.undo');
        expectKept(db);
      }
      expect(speakerNamed(db, 'The Convoy Leader')).toBeUndefined();

      // A colleague's copy brings a new article in a new outlet, its quotes and a rejection.
      const before = projectCounts(db);
      await project.invoke('project.merge', theirs);
      expectKept(db);
      expect(projectCounts(db)).toMatchObject({ articles: before.articles + 1, outlets: before.outlets + 1 });
      await project.invoke('history.undo');
      expectKept(db);
      expect(projectCounts(db)).toEqual(before);
      await project.invoke('history.redo');
      expectKept(db);

      // Analysis again replaces the machine's quotes; deleting an article takes its rows away.
      await project.invoke('analysis.run', { all: true });
      expectKept(db);
      db.prepare('DELETE FROM articles WHERE id = ?').run(first.article_id);
      expectKept(db);
      expect(projectCounts(db).articles).toBe(before.articles);
    } finally {
      await project.close();
    }
  });

  it('are filled for a project made before them, and follow renamed and deleted entities', () => {
    const db = new Database(join(temp.dir(), 'before.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, summaryCounts.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, outlet, published_at, text, source_format, imported_at, word_count, analyzed_at) VALUES
        ('u1', 'h1', 'Aid', 'Courier', '2020-03-23T08:00:00Z', 'One.', 'text', 'now', 1, 'now'),
        ('u2', 'h2', 'Veto', 'Courier', '2020-03-23', 'Two.', 'text', 'now', 1, NULL),
        ('u3', 'h3', 'Note', NULL, NULL, 'Three.', 'text', 'now', 1, 'now');
      INSERT INTO entities (name, type) VALUES ('Lena Ortis', 'person'), ('Harbour Board', 'organization');
      INSERT INTO quotes (article_id, start, end, kind, speaker_entity_id, speaker_text, status) VALUES
        (1, 0, 2, 'direct', 1, 'she', 'accepted'), (1, 2, 3, 'direct', 1, NULL, 'suggested'),
        (2, 0, 2, 'direct', NULL, 'Lena Ortis', 'suggested'), (2, 2, 3, 'reported', 2, NULL, 'suggested'),
        (3, 0, 2, 'direct', 2, NULL, 'rejected'), (3, 2, 4, 'direct', NULL, NULL, 'suggested'),
        (3, 4, 5, 'direct', 2, 'the board', 'suggested');`);
    migrate(db, latestVersion);
    expectKept(db);
    expect(projectCounts(db)).toEqual({ articles: 3, analysed: 2, outlets: 1, quotes: 5, entities: 2 });
    expect(speakerNamed(db, 'Lena Ortis')).toEqual({
      name: 'Lena Ortis',
      entity_id: 1,
      articles: 2,
      quotes: 3,
    });

    db.prepare("UPDATE entities SET name = 'Port Authority' WHERE id = 2").run();
    expectKept(db);
    // Deleting an entity leaves its quotes to their speaker text.
    db.prepare('DELETE FROM entities WHERE id = 1').run();
    expectKept(db);
    expect(speakerNamed(db, 'Lena Ortis')).toEqual({
      name: 'Lena Ortis',
      entity_id: null,
      articles: 1,
      quotes: 1,
    });
    expect(speakerNamed(db, 'she')).toMatchObject({ quotes: 1 });
    db.prepare("UPDATE articles SET outlet = 'Gazette', published_at = '2020-04-01' WHERE id = 3").run();
    expectKept(db);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expectKept(db);
    expect(libraryFacets(db, {}, TOP).outlets).toEqual([
      { outlet: 'Courier', articles: 1 },
      { outlet: 'Gazette', articles: 1 },
    ]);
    db.close();
  });
});
