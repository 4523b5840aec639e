import { describe, expect, it } from 'vitest';
import { SEED_PATH } from '../support/temp.ts';
import { screenshot, useBrowserSession } from './browser.ts';

/** The Reader reloads an article after each change; a busy machine may take a while. */
const WAIT = { timeout: 20_000 };

// Issue 9: the Reader shows each frame's decision; a denied frame is shown as denied, and a coder's
// decision is recorded and undone like any correction.
describe('frame decisions in the Reader', () => {
  const session = useBrowserSession();

  it('shows the denied sanctions link as denied, and lets a coder decide a frame and undo it', async () => {
    const { server, page } = session;
    process.env.FRAMESCOPE_SAMPLE = SEED_PATH;
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Open the sample article' }).click();
      await page.getByRole('row', { name: /From Russia with Love/ }).click({ timeout: 60_000 });
    } finally {
      delete process.env.FRAMESCOPE_SAMPLE;
    }
    await page.getByRole('region', { name: 'Article text' }).waitFor();
    await page.getByRole('tab', { name: /Frames/ }).click();

    const badge = (name: string) =>
      page
        .getByRole('region', { name: `Frame ${name}` })
        .locator('.decision-badge')
        .textContent();
    const linkage = page.getByRole('region', { name: 'Frame Political linkage and sanctions' });
    await expect.poll(() => badge('Political linkage and sanctions'), WAIT).toBe('denied · suggested');
    // Its evidence is Peskov's denial, in his words.
    const denial = linkage.getByRole('listitem').filter({ hasText: 'does not imply any response measures' });
    await expect
      .poll(() => denial.first().textContent(), WAIT)
      .toMatch(/denies the frame.*in the words of Dmitry Peskov/);
    await expect.poll(() => badge('Humanitarian aid and goodwill'), WAIT).toBe('primary · suggested');
    expect(await page.getByRole('region', { name: 'Frame Military presence' }).count()).toBe(0);
    // Denied evidence has a margin bar of its own.
    expect(await page.locator('.margin-bar.denied').count()).toBeGreaterThan(0);
    await linkage.scrollIntoViewIfNeeded();
    await screenshot(page, 'frames-denied');

    // A coder says the sanctions link is absent; undo brings the suggestion back.
    await linkage.getByRole('button', { name: 'Absent' }).click();
    await expect
      .poll(() => badge('Political linkage and sanctions'), WAIT)
      .toBe('absent · decided by Tester');
    await linkage.scrollIntoViewIfNeeded();
    await screenshot(page, 'frames-decided');
    await page.getByRole('button', { name: 'Undo' }).first().click();
    await expect.poll(() => badge('Political linkage and sanctions'), WAIT).toBe('denied · suggested');

    // The sample's issue codebook applies to the sample story; the policy frames to the whole project.
    await page.getByRole('link', { name: 'Codebook' }).click();
    const scope = (name: string) =>
      page
        .getByRole('combobox', { name: `Where “${name}” applies` })
        .locator('option:checked')
        .textContent();
    await expect
      .poll(() => scope('Russian aid to Italy (March 2020)'), WAIT)
      .toBe('story: Russian aid to Italy (sample)');
    expect(await scope('Policy Frames Codebook')).toBe('the whole project');
    await screenshot(page, 'frames-codebook-scope');
  }, 180_000);
});
