import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { screenshot, useBrowserSession } from './browser.ts';
import { EDITED_ECONOMIC, FIRST_MORALITY, cuesOf, makeOld, shipped } from '../engine/old-codebook.ts';

// Issue 9: last month's project opened today. Its copy of the policy frames holds the first
// release's Morality cues (nobody edited them) and a scholar's own Economic cues.

const ARTICLE = [
  'Parish collects for flood victims',
  'The parish said charity was the least it could give after the flood, and volunteers sorted blankets all night.',
].join('\n\n');

describe('newer shipped cues in the Codebook view, in a browser', () => {
  const session = useBrowserSession('old.sqlite', async (path) => {
    await new Engine(path).close();
    makeOld(path);
    const engine = new Engine(path);
    try {
      const file = join(path, '..', 'parish.txt');
      writeFileSync(file, ARTICLE);
      await engine.invoke('import.paths', [file]);
    } finally {
      await engine.close();
    }
  });

  it('shows what would change, updates the unedited frame, offers the re-run, and undo takes it back', async () => {
    const { server, page } = session;
    const { engine } = server;
    const moralityId = (await engine.invoke('codebooks.list'))[0]!.codes.find(
      (c) => c.key === 'morality',
    )!.id;
    const evidence = async () =>
      (await engine.invoke('articles.get', 1)).annotations.filter((a) => a.codeId === moralityId).length;
    // "Charity" was a Morality cue in the first release; now it is weak and needs company.
    expect(await evidence()).toBeGreaterThan(0);

    await page.goto(`${server.url}#/library`);
    // Wherever the scholar starts, the rail says the Codebook has something new.
    const rail = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^Codebook/ });
    await expect.poll(() => rail.textContent(), { timeout: 30_000 }).toBe('Codebooknew cues');
    // A frame's own editor says it too, and links to the overview.
    await page.goto(`${server.url}#/codebook/${moralityId}`);
    const note = page.getByRole('note');
    await expect
      .poll(() => note.textContent(), { timeout: 30_000 })
      .toBe(
        'The shipped version of this frame has newer cues (5 added, 1 taken out, 18 made weak). See what changes and update',
      );
    await screenshot(page, 'codebook-shipped-frame-note');
    await note.getByRole('link').click();
    const region = page.getByRole('region', { name: 'Newer shipped cues' });
    await region.waitFor({ timeout: 30_000 });
    expect(await region.getByRole('heading').textContent()).toBe(
      'The shipped Policy Frames Codebook has newer cues for 2 frames',
    );
    const morality = region.getByRole('row', { name: /^Morality/ });
    const economic = region.getByRole('row', { name: /^Economic/ });
    expect(await morality.getByRole('cell').first().textContent()).toBe('as shipped before');
    expect(await economic.getByRole('cell').first().textContent()).toBe('edited here');
    expect(await economic.getByRole('button').textContent()).toBe('Replace my cues');
    await morality.locator('summary').click();
    expect(
      await morality.getByLabel('Now weak, counting only beside other evidence').textContent(),
    ).toContain('?charity');
    await screenshot(page, 'codebook-shipped-updates');

    await region.getByRole('button', { name: 'Update 1 frame nobody edited' }).click();
    await expect.poll(() => region.getByRole('row', { name: /^Morality/ }).count()).toBe(0);
    expect(await cuesOf(engine, 'morality')).toEqual(shipped('morality'));
    // The scholar's Economic stays theirs, still listed with its own button.
    expect(await cuesOf(engine, 'economic')).toEqual(EDITED_ECONOMIC);
    expect(await region.getByRole('row', { name: /^Economic/ }).count()).toBe(1);
    expect(await region.getByRole('button', { name: /nobody edited/ }).count()).toBe(0);
    await expect.poll(() => rail.textContent()).toBe('Codebook');
    // Evidence found with the old cues stays until frames run again, and the view says so.
    const status = region.getByRole('status');
    expect(await status.textContent()).toMatch(
      /^Frames already found keep the evidence of the old cues \(Morality\) until frame detection runs again\./,
    );
    expect(await evidence()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close message' }).click();
    await screenshot(page, 'codebook-shipped-updated');
    await status.getByRole('button', { name: 'Re-run frame detection' }).click();
    await expect.poll(evidence, { timeout: 30_000 }).toBe(0);
    await expect.poll(() => status.count()).toBe(0);

    // One step in the history: undo gives Morality its old cues back, and the offer returns.
    await page.getByRole('button', { name: 'Undo Update the frame “Morality” to the shipped cues' }).click();
    await expect.poll(() => region.getByRole('row', { name: /^Morality/ }).count()).toBe(1);
    expect(await cuesOf(engine, 'morality')).toEqual(FIRST_MORALITY);
  }, 120_000);
});
