import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedAndBulk } from '../support/bulk.ts';
import { screenshot, useBrowserSession } from './browser.ts';

// Issue 12 in a browser: a long cue preview runs on the engine's reader thread while the person goes
// on working; a correction made meanwhile shows, a preview that a newer edit replaces is dropped
// (only the last edit's counts are shown), and the preview's Stop button stops it.

const BULK = 6000;
/** A pattern with a word class: every sentence holding "aid" is tagged, so it takes a while. */
const SLOW_CUE = '~#Adjective aid';

/** The seed article, analysed, then short articles about aid; every other one calls it propaganda. */
async function project(path: string): Promise<void> {
  await seedAndBulk(path, BULK + 1, {
    title: `'Aid report #' || id`,
    publishedAt: `'2020-03-15'`,
    text: `'The ministry said the medical aid arrived on Monday with generous aid for the hospitals. ' || 'Doctors praised the swift aid, and the mayor thanked the donors for the welcome aid. ' || CASE WHEN id % 2 = 1 THEN 'Critics called the shipment propaganda. ' ELSE 'Nobody objected. ' END || 'Report ' || id || '.'`,
    words: 40,
  });
}

/** The cue preview of each answer the page receives, with the cues it was asked for. */
function recordPreviews(page: Page): {
  answers: { cues: string[]; stopped?: boolean; articles: number }[];
  asked: string[][];
} {
  const answers: { cues: string[]; stopped?: boolean; articles: number }[] = [];
  const asked: string[][] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/call')) return;
    const call = request.postDataJSON() as { method?: string; args?: [{ cues: string[] }] } | null;
    if (call?.method === 'codes.preview') asked.push(call.args?.[0].cues ?? []);
  });
  page.on('response', (response) => {
    const request = response.request();
    if (!request.url().endsWith('/api/call')) return;
    const call = request.postDataJSON() as { method?: string; args?: [{ cues: string[] }] } | null;
    if (call?.method !== 'codes.preview') return;
    void response
      .json()
      .then((envelope: { ok: boolean; value?: { stopped?: boolean; articles: number } }) => {
        if (envelope.ok && envelope.value)
          answers.push({ cues: call.args?.[0].cues ?? [], ...envelope.value });
      });
  });
  return { answers, asked };
}

async function editCues(page: Page, server: { url: string }, cues: string): Promise<void> {
  if (!page.url().includes('#/codebook')) {
    await page.goto(`${server.url}#/codebook`);
    await page.getByText('Economic', { exact: true }).first().click({ timeout: 30_000 });
  }
  await page.getByRole('textbox', { name: /Cue patterns/ }).fill(cues);
}

/** In a second window coding as the same person, accepts the first quote of article 1 not yet accepted. */
async function acceptAQuote(page: Page, server: { url: string }, shot: string): Promise<void> {
  const reader = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 900 } });
  await reader.addInitScript(() => {
    try {
      localStorage.setItem('framescope.coder', 'Tester');
    } catch {
      // about:blank has no storage; the app's own pages do.
    }
  });
  try {
    await reader.goto(`${server.url}#/reader/1`);
    await reader.getByRole('region', { name: 'Article text' }).waitFor({ timeout: 30_000 });
    await reader.getByRole('tab', { name: /Quotes/ }).click();
    const accept = reader.getByRole('button', { name: /^Accept (?!all)/, pressed: false }).first();
    const label = (await accept.getAttribute('aria-label'))!;
    await accept.click();
    await reader.getByRole('button', { name: label, pressed: true }).first().waitFor();
    await screenshot(reader, shot);
  } finally {
    await reader.close();
  }
}

describe('long jobs beside clicks, in a browser', () => {
  const session = useBrowserSession('project.sqlite', project);

  it('shows a correction while a long preview runs, and stops the preview with Stop', async () => {
    const { page, server } = session;
    const { asked } = recordPreviews(page);
    await editCues(page, server, SLOW_CUE);
    await expect
      .poll(() => asked.some((cues) => cues.join('\n') === SLOW_CUE), { timeout: 30_000 })
      .toBe(true);
    const preview = page.getByRole('region', { name: 'Preview of matches' });
    const stop = preview.getByRole('button', { name: 'Stop the preview' });
    await stop.waitFor({ timeout: 60_000 });
    // The counts so far and the first matches show while the rest is read.
    await expect
      .poll(() => preview.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/[\d,]+ passages? in [\d,]+ articles? so far/);
    await expect.poll(() => preview.getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await stop.isVisible()).toBe(true);

    // Meanwhile, in a second window coding as the same person, a quote is accepted.
    await acceptAQuote(page, server, 'long-jobs-01-corrected-while-previewing');
    // The preview is still counting: the correction did not wait for it.
    expect(await stop.isVisible()).toBe(true);
    const detail = await server.engine.invoke('articles.get', 1);
    expect(detail.quotes.filter((quote) => quote.status === 'accepted')).toHaveLength(1);

    await stop.click();
    await expect
      .poll(() => preview.textContent(), { timeout: 30_000 })
      .toContain('stopped before the last article');
    expect(await stop.count()).toBe(0);
    await screenshot(page, 'long-jobs-02-preview-stopped');
  }, 180_000);

  it('drops a preview that a newer edit replaced and shows only the last edit’s counts', async () => {
    const { page, server } = session;
    const expected = await server.engine.invoke('codes.preview', { cues: ['propaganda'] });
    expect(expected.articles).toBeGreaterThanOrEqual(BULK / 2);
    await page.goto(`${server.url}#/library`);
    const { answers, asked } = recordPreviews(page);
    await editCues(page, server, SLOW_CUE);
    // The frame's own cues are previewed first when it opens (and may still be counting): the
    // edited cue's preview is the one running once it has been asked for.
    await expect
      .poll(() => asked.some((cues) => cues.join('\n') === SLOW_CUE), { timeout: 30_000 })
      .toBe(true);
    await page.getByRole('button', { name: 'Stop the preview' }).waitFor({ timeout: 60_000 });
    await editCues(page, server, 'propaganda');

    const preview = page.getByRole('region', { name: 'Preview of matches' });
    const shown = `${expected.passages.toLocaleString('en')} passages in ${expected.articles.toLocaleString('en')} articles`;
    await expect.poll(() => preview.textContent(), { timeout: 60_000 }).toContain(shown);
    expect(await preview.textContent()).not.toContain('stopped');
    const answersTo = (cue: string) => answers.filter((answer) => answer.cues.join('\n') === cue);
    await expect.poll(() => answersTo(SLOW_CUE).length, { timeout: 30_000 }).toBe(1);
    // The replaced preview stopped part way instead of counting to the end; the last edit's counted
    // to the end. (The two answers may arrive in either order: the window keeps the last edit's.)
    expect(answersTo(SLOW_CUE)[0]).toMatchObject({ stopped: true });
    expect(answersTo('propaganda')).toEqual([expect.objectContaining({ articles: expected.articles })]);
    expect(answersTo('propaganda')[0]!.stopped).toBeUndefined();
    await screenshot(page, 'long-jobs-03-last-edit-shown');
  }, 180_000);

  it('re-runs frame detection beside a correction, and stops it from the task list', async () => {
    const { page, server } = session;
    // On a quiet machine the re-run can end while the correction is made, before Stop is pressed.
    // A progress report of the re-run holds the engine's thread a moment (at most half the time, so
    // the correction and the page's calls are answered between the holds): it is still running when
    // Stop is pressed, however fast the machine.
    const hold = new Int32Array(new SharedArrayBuffer(4));
    let free = 0;
    const release = server.engine.subscribe((event) => {
      if (event.type !== 'progress' || event.task !== 'frames' || Date.now() < free) return;
      Atomics.wait(hold, 0, 0, 300);
      free = Date.now() + 300;
    });
    try {
      const accepted = async () =>
        (await server.engine.invoke('articles.get', 1)).quotes.filter((quote) => quote.status === 'accepted')
          .length;
      const before = await accepted();
      await page.goto(`${server.url}#/codebook`);
      await page.getByText('Economic', { exact: true }).first().click({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Re-run frame detection' }).click();
      const stop = page.getByRole('button', { name: 'Stop detecting frames' });
      await stop.waitFor({ timeout: 60_000 });

      await acceptAQuote(page, server, 'long-jobs-04-corrected-while-rerunning');
      // The re-run is still going: the correction did not wait for it.
      expect(await stop.isVisible()).toBe(true);
      expect(await accepted()).toBe(before + 1);

      await stop.click();
      await page.getByText('Frame detection stopped').first().waitFor({ timeout: 60_000 });
      await page
        .getByText(/Frames re-run stopped after [\d,]+ articles/)
        .first()
        .waitFor({ timeout: 30_000 });
      await screenshot(page, 'long-jobs-05-rerun-stopped');
    } finally {
      release();
    }
  }, 240_000);
});
