// The Reader's review order follows the learned model (issue 9): with models trained on the coder's
// Economic and Health and safety decisions, n in the Frames tab goes first to the evidence whose
// frame the model finds least likely in this article, not to the first in the text, and each
// suggestion says how likely the model finds its frame.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { screenshot, useBrowserSession } from './browser.ts';
import { learnedMixedProject } from '../learn/fixture.ts';

describe('the Reader’s review order of frame evidence, learned, in a browser', () => {
  let mixed = 0;
  const session = useBrowserSession('learn-order.sqlite', async (path) => {
    const engine = new Engine(path);
    try {
      const learned = await learnedMixedProject(engine, dirname(path));
      mixed = learned.mixed;
    } finally {
      await engine.close();
    }
  });

  it('steps to the evidence the model finds least likely first, saying how likely', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/reader/${mixed}`);
    await page.getByRole('region', { name: 'Article text' }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: /Frames/ }).click();
    const health = page.getByRole('listitem', { name: 'Evidence for Health and safety' });
    await expect.poll(() => health.textContent()).toMatch(/learned: \d+% likely/);
    expect(await page.locator('.panel-bar').textContent()).toMatch(
      /^4 to review · n\/p to step \(frames listed least likely first, learned\), a\/r to decide/,
    );

    const current = page.locator('.panel-item[aria-current="true"]');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('n');
      await expect.poll(() => current.count()).toBe(1);
      const label = (await current.getAttribute('aria-label'))!;
      const text = (await current.locator('.frame-evidence').textContent())!;
      const likely = (await current.locator('.learned-order').textContent())!;
      seen.push(`${label.replace('Evidence for ', '')}: ${text.slice(0, 24)} (${likely.replace(' · ', '')})`);
      if (i === 0) await screenshot(page, 'learned-review-order');
    }
    // The illness sentence comes third in the text, first here; the Economic ones follow in reading order.
    expect(seen).toEqual([
      expect.stringMatching(/^Health and safety: Doctors warn the virus s \(learned: [1-4]\d% likely\)$/),
      expect.stringMatching(/^Economic: Jobs and wages at risk a \(learned: [5-9]\d% likely\)$/),
      expect.stringMatching(/^Economic: The tax increase will co \(learned: [5-9]\d% likely\)$/),
      expect.stringMatching(/^Economic: Investors sold shares as \(learned: [5-9]\d% likely\)$/),
    ]);
  }, 180_000);
});
