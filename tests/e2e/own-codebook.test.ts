import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession } from './browser.ts';

// A scholar's own codebook, made in the window: named, scoped to a story, given a code, and picked
// in the Reader to code a passage (until now a new code could only join a shipped codebook).

const ARTICLE = [
  'Dockworkers vote to keep striking',
  'Dockworkers at Kestrel Bay voted on Thursday to stay on strike for a third week, after talks with the port company broke down over night-shift pay.',
  '"We stand together or we lose together," said a crane driver who has worked at the port for twenty years.',
  'The port company said it would not raise its offer while the cranes stood still.',
].join('\n\n');

describe('a codebook of one’s own, in a browser', () => {
  const session = useBrowserSession('own-codebook.sqlite');

  it('makes, names and scopes a codebook, adds a code to it, and codes a passage with it', async () => {
    const { dir, server, page } = session;
    const file = join(dir, 'strike-vote.txt');
    writeFileSync(file, ARTICLE);
    const { imported } = await server.engine.invoke('import.paths', [file]);
    const articleId = imported[0]!.id;
    const story = await server.engine.invoke('stories.create', 'Kestrel Bay strike', [articleId]);

    await page.goto(`${server.url}#/codebook`);
    const tree = page.getByRole('navigation', { name: 'Codebooks' });
    await tree.getByRole('button', { name: '+ New codebook' }).click();
    await tree.getByRole('textbox', { name: 'Name of the new codebook' }).fill('Dock labour');
    await tree.getByRole('button', { name: 'Make codebook' }).click();
    const book = tree.getByRole('region', { name: 'Dock labour' });
    await book.waitFor();
    // Its first code is asked for at once.
    await book.getByRole('textbox', { name: 'Name of the new frame or code' }).fill('Solidarity');
    await book.getByRole('button', { name: 'Add' }).click();
    await book.getByRole('link', { name: /Solidarity/ }).waitFor();
    // It applies where the scholar says: here, to the strike's story.
    await book
      .getByRole('combobox', { name: 'Where “Dock labour” applies' })
      .selectOption(`story:${story.story.id}`);
    await expect
      .poll(async () => {
        const books = await server.engine.invoke('codebooks.list');
        return books.find((one) => one.name === 'Dock labour')?.scope;
      })
      .toEqual({ kind: 'stories', stories: [story.story.id] });
    // Frames are decided again with it (a codebook of hand codes only has none to detect).
    await page.getByText('“Dock labour” now applies to', { exact: false }).waitFor({ timeout: 60_000 });
    await book.getByRole('link', { name: /Solidarity/ }).click();
    await screenshot(page, 'own-codebook-1-codebook');

    await page.goto(`${server.url}#/reader/${articleId}`);
    const text = page.getByRole('region', { name: 'Article text' });
    const quote = text.getByText('We stand together', { exact: false });
    await quote.waitFor();
    const box = (await quote.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 240, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('toolbar', { name: 'Selection tools' }).waitFor();
    await page.keyboard.press('c');
    const own = page.getByRole('menu', { name: 'Codes' }).getByRole('group', { name: 'Dock labour' });
    await own.waitFor();
    await screenshot(page, 'own-codebook-2-code-menu');
    await own.getByRole('menuitem', { name: 'Solidarity' }).click();

    await expect
      .poll(async () => {
        const detail = await server.engine.invoke('articles.get', articleId);
        const books = await server.engine.invoke('codebooks.list');
        const solidarity = books.find((one) => one.name === 'Dock labour')!.codes[0]!;
        return detail.annotations
          .filter((a) => a.codeId === solidarity.id)
          .map((a) => detail.text.slice(a.start, a.end).slice(0, 17));
      })
      .toEqual(['We stand together']);
    await page.getByRole('tab', { name: /Codes/ }).click();
    await screenshot(page, 'own-codebook-3-coded');
  });
});
