import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesJsonl, REPRINT_LEAD } from '../compare/fixture.ts';
import { screenshot, useBrowserSession } from './browser.ts';

describe('comparing outlets in a browser, through the local bridge', () => {
  const session = useBrowserSession('coverage.sqlite');

  beforeAll(async () => {
    const coverage = join(session.dir, 'coverage.jsonl');
    writeFileSync(coverage, articlesJsonl());
    // The event's own codebook, for the whole project (a new project has the policy frames only).
    await session.server.engine.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    await session.server.engine.invoke('import.paths', [coverage]);
  });

  it('groups the articles into stories and compares the outlets of one', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/stories`);
    await page.getByRole('button', { name: 'Group articles into stories' }).click();
    const stories = page.getByRole('region', { name: 'Stories' });
    await stories.getByText(/4 articles from 4 outlets/).waitFor({ timeout: 30_000 });
    await stories
      .getByText(/2 articles/)
      .first()
      .waitFor();
    await screenshot(page, '08-stories');

    await stories.getByText(/4 articles from 4 outlets/).click();
    await page.getByRole('link', { name: 'Compare outlets' }).click();
    const frames = page.getByRole('region', { name: 'Frames by outlet' });
    await frames.waitFor({ timeout: 30_000 });
    for (const card of ['Who is quoted', 'Distinctive words', 'Linkage', 'Side by side']) {
      await page.getByRole('region', { name: card }).waitFor();
    }
    await expect.poll(() => page.getByText('+1 reprint', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, '09-compare');

    await frames
      .getByRole('button', { name: /Baltic Monitor, Political linkage and sanctions: .* Show the evidence/ })
      .click();
    const evidence = page.getByRole('region', {
      name: /Evidence of Political linkage and sanctions in Baltic Monitor/,
    });
    await expect.poll(() => evidence.textContent()).toMatch(/sanctions/i);
    await screenshot(page, '10-compare-evidence');

    const sideBySide = page.getByRole('region', { name: 'Side by side' });
    await sideBySide.scrollIntoViewIfNeeded();
    const aligned = sideBySide.getByRole('table', { name: 'The two articles aligned' });
    await expect.poll(() => aligned.textContent(), { timeout: 20_000 }).toContain(REPRINT_LEAD.slice(0, 60));
    await screenshot(page, '11-compare-side-by-side');
  });
});
