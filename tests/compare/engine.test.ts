import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import type { EngineEvent } from '../../core/contract.ts';
import { errorOf, useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';
import { EVENT_TITLES, FLOOD_TITLES, articlesJsonl } from './fixture.ts';

describe('stories and compare through the engine', () => {
  const { temp, engine } = useEngines();

  async function grouped() {
    const created = engine();
    await created.invoke('import.paths', [temp.file('coverage.jsonl', articlesJsonl())]);
    const events: EngineEvent[] = [];
    created.subscribe((event) => events.push(event));
    await created.invoke('stories.group');
    const ids = new Map(
      (await created.invoke('articles.list', {})).rows.map((row) => [row.title ?? '', row.id] as const),
    );
    return { engine: created, events, idOf: (title: string) => ids.get(title)! };
  }

  it('groups as a task with progress and reports a change of stories', async () => {
    const { engine: e, events } = await grouped();
    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ task: 'stories', done: progress.at(-1)!.total });
    expect(events).toContainEqual(expect.objectContaining({ type: 'finished', task: 'stories', ok: true }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'changed', what: 'stories' }));
    expect((await e.invoke('stories.list')).map((story) => story.articles)).toEqual([4, 2]);
  });

  it('moves, names, merges and deletes stories as edits that undo, and grouping again keeps them', async () => {
    const { engine: e, idOf } = await grouped();
    const [event, flood] = await e.invoke('stories.list');
    const moved = await e.invoke('stories.moveArticle', idOf(FLOOD_TITLES[0]!), event!.id);
    expect(moved!.articles.map((a) => a.id)).toContain(idOf(FLOOD_TITLES[0]!));
    expect((await e.invoke('history.state')).undoLabel).toMatch(/^Move article/);
    await e.invoke('history.undo');
    expect((await e.invoke('stories.get', flood!.id)).articles).toHaveLength(2);

    const named = await e.invoke('stories.rename', flood!.id, 'Valencia floods');
    expect(named).toMatchObject({ name: 'Valencia floods', origin: 'manual', articles: 2 });
    await e.invoke('stories.group');
    const after = await e.invoke('stories.list');
    expect(after.find((story) => story.name === 'Valencia floods')!.articles).toBe(2);
    expect(after).toHaveLength(2);

    const merged = await e.invoke('stories.merge', named.id, after.find((s) => s.id !== named.id)!.id);
    expect(merged.articles).toHaveLength(6);
    expect(await e.invoke('stories.list')).toHaveLength(1);
    await e.invoke('history.undo');
    expect((await e.invoke('stories.list')).map((s) => s.articles).sort()).toEqual([2, 4]);

    await e.invoke('stories.delete', named.id);
    expect(await e.invoke('stories.list')).toHaveLength(1);
    await e.invoke('history.undo');
    expect((await e.invoke('stories.get', named.id)).story.name).toBe('Valencia floods');
  });

  it('makes a story from a search, and compares it with linkage', async () => {
    const { engine: e } = await grouped();
    const story = await e.invoke('stories.fromSearch', 'sanctions OR goodwill', 'Aid and sanctions');
    expect(story.story).toMatchObject({
      name: 'Aid and sanctions',
      query: 'sanctions OR goodwill',
      origin: 'manual',
    });
    expect(story.articles.map((a) => a.outlet).sort()).toEqual([
      'Adriatic Wire',
      'Baltic Monitor',
      'Capital Daily',
    ]);
    const result = await e.invoke('compare.outlets', {
      storyId: story.story.id,
      linkage: [
        { name: 'aid', terms: ['aid', 'help', 'humanitarian*'] },
        { name: 'sanctions', terms: ['sanction*', 'veto'] },
      ],
    });
    expect(result.outlets.map((o) => [o.outlet, o.counted])).toEqual([
      ['Adriatic Wire', 1],
      ['Baltic Monitor', 1],
      ['Capital Daily', 0],
    ]);
    expect(result.linkage[0]!.perOutlet['Baltic Monitor']!.sentencesBoth).toBe(3);
    const wire = await e.invoke('compare.wire', { storyId: story.story.id });
    expect(wire.map((pair) => [pair.sourceOutlet, pair.copyOutlet, pair.reprint])).toEqual([
      ['Adriatic Wire', 'Capital Daily', true],
    ]);
  });

  it('refuses a selection that is not one thing, an unknown story and a bad cue, with sentences', async () => {
    const { engine: e, idOf } = await grouped();
    expect(errorOf(await e.call('compare.outlets', [{ storyId: 1, query: 'aid' }])).code).toBe(
      'invalid-arguments',
    );
    expect(errorOf(await e.call('compare.outlets', [{ storyId: 99 }]))).toEqual({
      code: 'not-found',
      message: 'There is no story 99 in this project; it may have been deleted.',
    });
    const bad = errorOf(
      await e.call('compare.outlets', [
        {
          articleIds: [idOf(EVENT_TITLES[0]!)],
          linkage: [
            { name: 'a', terms: ['~(aid'] },
            { name: 'b', terms: ['x'] },
          ],
        },
      ]),
    );
    expect(bad.code).toBe('invalid-arguments');
    expect(bad.message).toMatch(/linkage concept/);
    expect(errorOf(await e.call('compare.alignment', [idOf(EVENT_TITLES[0]!), 999])).code).toBe('not-found');
  });
});

describe('the compare and stories commands', () => {
  const { temp } = useEngines();

  it('group stories and print a readable summary and JSON per outlet', async () => {
    const db = join(temp.dir(), 'cli.sqlite');
    expect((await framescope('import', temp.file('coverage.jsonl', articlesJsonl()), '--db', db)).code).toBe(
      0,
    );
    const group = await framescope('stories', 'group', '--db', db);
    expect(group.out).toBe('Grouped 6 articles of 6 into 2 stories.\n');
    const list = await framescope('stories', '--db', db, '--json');
    const [event] = JSON.parse(list.out) as { id: number; name: string }[];
    expect((await framescope('stories', 'name', String(event!.id), 'Aid', 'flights', '--db', db)).out).toBe(
      `Story ${event!.id} is now “Aid flights”.\n`,
    );
    // The event's own codebook, for this story only.
    const scoped = await framescope(
      'codebooks',
      'scope',
      'russia-italy-aid',
      '--story',
      String(event!.id),
      '--db',
      db,
    );
    expect(scoped.out).toBe(
      `Codebook “Russian aid to Italy (March 2020)” now applies to story ${event!.id}; frames decided again in 6 articles.\n`,
    );
    expect((await framescope('codebooks', '--db', db)).out).toContain(
      `russia-italy-aid  Russian aid to Italy (March 2020): 4 codes, story ${event!.id}\n`,
    );

    const text = await framescope('compare', '--story', String(event!.id), '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toContain('4 articles from 4 outlets from 2020-03-22 to 2020-03-23.');
    expect(text.out).toMatch(
      /Capital Daily: 1 article \(1 reprint\)\n {2}article \d+ reprints Adriatic Wire article \d+/,
    );
    expect(text.out).toMatch(
      /Baltic Monitor: 1 article\n {2}frames: [^\n]*Political linkage and sanctions 100% of articles/,
    );
    expect(text.out).toMatch(/distinctive: sanctions \(z /);

    const json = await framescope(
      'compare',
      '--story',
      String(event!.id),
      '--by',
      'outlet',
      '--json',
      '--link',
      'aid=aid,help,humanitarian*',
      '--link',
      'sanctions=sanction*,veto',
      '--db',
      db,
    );
    const parsed = JSON.parse(json.out) as {
      linkage: { perOutlet: Record<string, { sentencesBoth: number }> }[];
    };
    expect(parsed.linkage[0]!.perOutlet['Baltic Monitor']!.sentencesBoth).toBe(3);
    expect((await framescope('compare', '--story', '77', '--db', db)).err).toBe(
      'There is no story 77 in this project; it may have been deleted.\n',
    );
    expect((await framescope('stories', 'name', 'x', '--db', db)).code).toBe(2);
  });
});

describe('migration 004', () => {
  const { temp } = useEngines();

  it('adds stories with memberships that go with their article or story', () => {
    const db = new Database(join(temp.dir(), 'm4.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    db.prepare(
      `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
       VALUES ('u1', 'h1', 'Aid', 'Planes landed.', 'text', '2020-03-23T00:00:00Z', 2),
              ('u2', 'h2', 'More aid', 'More planes landed.', 'text', '2020-03-23T00:00:00Z', 3)`,
    ).run();
    migrate(db, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.prepare("INSERT INTO stories (id, name, created_at) VALUES (1, 'Aid', '2020-03-24T00:00:00Z')").run();
    db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1), (2, 1)').run();
    expect(() => db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run()).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT article_id FROM story_articles').pluck().all()).toEqual([2]);
    db.prepare('DELETE FROM stories WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM story_articles').pluck().get()).toBe(0);
    db.close();
  });
});
