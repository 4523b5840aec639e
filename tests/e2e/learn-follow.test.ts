// Learned proposals that follow the coder (issue 9): deciding a frame in the Reader refreshes the
// stored proposals by itself, in the background, shown in the rail while it runs (with Stop), and
// the Library's "Proposed by the learner" counts change without anyone pressing Refresh. A ✓ / ✗ in
// the Codebook view is followed the same way, once: the view asks for no refresh of its own.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { recordCalls, screenshot, useBrowserSession } from './browser.ts';
import { decide, learnProject, type LearnProject, writerIn } from '../learn/fixture.ts';

// Runs in the page (the tests are type-checked without the DOM's types): keeps every heading and
// button label the rail's task list shows, in `window.railSeen`.
const RECORD_RAIL = `(() => {
  const seen = (window.railSeen = []);
  new MutationObserver(() => {
    const rail = document.querySelector('[aria-label="Tasks"]');
    if (!rail) return;
    for (const head of rail.querySelectorAll('.task-head > span:first-child')) seen.push(head.textContent);
    for (const button of rail.querySelectorAll('button')) seen.push('button: ' + button.getAttribute('aria-label'));
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

describe('learned proposals following decisions, in a browser', () => {
  let project: LearnProject;
  /** The money article left for the coder to decide in the Reader: the tenth with the frame. */
  let tenth = 0;
  // One decision short of enough before the window opens: nine articles with the Economic frame and
  // twelve without, decided without reader threads (nothing stored; proposals only on request there).
  const session = useBrowserSession('learn-follow.sqlite', async (path) => {
    const engine = new Engine(path);
    try {
      project = await learnProject(engine, writerIn(dirname(path)));
      // One the analysis already weighed for the frame, so the Reader shows its buttons.
      const weighed = [];
      for (const id of project.ids.money) {
        const { decisions } = await engine.invoke('articles.get', id);
        if (decisions.some((d) => d.codeId === project.economic)) weighed.push(id);
      }
      tenth = weighed[0]!;
      const nine = project.ids.money.filter((id) => id !== tenth).slice(0, 9);
      await decide(engine, project, nine, project.ids.care);
    } finally {
      await engine.close();
    }
  });

  const stored = () =>
    session.server.engine.db.prepare('SELECT count(*) FROM learned_proposals').pluck().get() as number;

  it('refreshes the stored proposals after a decision in the Reader, by itself', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/`);
    await page.getByRole('table', { name: 'Articles' }).waitFor({ timeout: 30_000 });
    const proposed = page.getByRole('region', { name: 'Proposed by the learner' });
    expect(await proposed.count()).toBe(0);
    expect(stored()).toBe(0);

    // Each progress report of the refresh holds the engine's thread a moment, so the page draws it
    // running however fast the machine trains.
    const hold = new Int32Array(new SharedArrayBuffer(4));
    const release = server.engine.subscribe((event) => {
      if (event.type === 'progress' && event.task === 'learn') Atomics.wait(hold, 0, 0, 300);
    });
    try {
      await page.goto(`${server.url}#/reader/${tenth}`);
      await page.getByRole('tab', { name: /Frames/ }).click();
      // What the rail shows while the refresh runs is recorded in the page: this process, the
      // engine's, is held meanwhile, so it cannot look then.
      await page.evaluate(RECORD_RAIL);
      await page
        .getByRole('group', { name: 'Decide “Economic”' })
        .getByRole('button', { name: 'Present' })
        .click();
      await expect.poll(stored, { timeout: 60_000 }).toBeGreaterThan(0);
    } finally {
      release();
    }
    const seen = await page.evaluate<string[]>('window.railSeen');
    expect(seen).toContain('Updating learned proposals…');
    expect(seen).toContain('button: Stop updating learned proposals');

    // Nobody pressed Refresh: the Library lists what the model now proposes.
    await page.getByRole('link', { name: '← Library' }).click();
    const economic = proposed.getByRole('button', { name: /^Economic/ });
    await expect.poll(() => economic.textContent(), { timeout: 60_000 }).toMatch(/^Economic\d+$/);
    const forEconomic = server.engine.db
      .prepare('SELECT count(*) FROM learned_proposals WHERE code_id = ?')
      .pluck()
      .get(project.economic) as number;
    expect(await economic.textContent()).toBe(`Economic${forEconomic}`);
    // Done, it leaves the rail: the counts show what it did.
    await expect.poll(() => page.getByText('Updating learned proposals…').count()).toBe(0);
    await screenshot(page, '21-learned-followed');
  }, 180_000);

  it('stores the proposals once after a ✓ / ✗ in the Codebook view, as after one in the Reader', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/codebook`);
    const table = page.getByRole('table', { name: 'Learned from your decisions: Policy Frames Codebook' });
    await table.getByRole('link', { name: 'Economic' }).click();
    const panel = page.getByRole('region', { name: 'Learned from your decisions' });
    const review = panel.getByRole('list', { name: 'Review next: the model is least sure' });
    const absent = review.getByRole('button', { name: /^Absent from “/ }).first();
    await absent.waitFor({ timeout: 60_000 });
    const title = (await absent.getAttribute('aria-label'))!.replace(/^Absent from “(.*)”$/, '$1');

    const calls = recordCalls(page);
    let stores = 0;
    const release = server.engine.subscribe((event) => {
      if (event.type === 'changed' && event.tables?.includes('learned_proposals')) stores++;
    });
    try {
      await absent.click();
      await expect.poll(() => review.textContent()).not.toContain(title);
      await server.engine.learnedProposalsSettled();
      // Whatever the view was doing when the refresh finished has had its turn.
      await page.waitForTimeout(500);
    } finally {
      release();
    }
    expect(calls.methods()).toContain('frames.decide');
    expect(calls.methods()).not.toContain('learn.refresh');
    expect(stores).toBe(1);
  }, 180_000);
});
