import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession } from './browser.ts';
import { decidedProject, type LearnProject } from '../learn/fixture.ts';

describe('learning from the coder in the Codebook view, in a browser', () => {
  // The proposals here are stored on request only: these decisions are made before the window
  // opens, and the test shows the view before and after "Refresh proposals" (learn-follow.test.ts
  // shows them following decisions by themselves).
  const session = useBrowserSession('learn.sqlite', undefined, { refreshProposalsAfterMs: false });
  let project: LearnProject;

  beforeAll(async () => {
    const { engine } = session.server;
    project = await decidedProject(engine, (name, content) => {
      const path = join(session.dir, name);
      writeFileSync(path, content);
      return path;
    });
  }, 90_000);

  it('shows per-frame precision and recall, what is still needed, and the proposals', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/codebook`);
    const table = page.getByRole('table', { name: 'Learned from your decisions: Policy Frames Codebook' });
    await table.waitFor({ timeout: 30_000 });
    // Looking stores nothing: the model's one proposal waits for "Refresh proposals".
    await expect
      .poll(() => table.getByRole('row', { name: /^Economic/ }).textContent())
      .toMatch(/^Economic1212\d+\.\d%\d+\.\d%1 of 20$/);
    expect(await page.locator('.learned-trained').textContent()).toMatch(
      /^No proposals are stored yet: “Refresh proposals” stores the model’s 1 proposal/,
    );
    await page.getByRole('button', { name: 'Refresh proposals' }).click();
    // The proposals are kept in the project, and the view says when the model was trained.
    await expect
      .poll(() => table.getByRole('row', { name: /^Economic/ }).textContent())
      .toMatch(/^Economic1212\d+\.\d%\d+\.\d%1 of 21$/);
    await expect
      .poll(() => page.locator('.learned-trained').textContent())
      .toMatch(/^Model last trained .+: 1 proposal stored as learned suggestions, in the Library/);
    expect(await table.getByRole('row', { name: /^Morality/ }).textContent()).toMatch(
      /Needs 10 more with the frame and 10 more without it/,
    );
    await page.getByRole('button', { name: 'Close message' }).click();
    await screenshot(page, '14-learned-codebook');

    await table.getByRole('link', { name: 'Economic' }).click();
    const panel = page.getByRole('region', { name: 'Learned from your decisions' });
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toMatch(/precision \d+\.\d%, recall \d+\.\d%/);
    const proposed = panel.getByRole('list', { name: 'Proposed for 1 undecided article' });
    await expect.poll(() => proposed.textContent()).toMatch(/Wages and jobs at risk/);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, '15-learned-frame');

    // Deciding a proposal is the coder's own decision: it counts, and the article leaves the lists.
    const review = panel.getByRole('list', { name: 'Review next: the model is least sure' });
    await review.getByRole('button', { name: /^Absent from “Patients crowd hospital wards/ }).click();
    await expect
      .poll(() => panel.textContent())
      .toMatch(/12 articles you decided have the frame and 13 without it/);
    await expect.poll(() => review.textContent()).not.toMatch(/Patients crowd/);
    const decisions = (await server.engine.invoke('articles.get', project.ids.undecidedCare)).decisions;
    expect(decisions.find((d) => d.codeId === project.economic)).toMatchObject({
      present: false,
      origin: 'manual',
    });

    await proposed.getByRole('link').click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/reader/${project.ids.undecidedMoney}$`));

    // The Reader shows the stored proposal marked as learned; the coder's decision replaces it.
    await page.getByRole('tab', { name: /Frames/ }).click();
    const learned = page.getByRole('region', { name: 'Learned proposals' });
    await expect.poll(() => learned.textContent()).toMatch(/Economic learned proposal \d+% likely/);
    await screenshot(page, '16-learned-proposal-reader');
    await learned.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => learned.count()).toBe(0);
    const counted = (await server.engine.invoke('articles.get', project.ids.undecidedMoney)).decisions;
    expect(counted.find((d) => d.codeId === project.economic)).toMatchObject({
      present: true,
      origin: 'manual',
    });
  });
});
