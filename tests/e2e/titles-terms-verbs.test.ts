import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession } from './browser.ts';

// What a scholar reads in the window after importing plain notes: titles from the file names when
// the notes have no title line, a story's terms as the texts write them ("EU", not "Eu") and never
// a reporting verb ("stated"), one row per reporting verb in Compare ("state", never "stated"
// beside it), and distinctive words as the outlets write them ("McAllister", not "mcallister").

const QUOTA_NOTES: Record<string, string> = {
  'quota-monday.txt': [
    'The EU cut the herring quota for the Skerry Banks on Monday.',
    'The EU fisheries board said stocks had fallen for a third year. "The cut is ruinous for every crew in Portsmere," McAllister stated at the harbour.',
  ].join('\n\n'),
  'quota-tuesday.txt': [
    'Trawler owners in Portsmere met the decision of the EU with anger.',
    'At a meeting on the quay, McAllister said the EU had ignored its own scientists on the Skerry Banks. "We were never asked," McAllister stated.',
  ].join('\n\n'),
  'quota-wednesday.txt': [
    'Fishing crews blocked the harbour at Portsmere over the EU herring quota.',
    '"The boats stay in until the EU reopens the talks," McAllister said, as the blockade entered its second day on the Skerry Banks.',
  ].join('\n\n'),
  'bus-timetable.txt':
    'The county council approved a new bus timetable for the winter.\n\nThere will be fewer late services on weekdays.',
  'bakery-prize.txt':
    'A bakery on the high street won a regional prize for its rye bread.\n\nThe owners said they would bake no differently.',
};

describe('titles, story terms and reporting verbs, in a browser', () => {
  const session = useBrowserSession('notes.sqlite');

  it('titles notes by their file names, keeps EU in capitals and counts stated as state', async () => {
    const { dir, server, page } = session;
    const files = Object.entries(QUOTA_NOTES).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    });
    // Two outlets, so that Compare has something to compare.
    const first = await server.engine.invoke('import.paths', files.slice(0, 2), { outlet: 'Harbour Post' });
    const rest = await server.engine.invoke('import.paths', files.slice(2), { outlet: 'Coast Gazette' });
    const imported = [...first.imported, ...rest.imported];

    await page.goto(server.url);
    // No first sentence of a note is taken for its title: the file's name serves.
    for (const name of Object.keys(QUOTA_NOTES))
      await page
        .getByRole('row', { name: new RegExp(name.replace('.txt', '')) })
        .waitFor({ timeout: 60_000 });
    expect(await page.getByRole('row', { name: /The EU cut the herring quota/ }).count()).toBe(0);
    await screenshot(page, 'notes-1-library');

    const quota = imported.filter((one) => one.file.includes('quota-')).map((one) => one.id);
    const story = await server.engine.invoke('stories.create', 'Herring quota', quota);
    await page.goto(`${server.url}#/stories/${story.story.id}`);
    const about = page.locator('.story-terms');
    await expect.poll(() => about.textContent(), { timeout: 30_000 }).toMatch(/\bEU\b/);
    const terms = (await about.textContent())!;
    expect(terms).toMatch(/McAllister/);
    expect(terms).not.toMatch(/\bEu\b|Mcallister/);
    // The notes quote with "stated" throughout: how they quote, not what the story is about.
    expect(terms).not.toMatch(/stated/);
    await screenshot(page, 'notes-2-story-terms');

    await page.goto(`${server.url}#/compare/${story.story.id}`);
    const verbs = page.getByRole('region', { name: 'How sources are introduced' });
    await expect.poll(() => verbs.textContent(), { timeout: 60_000 }).toMatch(/state\s*\d/);
    expect(await verbs.textContent()).not.toMatch(/stated/);
    await verbs.scrollIntoViewIfNeeded();
    await screenshot(page, 'notes-3-compare-verbs');

    // Distinctive words as the outlets write them: "EU" and "McAllister", never "eu" or "mcallister".
    const distinctive = page.getByRole('table', { name: /Distinctive words of Harbour Post/ });
    await expect.poll(() => distinctive.textContent(), { timeout: 60_000 }).toMatch(/McAllister/);
    expect(await distinctive.textContent()).not.toMatch(/\b(eu|mcallister)\b/);
    await page.getByRole('heading', { name: 'Distinctive words' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'notes-4-compare-distinctive');
  }, 180_000);
});
