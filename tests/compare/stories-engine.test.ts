import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../core/contract.ts';
import { useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { CHESS, JAPAN, coverageJsonl } from './grouping-fixture.ts';

describe('stories: left out, why, adding and taking out, stopping', () => {
  const { temp, engine } = useEngines();

  async function grouped() {
    const e = engine();
    await e.invoke('import.paths', [temp.file('coverage.jsonl', coverageJsonl())]);
    await e.invoke('stories.group');
    const rows = (await e.invoke('articles.list', {})).rows;
    const idOf = (article: { title: string }) => rows.find((row) => row.title === article.title)!.id;
    const [japan, chile] = await e.invoke('stories.list');
    return { e, idOf, japan: japan!, chile: chile! };
  }

  it('lists what grouping left out, adds it to a story and takes articles out, each as one edit that undoes', async () => {
    const { e, idOf, japan, chile } = await grouped();
    const leftOut = await e.invoke('stories.leftOut');
    expect(leftOut.total).toBe(1);
    expect(leftOut.articles[0]).toMatchObject({ title: CHESS.title, excluded: 0 });

    const added = await e.invoke('stories.moveArticles', [idOf(CHESS)], chile.id);
    expect(added!.articles.map((article) => article.title)).toContain(CHESS.title);
    expect((await e.invoke('stories.leftOut')).total).toBe(0);
    expect((await e.invoke('history.state')).undoLabel).toBe(`Add article ${idOf(CHESS)} to “${chile.name}”`);
    await e.invoke('history.undo');
    expect((await e.invoke('stories.leftOut')).articles.map((article) => article.title)).toEqual([
      CHESS.title,
    ]);

    const denial = idOf(JAPAN[4]!);
    await e.invoke('stories.moveArticles', [denial, idOf(JAPAN[3]!)], null);
    const out = await e.invoke('stories.leftOut');
    expect(
      out.articles
        .filter((article) => article.excluded)
        .map((article) => article.id)
        .sort(),
    ).toEqual([denial, idOf(JAPAN[3]!)].sort());
    // Grouping again leaves out what a person took out.
    await e.invoke('stories.group');
    expect((await e.invoke('stories.leftOut')).total).toBe(3);
    await e.invoke('history.undo'); // the grouping is no edit: this undoes the taking out
    expect((await e.invoke('stories.leftOut')).total).toBe(1);
    expect((await e.invoke('stories.get', japan.id)).articles.map((article) => article.id)).toContain(denial);
  });

  it('says why each article is in its story', async () => {
    const { e, japan, idOf } = await grouped();
    const why = await e.invoke('stories.why', japan.id);
    expect(why.articles).toHaveLength(JAPAN.length);
    const lead = why.articles.find((article) => article.id === idOf(JAPAN[0]!))!;
    expect(lead.terms.map((term) => term.term)).toEqual(expect.arrayContaining(['Japanese', 'Lima']));
    expect(lead.others).toBe(JAPAN.length - 1);
  });

  it('stops grouping when asked and answers other calls meanwhile', async () => {
    const e = engine();
    // Articles recombined from Brown press paragraphs: enough pages to stop part way.
    const paragraphs = brownSamples('ca').flatMap((sample) => brownText(sample).split('\n\n'));
    const lines = Array.from({ length: 500 }, (_, i) =>
      JSON.stringify({
        title: `Report ${i}`,
        outlet: `Outlet ${i % 9}`,
        date: `1961-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
        text:
          [0, 1, 2].map((k) => paragraphs[(i * 7 + k * 131) % paragraphs.length]).join('\n\n') + `\n\n#${i}`,
      }),
    );
    await e.invoke('import.paths', [temp.file('many.jsonl', lines.join('\n'))]);
    const events: EngineEvent[] = [];
    const meanwhile: { answered?: Promise<number> } = {};
    e.subscribe((event) => {
      events.push(event);
      if (event.type === 'progress' && event.task === 'stories' && !meanwhile.answered) {
        expect(event.cancellable).toBe(true);
        meanwhile.answered = e.invoke('history.state').then(() => events.length);
        void e.invoke('tasks.cancel', event.taskId);
      }
    });
    const summary = await e.invoke('stories.group');
    expect(summary).toMatchObject({ finished: false });
    expect(summary.done).toBeLessThan(1);
    // The call made during the grouping was answered before the grouping's end.
    const eventsWhenAnswered = await meanwhile.answered!;
    const finishedAt = events.findIndex((event) => event.type === 'finished');
    expect(eventsWhenAnswered).toBeLessThanOrEqual(finishedAt + 1);
    expect(events[finishedAt]).toMatchObject({ task: 'stories', ok: true, cancelled: true });
    expect((events[finishedAt] as { message: string }).message).toMatch(/^Grouping stopped at \d+%/);
    expect(await e.invoke('stories.list')).toEqual([]);
    const state = await e.invoke('stories.groupingState');
    expect(state.stopped!.done).toBeGreaterThan(0);
    expect(state.stopped!.done).toBeLessThan(1);

    expect(await e.call('tasks.cancel', [9999])).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('prints the articles in no story, why articles are in a story, and adds and removes from the command line', async () => {
    const db = `${temp.dir()}/cli.sqlite`;
    await framescope('import', temp.file('coverage.jsonl', coverageJsonl()), '--db', db);
    expect((await framescope('stories', 'group', '--db', db)).out).toBe(
      'Grouped 8 articles of 9 into 2 stories.\n',
    );
    const list = await framescope('stories', '--db', db);
    expect(list.out).toContain('1 article in no story: framescope stories none');
    const none = await framescope('stories', 'none', '--db', db);
    expect(none.out).toMatch(/^1 article in no story:\n +\d+ +2021-06-09 +Nordic Sport +Chess final in Oslo/);
    const [japan] = JSON.parse((await framescope('stories', '--db', db, '--json')).out) as { id: number }[];
    const shown = await framescope('stories', 'show', String(japan!.id), '--db', db);
    expect(shown.out).toMatch(/about: .*Japanese/);
    expect(shown.out).toMatch(/shares .*Lima \(\d\)/);
    const chessId = none.out.match(/ +(\d+) +2021-06-09/)![1]!;
    expect((await framescope('stories', 'add', String(japan!.id), chessId, '--db', db)).out).toMatch(
      /^Added 1 article to story \d+/,
    );
    expect((await framescope('stories', 'remove', chessId, '--db', db)).out).toBe(
      'Took 1 article out of the stories; grouping again leaves it out.\n',
    );
    expect((await framescope('stories', 'none', '--db', db)).out).toContain('(taken out by hand)');
    expect((await framescope('stories', 'add', 'x', '--db', db)).code).toBe(2);
  });
});
