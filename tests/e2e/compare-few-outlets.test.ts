import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession } from './browser.ts';

// A scholar's first pages on an event: four outlets with one article each, one of them a reprint of
// another's copy. The Stories view names the people and bodies as the articles write them; Compare
// says once that no frame can be tested, says why an outlet has no row, and does not count a
// tweeted quote as a verb that judges,
// nor draws an empty bar for an outlet that quotes no one.

const STORM =
  'The Harbour Board cancelled the island ferry to Kilbride on Monday after storm damage to the pier. Morag Lennox, who chairs the Harbour Board, said the repairs would cost two million pounds from the board’s budget.\n\nThe mayor of Kilbride tweeted: "Thanks to the crews who kept the island supplied through the storm."';
const ARTICLES = [
  { title: 'Storm closes the Kilbride ferry', outlet: 'Island News', date: '2026-03-02', text: STORM },
  {
    title: 'Kilbride ferry cancelled',
    outlet: 'Island Echo',
    date: '2026-03-03',
    text: `${STORM}\n\nThe ferry timetable is on the board’s website.`,
  },
  {
    title: 'Islanders protest over the Kilbride ferry',
    outlet: 'Coast Courier',
    date: '2026-03-03',
    text: 'Islanders protested outside the Harbour Board offices over the cancelled Kilbride ferry. Morag Lennox promised a relief ferry within a week.\n\n"Safety comes first," Lennox said. The pier repairs will cost two million pounds from the budget.',
  },
  {
    title: 'Relief ferry for Kilbride on Friday',
    outlet: 'Mainland Times',
    date: '2026-03-03',
    text: 'A relief ferry will reach Kilbride on Friday, Morag Lennox of the Harbour Board said. The storm damage to the pier will cost two million pounds.\n\n"The island cannot wait for the budget," the councillor insisted.',
  },
  {
    title: 'Kilbride pier repairs begin',
    outlet: 'Kilbride Weekly',
    date: '2026-03-03',
    text: 'Repairs to the storm-damaged pier at Kilbride began on Tuesday. The Harbour Board expects the island ferry to run again within a week, and Morag Lennox will visit the pier on Thursday.',
  },
];

/** Other news in the project, weeks later: a story's terms are what sets it apart from the rest. */
const OTHER = [
  'The county council approved a new bus timetable for the winter, with fewer late services.',
  'A bakery on the high street won a regional prize for its rye bread on Saturday.',
  'The town library will open on Sunday afternoons from next month.',
].map((text, i) => ({ title: `Town notes ${i + 1}`, outlet: 'Coast Courier', date: `2026-05-1${i}`, text }));
/** A letter with no date: the Library and the Stories view both say so. */
const UNDATED = {
  title: 'Letter: keep the night bus',
  outlet: 'Coast Courier',
  text: 'Sir, the night bus from the station is the only way home for shift workers, and the council should keep it.',
};

describe('a story of one article per outlet, in Stories and Compare', () => {
  const session = useBrowserSession('few-outlets.sqlite');

  beforeAll(async () => {
    const file = join(session.dir, 'ferry.jsonl');
    writeFileSync(
      file,
      [...ARTICLES, ...OTHER, UNDATED].map((article) => JSON.stringify(article)).join('\n'),
    );
    await session.server.engine.invoke('import.paths', [file]);
  });

  it('names people as written, says once that nothing can be tested, and why an outlet has no row', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/stories`);
    await page.getByRole('button', { name: 'Group articles into stories' }).click();
    const side = page.getByRole('region', { name: 'Stories' });
    await side.getByText(/5 articles from 5 outlets/).waitFor({ timeout: 60_000 });
    await side.getByText(/5 articles from 5 outlets/).click();
    const story = page.getByRole('region', { name: 'Story' });
    const about = story.locator('.story-terms');
    await about.waitFor();
    await expect.poll(() => about.textContent()).toMatch(/Morag Lennox/);
    const terms = (await about.textContent())!.replace(/^About /, '').split(', ');
    for (const word of ['Morag', 'Lennox', 'Harbour', 'Board']) expect(terms).not.toContain(word);
    await screenshot(page, '14-story-names');

    // In no story, an undated article says so, as the Library does.
    await side.getByRole('link', { name: /In no story/ }).click();
    const leftOut = page.getByRole('region', { name: 'Story' });
    await leftOut.getByRole('heading', { name: 'In no story' }).waitFor();
    await expect
      .poll(() => leftOut.getByRole('row', { name: /Letter: keep the night bus/ }).textContent())
      .toMatch(/undated/);
    await side.getByText(/5 articles from 5 outlets/).click();
    await story.getByRole('link', { name: 'Compare outlets' }).waitFor();
    await story.getByRole('link', { name: 'Compare outlets' }).click();
    const frames = page.getByRole('region', { name: 'Frames by outlet' });
    await frames.waitFor({ timeout: 60_000 });
    const tests = frames.getByRole('list', { name: 'Whether outlets differ' });
    await expect
      .poll(() => tests.textContent(), { timeout: 30_000 })
      .toBe(
        'No outlet has 3 articles or more here: too few outlets to test whether they differ on any frame.',
      );
    expect(await tests.getByRole('listitem').count()).toBe(1);
    // The reprint's outlet has no row, and is not listed as faded.
    expect(await frames.textContent()).toMatch(/No row for Island Echo: every article of it reprints/);
    expect(await frames.textContent()).not.toMatch(/fewer than 3\): [^.]*Island Echo/);

    const verbs = page.getByRole('region', { name: 'How sources are introduced' });
    const island = verbs.getByRole('row', { name: /^Island News/ });
    await expect.poll(() => island.textContent(), { timeout: 30_000 }).toMatch(/tweet/);
    expect(await island.locator('.loaded').count()).toBe(0);
    // An outlet that quotes no one is named under Who is quoted, not drawn as an empty bar.
    const quoted = page.getByRole('region', { name: 'Who is quoted' });
    await expect
      .poll(() => quoted.textContent(), { timeout: 30_000 })
      .toContain('No quote in the articles of Kilbride Weekly.');
    expect(await quoted.getByRole('row', { name: /Kilbride Weekly/ }).count()).toBe(0);
    expect(await quoted.getByRole('row', { name: /Island News/ }).count()).toBe(1);
    await frames.scrollIntoViewIfNeeded();
    await screenshot(page, '14-compare-few-outlets');
  });
});
