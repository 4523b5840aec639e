import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, type Db } from '../../db/open.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { groupStories } from '../../core/compare/grouping.ts';
import { whyInStory } from '../../core/compare/story-terms.ts';
import { ensureManualStory, leftOutArticles, listStories, storyArticleIds } from '../../db/stories.ts';
import { groupingRun } from '../../db/grouping.ts';
import { useTempDir } from '../support/temp.ts';
import { CHESS, CHILE, JAPAN, coverageJsonl } from './grouping-fixture.ts';
import { ECUADOR, FLOODS, PERU, PERU_FIRST } from './grouping-places-fixture.ts';
import { AFTERMATH, DAM, RESIGNATION } from './grouping-aftermath-fixture.ts';

async function coverageProject(temp: ReturnType<typeof useTempDir>, name = 'coverage.sqlite') {
  const db = openProject(join(temp.dir(), name));
  await importPaths(db, [temp.file('coverage.jsonl', coverageJsonl())]);
  const ids = new Map(
    (db.prepare('SELECT id, title FROM articles').all() as { id: number; title: string }[]).map((row) => [
      row.title,
      row.id,
    ]),
  );
  return { db, idOf: (article: { title: string }) => ids.get(article.title)! };
}

/** The stories as sets of titles, biggest first. */
function storiesByTitle(db: Db): string[][] {
  return listStories(db).map((story) =>
    storyArticleIds(db, story.id).map(
      (id) => db.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(id) as string,
    ),
  );
}

const titles = (articles: readonly { title: string }[]) => articles.map((article) => article.title);

describe('grouping coverage into stories', () => {
  const temp = useTempDir();

  it('joins one event over several days and angles, keeps a neighbouring event apart and leaves an off-topic article out', async () => {
    const { db } = await coverageProject(temp);
    const summary = await groupStories(db);
    expect(summary).toMatchObject({ articles: 9, stories: 2, grouped: 8, finished: true, resumed: false });
    const [japan, chile] = storiesByTitle(db);
    expect(new Set(japan)).toEqual(new Set(titles(JAPAN)));
    expect(new Set(chile)).toEqual(new Set(titles(CHILE)));
    expect(leftOutArticles(db, 0, 10).rows.map((row) => row.title)).toEqual([CHESS.title]);
    db.close();
  });

  it('keeps apart two events told in the same words by the places they name', async () => {
    const db = openProject(join(temp.dir(), 'floods.sqlite'));
    await importPaths(db, [temp.file('floods.jsonl', coverageJsonl(FLOODS))]);
    await groupStories(db);
    const stories = storiesByTitle(db).map((story) => new Set(story));
    expect(stories).toContainEqual(new Set(titles(ECUADOR)));
    expect(stories.some((story) => titles(PERU).every((title) => story.has(title)))).toBe(true);
    db.close();
  });

  it('keeps apart a story that formed a week after another in its words (a resignation over a disaster)', async () => {
    const db = openProject(join(temp.dir(), 'aftermath.sqlite'));
    await importPaths(db, [temp.file('aftermath.jsonl', coverageJsonl(AFTERMATH))]);
    await groupStories(db);
    const stories = storiesByTitle(db).map((story) => new Set(story));
    expect(stories).toEqual([new Set(titles(DAM)), new Set(titles(RESIGNATION))]);
    db.close();
  });

  it('puts a first report in the story that formed after it had left the date window', async () => {
    const db = openProject(join(temp.dir(), 'first.sqlite'));
    await importPaths(db, [temp.file('first.jsonl', coverageJsonl(FLOODS))]);
    await groupStories(db);
    const peru = storiesByTitle(db).find((story) => story.includes(PERU[0]!.title))!;
    expect(new Set(peru)).toEqual(new Set(titles([PERU_FIRST, ...PERU])));
    expect(leftOutArticles(db, 0, 10).rows).toEqual([]);
    db.close();
  });

  it('goes on to the same stories when stopped while a first report waits alone', async () => {
    const floods = async (name: string) => {
      const db = openProject(join(temp.dir(), `${name}.sqlite`));
      await importPaths(db, [temp.file(`${name}.jsonl`, coverageJsonl(FLOODS))]);
      return db;
    };
    const whole = await floods('floods-whole');
    await groupStories(whole, { pageSize: 1, checkpointPages: 1 });
    const expected = storiesByTitle(whole);
    whole.close();
    for (const at of [2, 4]) {
      const db = await floods(`floods-stopped-${at}`);
      const controller = new AbortController();
      const options = { pageSize: 1, checkpointPages: 1 };
      const stopped = await groupStories(
        db,
        options,
        (done) => {
          if (done >= FLOODS.length + at) controller.abort();
        },
        controller.signal,
      );
      expect(stopped.finished).toBe(false);
      await groupStories(db, options);
      expect(storiesByTitle(db)).toEqual(expected);
      db.close();
    }
  });

  it('names a story by a headline, not by the file name an untitled text was given as its title', async () => {
    // Notes saved as plain text with no headline take their file's name as their title.
    const [titled, ...untitled] = JAPAN;
    const files = untitled.map((article, index) =>
      // One paragraph, longer than a headline, so none of it is taken for a title.
      temp.file(`lima-notes-${index + 1}.txt`, article.text.replaceAll('\n\n', ' ')),
    );
    const db = openProject(join(temp.dir(), 'untitled.sqlite'));
    await importPaths(db, [...files, temp.file('ledger.jsonl', coverageJsonl([titled!]))]);
    await groupStories(db);
    const story = listStories(db).find((row) => storyArticleIds(db, row.id).length === JAPAN.length);
    expect(story?.name).toBe(titled!.title);
    db.close();
  });

  it('does not give as a reason a word every article of the project uses', async () => {
    const db = openProject(join(temp.dir(), 'why-common.sqlite'));
    await importPaths(db, [temp.file('why-common.jsonl', coverageJsonl(AFTERMATH))]);
    await groupStories(db);
    const dam = listStories(db).find((story) => story.name === DAM[1]!.title)!;
    const why = whyInStory(db, dam.id);
    // Every report names Portugal; the dam's reports share the town, the dam and the search.
    expect(why.storyTerms).not.toContain('Portugal');
    for (const article of why.articles) {
      const terms = article.terms.map((shared) => shared.term);
      expect(terms).not.toContain('Portugal');
      expect(terms).toEqual(expect.arrayContaining(['Vale Fundo']));
    }
    db.close();
  });

  it('shows the terms of a story as the articles write them: acronyms and names keep their capitals', async () => {
    const quota = [
      'The EU cut the herring quota for the Skerry Banks on Monday. The EU fisheries board said stocks had fallen for a third year, and McAllister, who leads the trawler owners, called the cut ruinous.',
      "Trawler owners in Portsmere met the EU's decision with anger. McAllister told a meeting at the harbour that the EU had ignored its own scientists on the Skerry Banks.",
      'Fishing crews blocked the harbour at Portsmere over the EU herring quota. McAllister said the blockade would last until the EU reopened talks on the Skerry Banks.',
    ];
    // Other news in the project, so that the quota row's own words stand out.
    const other = [
      'The county council approved a new bus timetable for the winter, with fewer late services.',
      'A bakery on the high street won a regional prize for its rye bread on Saturday.',
    ];
    const db = openProject(join(temp.dir(), 'why-written.sqlite'));
    const lines = [...quota, ...other].map((text, index) =>
      JSON.stringify({ title: `Harbour Post, item ${index + 1}`, outlet: 'Harbour Post', text }),
    );
    await importPaths(db, [temp.file('quota.jsonl', lines.join('\n'))]);
    const ids = (db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]).slice(0, 3);
    const why = whyInStory(db, ensureManualStory(db, 'Herring quota', ids));
    const terms = [...why.storyTerms, ...why.articles.flatMap((a) => a.terms.map((shared) => shared.term))];
    expect(terms).toEqual(expect.arrayContaining(['EU', 'McAllister']));
    expect(terms).not.toContain('Eu');
    expect(terms).not.toContain('Mcallister');
    db.close();
  });

  it('shows a name written in two words as one term, not its words apart', async () => {
    const ferry = [
      'The Harbour Board cancelled the island ferry on Monday. Morag Lennox, who chairs the Harbour Board, blamed the storm damage to the pier at Kilbride.',
      'Islanders protested outside the Harbour Board offices. Morag Lennox promised a relief ferry to Kilbride within a week, and Lennox said the pier would be inspected.',
      'A relief ferry reached Kilbride on Friday. The Harbour Board thanked the crew, and Morag Lennox said the pier at Kilbride would be repaired by spring.',
    ];
    const other = [
      'The county council approved a new bus timetable for the winter, with fewer late services.',
      'A bakery on the high street won a regional prize for its rye bread on Saturday.',
      'The town library will open on Sunday afternoons from next month.',
    ];
    const db = openProject(join(temp.dir(), 'why-names.sqlite'));
    const lines = [...ferry, ...other].map((text, index) =>
      JSON.stringify({ title: `Island News, item ${index + 1}`, outlet: 'Island News', text }),
    );
    await importPaths(db, [temp.file('ferry.jsonl', lines.join('\n'))]);
    const ids = (db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]).slice(0, 3);
    const why = whyInStory(db, ensureManualStory(db, 'Island ferry', ids));
    expect(why.storyTerms).toEqual(expect.arrayContaining(['Harbour Board', 'Morag Lennox', 'Kilbride']));
    const shared = why.articles.flatMap((a) => a.terms.map((term) => term.term));
    expect(shared).toContain('Morag Lennox');
    for (const word of ['Harbour', 'Board', 'Morag', 'Lennox']) {
      expect(why.storyTerms).not.toContain(word);
      expect(shared).not.toContain(word);
    }
    // Shared by the articles that share both its words.
    const first = why.articles.find((a) => a.id === ids[0])!;
    expect(first.terms.find((term) => term.term === 'Morag Lennox')?.articles).toBe(2);
    db.close();
  });

  it('never gives a reporting verb as a story term, however often the story quotes with it', async () => {
    const dredging = [
      'The port authority stated on Tuesday that dredging of the Corran channel would start in May. "The silt has closed the channel to tankers," the harbourmaster stated.',
      'Dredging of the Corran channel was delayed again, the port authority stated. Fishermen insisted the silt had moved, and the harbourmaster stated that tankers were waiting.',
      'Tankers waited off the Corran channel as dredging stalled. "We are stating the obvious," a pilot insisted, and the harbourmaster reiterated that the silt must go.',
    ];
    const other = [
      'The county council approved a new bus timetable for the winter, with fewer late services.',
      'A bakery on the high street won a regional prize for its rye bread on Saturday.',
      'The town library will open on Sunday afternoons from next month.',
    ];
    const db = openProject(join(temp.dir(), 'why-verbs.sqlite'));
    const lines = [...dredging, ...other].map((text, index) =>
      JSON.stringify({ title: `Item ${index + 1}`, outlet: 'Harbour Post', text }),
    );
    await importPaths(db, [temp.file('dredging.jsonl', lines.join('\n'))]);
    const ids = (db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]).slice(0, 3);
    const why = whyInStory(db, ensureManualStory(db, 'Channel dredging', ids));
    const terms = [...why.storyTerms, ...why.articles.flatMap((a) => a.terms.map((shared) => shared.term))];
    expect(why.storyTerms).toEqual(expect.arrayContaining(['Corran', 'dredging', 'silt']));
    for (const verb of ['stated', 'insisted', 'stating', 'reiterated']) expect(terms).not.toContain(verb);
    db.close();
  });

  it('says why an article is in its story by the terms it shares with the others', async () => {
    const { db, idOf } = await coverageProject(temp);
    await groupStories(db);
    const story = listStories(db)[0]!;
    const row = idOf(JAPAN[3]!);
    const why = whyInStory(db, story.id, [row]);
    const terms = why.articles[0]!.terms.map((shared) => shared.term);
    // The row over the aid shares the event's people and places, not the row's own words.
    expect(terms).toContain('Kenji Morita');
    expect(terms).not.toContain('publicity');
    expect(why.articles[0]!.terms.every((shared) => shared.articles >= 1 && shared.articles <= 4)).toBe(true);
    expect(why.storyTerms.slice(0, 8)).toEqual(expect.arrayContaining(['Japanese']));
    db.close();
  });

  it('stops when asked, keeps the stories as they were, and goes on where it stopped', async () => {
    const whole = await coverageProject(temp, 'whole.sqlite');
    await groupStories(whole.db, { pageSize: 2, checkpointPages: 1 });
    const expected = storiesByTitle(whole.db);
    whole.db.close();

    const { db } = await coverageProject(temp, 'stopped.sqlite');
    const controller = new AbortController();
    const stopped = await groupStories(
      db,
      { pageSize: 2, checkpointPages: 1 },
      (done, total) => {
        if (done / total > 0.7) controller.abort();
      },
      controller.signal,
    );
    expect(stopped.finished).toBe(false);
    expect(stopped.done).toBeGreaterThan(0.5);
    expect(stopped.done).toBeLessThan(1);
    expect(listStories(db)).toEqual([]);
    expect(groupingRun(db)).toMatchObject({ phase: 'grouping' });

    const resumed = await groupStories(db, { pageSize: 2, checkpointPages: 1 });
    expect(resumed).toMatchObject({ finished: true, resumed: true, stories: 2, grouped: 8 });
    expect(storiesByTitle(db)).toEqual(expected);
    expect(groupingRun(db)).toBeUndefined();
    db.close();
  });

  it('goes on after being killed, from its last checkpoint, to the same stories', async () => {
    const { db } = await coverageProject(temp, 'killed.sqlite');
    db.close();
    const path = join(temp.dir(), 'killed.sqlite');
    copyFileSync(path, join(temp.dir(), 'fresh.sqlite'));
    const script = temp.file(
      'kill.ts',
      `import { openProject } from ${JSON.stringify(join(import.meta.dirname, '../../db/open.ts'))};
       import { groupStories } from ${JSON.stringify(join(import.meta.dirname, '../../core/compare/grouping.ts'))};
       const db = openProject(process.argv[2]);
       await groupStories(db, { pageSize: 1, checkpointPages: 1 }, (done, total) => {
         if (done / total > 0.75) process.kill(process.pid, 'SIGKILL');
       });`,
    );
    const child = spawn(process.execPath, [script, path], { stdio: 'ignore' });
    await new Promise((done) => child.on('exit', done));
    expect(child.signalCode).toBe('SIGKILL');

    const killed = openProject(path);
    expect(killed.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listStories(killed)).toEqual([]);
    expect(groupingRun(killed)!.position).toBeGreaterThan(0);
    const resumed = await groupStories(killed, { pageSize: 1, checkpointPages: 1 });
    expect(resumed).toMatchObject({ finished: true, resumed: true });

    const fresh = openProject(join(temp.dir(), 'fresh.sqlite'));
    await groupStories(fresh, { pageSize: 1, checkpointPages: 1 });
    expect(storiesByTitle(killed)).toEqual(storiesByTitle(fresh));
    killed.close();
    fresh.close();
  });

  it('keeps where a person put an article, also when they did it while grouping had stopped', async () => {
    const { db, idOf } = await coverageProject(temp);
    const controller = new AbortController();
    await groupStories(
      db,
      { pageSize: 2, checkpointPages: 1 },
      (done, total) => {
        if (done / total > 0.8) controller.abort();
      },
      controller.signal,
    );
    // Meanwhile a person takes the Tokyo denial out of every story.
    db.prepare('INSERT INTO story_exclusions (article_id) VALUES (?)').run(idOf(JAPAN[4]!));
    await groupStories(db, { pageSize: 2, checkpointPages: 1 });
    const [japan] = storiesByTitle(db);
    expect(new Set(japan)).toEqual(new Set(titles(JAPAN.slice(0, 4))));
    expect(leftOutArticles(db, 0, 10).rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: JAPAN[4]!.title, excluded: 1 })]),
    );
    db.close();
  });

  it('starts over when articles were added since it stopped', async () => {
    const { db } = await coverageProject(temp);
    const controller = new AbortController();
    await groupStories(
      db,
      { pageSize: 2, checkpointPages: 1 },
      (done, total) => {
        if (done / total > 0.7) controller.abort();
      },
      controller.signal,
    );
    await importPaths(db, [
      temp.file(
        'more.jsonl',
        JSON.stringify({
          ...CHESS,
          title: 'Tie-break decides the Oslo chess final',
          text: `${CHESS.text}\n\nThe Oslo final was decided by the second blitz game of the tie-break.`,
          date: '2021-06-10T12:00:00Z',
        }),
      ),
    ]);
    const summary = await groupStories(db);
    expect(summary).toMatchObject({ finished: true, resumed: false, stories: 3, grouped: 10 });
    db.close();
  });
});
