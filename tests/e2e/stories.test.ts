import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brownSamples, brownText } from '../support/brown.ts';
import { CHESS, JAPAN, coverageJsonl } from '../compare/grouping-fixture.ts';
import { screenshot, useBrowserSession } from './browser.ts';

describe('stories in a browser: left out, why, adding and taking out', () => {
  const session = useBrowserSession('stories.sqlite');

  beforeAll(async () => {
    const coverage = join(session.dir, 'coverage.jsonl');
    writeFileSync(coverage, coverageJsonl());
    await session.server.engine.invoke('import.paths', [coverage]);
  });

  it('shows what grouping left out, why articles are in a story, and adds and takes out articles', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/stories`);
    await page.getByRole('button', { name: 'Group articles into stories' }).click();
    const side = page.getByRole('region', { name: 'Stories' });
    await side.getByText(/5 articles from 3 outlets/).waitFor({ timeout: 60_000 });

    // Why each article is in the story: the terms it shares with the others.
    await side.getByText(/5 articles from 3 outlets/).click();
    const story = page.getByRole('region', { name: 'Story' });
    await story.getByText(/^About /).waitFor();
    const denialRow = story.getByRole('row', { name: new RegExp(JAPAN[4]!.title) });
    await expect.poll(() => denialRow.textContent()).toMatch(/shares .*Morita \(\d\)/);
    await screenshot(page, '10-story-why');

    // Taking an article out lists it under In no story, marked as taken out by hand.
    await story.getByRole('button', { name: `Take “${JAPAN[4]!.title}” out of the story` }).click();
    await page
      .getByRole('status')
      .getByText(/Took the article out of the story/)
      .waitFor();
    await side.getByRole('link', { name: /In no story/ }).click();
    const leftOut = page.getByRole('region', { name: 'Story' });
    await leftOut.getByRole('heading', { name: 'In no story' }).waitFor();
    await leftOut.getByRole('row', { name: /taken out by hand/ }).waitFor();
    await expect.poll(() => leftOut.getByRole('row').count()).toBe(3); // header, the chess final, the denial

    // Adding the chess final to a story from the list.
    await leftOut.getByRole('checkbox', { name: `Choose “${CHESS.title}”` }).check();
    await screenshot(page, '11-stories-left-out');
    await leftOut
      .getByRole('combobox', { name: 'Add the chosen articles to a story' })
      .selectOption({ label: 'Chilean army planes bring oxygen to Arequipa' });
    await page
      .getByRole('status')
      .getByText(/Added 1 article to/)
      .waitFor();
    await expect.poll(() => leftOut.getByRole('row').count()).toBe(2);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => leftOut.getByRole('row').count()).toBe(3);
  });
});

describe('stopping a grouping from the rail', () => {
  const session = useBrowserSession('many.sqlite');

  beforeAll(async () => {
    const paragraphs = brownSamples('ca').flatMap((sample) => brownText(sample).split('\n\n'));
    // Long enough that grouping is still running when the Stop button is pressed.
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({
        title: `Report ${i}`,
        outlet: `Outlet ${i % 9}`,
        date: `1961-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
        text:
          [0, 1, 2].map((k) => paragraphs[(i * 7 + k * 131) % paragraphs.length]).join('\n\n') + `\n\n#${i}`,
      }),
    );
    const file = join(session.dir, 'many.jsonl');
    writeFileSync(file, lines.join('\n'));
    await session.server.engine.invoke('import.paths', [file]);
  }, 300_000);

  it('stops with the Stop button, keeps the stories as they were, and offers to go on', async () => {
    const { server, page } = session;
    // On a quiet machine these articles are grouped in about a second, before a click on Stop can
    // arrive. Each progress report of the grouping holds the engine's thread half a second, and the
    // grouping thread waits for its report to be passed on, so it is still running when Stop is
    // pressed, however fast the machine.
    const hold = new Int32Array(new SharedArrayBuffer(4));
    const release = server.engine.subscribe((event) => {
      if (event.type === 'progress' && event.task === 'stories') Atomics.wait(hold, 0, 0, 500);
    });
    try {
      await page.goto(`${server.url}#/stories`);
      await page.getByRole('button', { name: 'Group articles into stories' }).click();
      const tasks = page.getByRole('region', { name: 'Tasks' });
      await tasks.getByRole('button', { name: 'Stop grouping into stories' }).click({ timeout: 60_000 });
      await tasks.getByText('Grouping stopped', { exact: true }).waitFor({ timeout: 60_000 });
      await tasks.getByText(/Grouping stopped at \d+%; the stories are as they were/).waitFor();
      await page.getByRole('button', { name: /Go on grouping \(\d+% done\)/ }).waitFor();
      await screenshot(page, '12-grouping-stopped');
      expect(await server.engine.invoke('stories.list')).toEqual([]);
    } finally {
      release();
    }
  }, 180_000);
});
