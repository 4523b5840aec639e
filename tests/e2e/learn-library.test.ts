// Finding what the learner proposes in the Library (issue 9): a coder's decisions, proposals
// refreshed in the Codebook view (opening it stores nothing), the Library's "Proposed by the
// learner" filter listing the undecided articles proposed for a frame, and a proposal accepted in
// the Reader becoming the coder's decision and leaving that list.
import { chmodSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { checkpoint } from '../../db/open.ts';
import { screenshot, useBrowserSession } from './browser.ts';
import { decidedProject, type LearnProject, writerIn } from '../learn/fixture.ts';

describe('learned proposals in the Library, in a browser', () => {
  // Stored on request only, as the test refreshes them itself and shows a decision emptying the
  // list (learn-follow.test.ts shows them following decisions by themselves).
  const session = useBrowserSession('learn-library.sqlite', undefined, { refreshProposalsAfterMs: false });
  let project: LearnProject;

  beforeAll(async () => {
    const { engine } = session.server;
    project = await decidedProject(engine, writerIn(session.dir));
  }, 90_000);

  const count = (sql: string) => session.server.engine.db.prepare(sql).pluck().get() as number;

  it('lists the undecided articles proposed for a frame until the coder decides them', async () => {
    const { server, page } = session;
    const { engine } = server;
    const path = engine.path;

    // Opening the Codebook view shows the figures and leaves the project file as it was.
    expect(checkpoint(engine.db)).toBe(true);
    const bytes = readFileSync(path);
    const edits = count('SELECT count(*) FROM edits');
    await page.goto(`${server.url}#/codebook`);
    const table = page.getByRole('table', { name: 'Learned from your decisions: Policy Frames Codebook' });
    await expect
      .poll(() => table.getByRole('row', { name: /^Economic/ }).textContent(), { timeout: 30_000 })
      .toMatch(/1 of 20$/);
    expect(count('SELECT count(*) FROM learned_proposals')).toBe(0);
    expect(count('SELECT count(*) FROM edits')).toBe(edits);
    expect(checkpoint(engine.db)).toBe(true);
    expect(readFileSync(path).equals(bytes)).toBe(true);

    // The coder asks for the proposals to be stored.
    await page.getByRole('button', { name: 'Refresh proposals' }).click();
    await expect.poll(() => table.getByRole('row', { name: /^Economic/ }).textContent()).toMatch(/1 of 21$/);
    expect(count('SELECT count(*) FROM learned_proposals')).toBe(1);

    // The Library lists them under the frame; picking it narrows the list to the proposed article.
    await page.getByRole('link', { name: 'Library' }).click();
    const proposed = page.getByRole('region', { name: 'Proposed by the learner' });
    const economic = proposed.getByRole('button', { name: /^Economic/ });
    await expect.poll(() => economic.textContent()).toBe('Economic1');
    await economic.click();
    const library = page.getByRole('region', { name: 'Library' });
    await expect.poll(() => library.getByRole('status').textContent()).toBe('1 article');
    const rows = page.getByRole('table', { name: 'Articles' }).getByRole('row');
    await expect.poll(() => rows.nth(1).textContent()).toMatch(/^Wages and jobs at risk/);
    expect(await page.locator('.chips').textContent()).toMatch(/Proposed by the learner: Economic/);
    await screenshot(page, '17-learned-library-filter');

    // Accepting the proposal in the Reader is the coder's decision: the article leaves the list.
    await rows.nth(1).click();
    await page.getByRole('tab', { name: /Frames/ }).click();
    const learned = page.getByRole('region', { name: 'Learned proposals' });
    await expect.poll(() => learned.textContent()).toMatch(/Economic learned proposal/);
    await learned.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => learned.count()).toBe(0);
    const decisions = (await engine.invoke('articles.get', project.ids.undecidedMoney)).decisions;
    expect(decisions.find((d) => d.codeId === project.economic)).toMatchObject({
      present: true,
      origin: 'manual',
    });

    await page.getByRole('link', { name: '← Library' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'No articles match' }).count()).toBe(1);
    // The filter keeps its name, with none left to check, and can be taken off.
    await expect.poll(() => economic.textContent()).toBe('Economic0');
    expect(await page.locator('.chips').textContent()).toMatch(/Proposed by the learner: Economic/);
    expect(count('SELECT count(*) FROM learned_proposals')).toBe(0);
    await screenshot(page, '18-learned-library-decided');
  });
});

describe('learned figures of a read-only project, in a browser', () => {
  // A project someone marked read-only, with proposals stored before: the Codebook view shows the
  // figures (it must not fail trying to store), offers no refresh, and the Library still finds them.
  const session = useBrowserSession('read-only.sqlite', async (path) => {
    const engine = new Engine(path);
    try {
      const project = await decidedProject(engine, writerIn(dirname(path)));
      await engine.invoke('learn.refresh', { codebookId: project.codebookId });
    } finally {
      await engine.close();
    }
    chmodSync(path, 0o444);
  });

  it('shows the figures and the stored proposals, and offers no refresh', async () => {
    const { server, page } = session;
    const bytes = readFileSync(server.engine.path);
    await page.goto(`${server.url}#/codebook`);
    const table = page.getByRole('table', { name: 'Learned from your decisions: Policy Frames Codebook' });
    await expect
      .poll(() => table.getByRole('row', { name: /^Economic/ }).textContent(), { timeout: 30_000 })
      .toMatch(/^Economic1212\d+\.\d%\d+\.\d%1 of 21$/);
    expect(await page.locator('.learned-trained').textContent()).toMatch(
      /^This copy is open only to read: 1 proposal stored as learned suggestions when the model was last trained/,
    );
    expect(await page.getByRole('button', { name: 'Refresh proposals' }).count()).toBe(0);
    await screenshot(page, '19-learned-read-only');

    await page.getByRole('link', { name: 'Library' }).click();
    const proposed = page.getByRole('region', { name: 'Proposed by the learner' });
    await expect
      .poll(() => proposed.getByRole('button', { name: /^Economic/ }).textContent())
      .toBe('Economic1');
    expect(readFileSync(server.engine.path).equals(bytes)).toBe(true);
  });
});
