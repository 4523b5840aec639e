import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession } from './browser.ts';
import { SEED_PATH } from '../support/temp.ts';

describe('the Agreement view in a browser, through the local bridge', () => {
  const session = useBrowserSession('agreement.sqlite');

  beforeAll(async () => {
    const { engine } = session.server;
    // The event's own codebook, for the whole project (a new project has the policy frames only).
    await engine.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    await engine.invoke('import.paths', [SEED_PATH]);
    const codebookId = (await engine.invoke('codebooks.list')).find(
      (book) => book.key === 'russia-italy-aid',
    )!.id;
    const anna = (await engine.invoke('coders.ensure', 'Anna')).id;
    const ben = (await engine.invoke('coders.ensure', 'Ben')).id;
    const article = await engine.invoke('articles.get', 1);
    // Both coders review the same suggestions and mostly agree; Ben rejects the first linkage evidence.
    let skippedLinkage = 0;
    for (const hit of article.annotations.filter((a) => a.origin === 'auto' && a.codeKind === 'frame')) {
      const inBook = (await engine.invoke('codebooks.list'))
        .find((book) => book.id === codebookId)!
        .codes.some((code) => code.id === hit.codeId);
      if (!inBook) continue;
      const linkage = hit.codeName === 'Political linkage and sanctions';
      await engine.invoke('annotations.create', {
        articleId: 1,
        codeId: hit.codeId,
        coderId: anna,
        start: hit.start,
        end: hit.end,
      });
      if (!linkage || skippedLinkage++ > 0)
        await engine.invoke('annotations.create', {
          articleId: 1,
          codeId: hit.codeId,
          coderId: ben,
          start: hit.start,
          end: hit.end,
        });
    }
    await engine.invoke('annotations.update', article.annotations[0]!.id, {
      status: 'accepted',
      coderId: anna,
    });
    const quoted = article.quotes.filter((quote) => quote.kind === 'direct' && quote.speakerName).slice(0, 3);
    for (const quote of quoted)
      await engine.invoke('quotes.update', quote.id, { status: 'accepted', coderId: anna });
  }, 60_000);

  it('shows alpha per code with intervals, and the machine against a coder', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/agreement`);
    await page.getByRole('link', { name: 'Agreement', exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Agreement of Anna and Ben' });
    await table.waitFor({ timeout: 30_000 });
    const row = (name: RegExp) => table.getByRole('row', { name });
    // One article: in article units both coders find every frame there, so alpha is undefined.
    await expect
      .poll(() => row(/Humanitarian aid and goodwill/).textContent())
      .toMatch(/no variation.*100\.0%/);
    await page.getByLabel('Units').selectOption('sentence');
    await expect.poll(() => row(/Humanitarian aid and goodwill/).textContent()).toMatch(/1\.000/);
    await expect.poll(() => row(/Political linkage and sanctions/).textContent()).toMatch(/0\.\d{3}/);
    await expect.poll(() => row(/All codes/).textContent()).toMatch(/\d+\.\d%/);
    expect(await table.getByRole('img', { name: /alpha .* 95% interval/ }).count()).toBeGreaterThan(0);
    await screenshot(page, '12-agreement');

    await page.getByLabel('suggestions with each coder').check();
    const machine = page.getByRole('table', { name: 'Agreement of Framescope’s suggestions and Anna' });
    await machine.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText(/Who is quoted, on the 3 quotes both have/).count()).toBe(1);
    await page.getByRole('table', { name: 'Speakers: Framescope’s suggestions and Anna' }).waitFor();
    await screenshot(page, '13-agreement-machine');
  });
});
