// Bulk review of frame evidence in a browser (issue 9): with models trained on the coder's Economic
// and Health and safety decisions, the Frames tab lists the frames in the order n steps through them
// (least likely first, as its bar says), shows how much evidence the model is sure of at the coder's
// threshold before accepting it, accepts it per article or per frame in one click, and one Ctrl+Z
// takes it back. The Codebook view does the same for one frame across the project.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { screenshot, useBrowserSession } from './browser.ts';
import { learnedMixedProject } from '../learn/fixture.ts';

describe('accepting the evidence the learned model is sure of, in a browser', () => {
  let mixed = 0;
  let undecidedMoney = 0;
  let economic = 0;
  const session = useBrowserSession('learn-likely.sqlite', async (path) => {
    const engine = new Engine(path);
    try {
      const learned = await learnedMixedProject(engine, dirname(path));
      mixed = learned.mixed;
      undecidedMoney = learned.project.ids.undecidedMoney;
      economic = learned.project.economic;
    } finally {
      await engine.close();
    }
  });

  const statuses = async (articleId: number) =>
    (await session.server.engine.invoke('articles.get', articleId)).annotations
      .filter((a) => a.codeKind === 'frame')
      .map((a) => `${a.codeName} ${a.status}`);

  it('lists the frames least likely first and accepts the likely evidence of an article, undoably', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/reader/${mixed}`);
    await page.getByRole('region', { name: 'Article text' }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: /Frames/ }).click();

    // The model doubts Health and safety here (about 23%) and finds Economic likely (about 77%):
    // the tab lists them in that order, as n steps, and its bar says so.
    const frames = page.locator('section[aria-label^="Frame "]');
    await expect
      .poll(async () => {
        const labels = await Promise.all((await frames.all()).map((s) => s.getAttribute('aria-label')));
        return labels.slice(0, 2);
      })
      .toEqual(['Frame Health and safety', 'Frame Economic']);
    expect(await page.locator('.panel-bar').textContent()).toMatch(
      /n\/p to step \(frames listed least likely first, learned\)/,
    );

    // At the default 90% nothing here is sure enough; the bar says how likely the likeliest is.
    const bar = page.getByRole('group', { name: 'Likely evidence' });
    const threshold = bar.getByRole('spinbutton', { name: 'Learned likelihood to accept at' });
    expect(await threshold.inputValue()).toBe('90');
    await expect.poll(() => bar.textContent()).toMatch(/none here \(likeliest 7\d%\)/);
    await threshold.fill('75');
    await expect.poll(() => bar.textContent()).toMatch(/3 likely evidence sentences \(Economic 3\)/);
    const economicSection = page.getByRole('region', { name: 'Frame Economic' });
    await expect.poll(() => economicSection.getByRole('button', { name: 'Accept 3 likely' }).count()).toBe(1);
    await screenshot(page, 'learned-bulk-accept');

    await bar.getByRole('button', { name: 'Accept 3' }).click();
    await expect
      .poll(() => statuses(mixed))
      .toEqual([
        'Economic accepted',
        'Economic accepted',
        'Health and safety suggested',
        'Economic accepted',
      ]);
    await expect
      .poll(() => page.locator('.toast').textContent())
      .toMatch(/3 likely evidence sentences accepted \(learned: 75% or more\)/);

    await page.keyboard.press('Control+z');
    await expect
      .poll(() => statuses(mixed))
      .toEqual([
        'Economic suggested',
        'Economic suggested',
        'Health and safety suggested',
        'Economic suggested',
      ]);

    // Per frame, from its own section: the same three, nothing of the other frame.
    await economicSection.getByRole('button', { name: 'Accept 3 likely' }).click();
    await expect
      .poll(() => statuses(mixed))
      .toEqual([
        'Economic accepted',
        'Economic accepted',
        'Health and safety suggested',
        'Economic accepted',
      ]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await statuses(mixed)).filter((s) => s.endsWith('accepted'))).toEqual([]);
  }, 180_000);

  it('accepts one frame’s likely evidence across the project from the Codebook view', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/codebook/${economic}`);
    const bar = page.getByRole('group', { name: 'Likely evidence of Economic' });
    await bar.waitFor({ timeout: 60_000 });
    // The threshold is the coder's, shared with the Reader; at 75% the mixed article and the undecided one.
    const threshold = bar.getByRole('spinbutton', { name: 'Learned likelihood to accept at' });
    await threshold.fill('75');
    await expect.poll(() => bar.textContent()).toMatch(/5 likely evidence sentences in 2 articles/);
    await threshold.fill('90');
    await expect.poll(() => bar.textContent()).toMatch(/2 likely evidence sentences in 1 article(?!s)/);
    await bar.getByRole('button', { name: 'Accept 2' }).click();
    await expect.poll(() => statuses(undecidedMoney)).toEqual(['Economic accepted', 'Economic accepted']);
    expect(await statuses(mixed)).not.toContain('Economic accepted');
    await expect.poll(() => bar.textContent()).toMatch(/none left to review/);
  }, 180_000);
});
