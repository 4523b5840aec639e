import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { shippedCues } from '../../db/migrations/023-shipped-cues.ts';
import { BUILT_IN_CODEBOOKS, POLICY_FRAMES, SHIPPED_CUE_HISTORY } from '../../nlp/frames/index.ts';
import { cueHash } from '../../core/analyze/cue-hash.ts';
import { errorOf, useEngines } from './support.ts';
import { EDITED_ECONOMIC, FIRST_MORALITY, cuesOf, oldProjectAt, shipped } from './old-codebook.ts';

describe('newer shipped cues for an old project', () => {
  const { temp, engine } = useEngines();

  const oldProject = (name = 'old.sqlite') => oldProjectAt(join(temp.dir(), name));

  it('lists the cues shipped now among the shipped versions (run bin/shipped-cue-history.ts if not)', () => {
    for (const book of BUILT_IN_CODEBOOKS)
      for (const frame of book.frames)
        expect(SHIPPED_CUE_HISTORY[book.id]?.[frame.id], `${book.id}/${frame.id}`).toContain(
          cueHash(JSON.stringify(frame.cues)),
        );
    expect(SHIPPED_CUE_HISTORY['policy-frames']!['morality']).toContain(
      cueHash(JSON.stringify(FIRST_MORALITY)),
    );
  });

  it('a new project holds the shipped cues, remembers them as shipped, and is offered nothing', async () => {
    const fresh = engine();
    expect(await fresh.invoke('codebooks.updates')).toEqual([]);
    expect(await cuesOf(fresh, 'morality')).toEqual(shipped('morality'));
    await fresh.close();
    const db = new Database(join(temp.dir(), 'project.sqlite'), { readonly: true });
    try {
      const rows = db.prepare('SELECT cues, shipped_cues FROM codes').all() as {
        cues: string;
        shipped_cues: string;
      }[];
      expect(rows.length).toBe(POLICY_FRAMES.frames.length);
      for (const row of rows) expect(row.shipped_cues).toBe(row.cues);
    } finally {
      db.close();
    }
  });

  it('offers the old project the newer cues of the frames nobody edited, and changes nothing on open', async () => {
    const path = await oldProject();
    const reopened = new Engine(path);
    try {
      // Opening changes no frame: the scholar's instrument stays as it was until they choose.
      expect(await cuesOf(reopened, 'morality')).toEqual(FIRST_MORALITY);
      const [policy, ...others] = await reopened.invoke('codebooks.updates');
      expect(others).toEqual([]);
      expect(policy).toMatchObject({ key: 'policy-frames', behind: 1, canUpdate: true });
      const morality = policy!.frames.find((frame) => frame.key === 'morality')!;
      expect(morality).toMatchObject({ name: 'Morality', state: 'behind' });
      // Every cue of either list is accounted for once: kept, added, taken out, or only made weak.
      const now = shipped('morality');
      const kept = now.filter((cue) => FIRST_MORALITY.includes(cue));
      expect(
        kept.length + morality.added.length + morality.weakened.length + morality.strengthened.length,
      ).toBe(now.length);
      expect(
        kept.length + morality.removed.length + morality.weakened.length + morality.strengthened.length,
      ).toBe(FIRST_MORALITY.length);
      expect(morality.weakened).toContain('?charity');
      expect(morality.removed).not.toContain('charity');
      expect(morality.added).not.toContain('?charity');
      const economic = policy!.frames.find((frame) => frame.key === 'economic')!;
      expect(economic).toMatchObject({ state: 'edited', removed: ['relief fund*'] });
      expect(economic.added).toContain('taxpayer*');
      expect((await reopened.invoke('history.state')).canUndo).toBe(false);

      const result = await reopened.invoke('codebooks.update', { codebook: 'policy-frames' });
      expect(result).toEqual({ codebook: 'policy-frames', updated: ['Morality'], keptEdited: ['Economic'] });
      expect(await cuesOf(reopened, 'morality')).toEqual(shipped('morality'));
      expect(await cuesOf(reopened, 'economic')).toEqual(EDITED_ECONOMIC);
      const after = await reopened.invoke('codebooks.updates');
      expect(after.flatMap((book) => book.frames.map((frame) => [frame.key, frame.state]))).toEqual([
        ['economic', 'edited'],
      ]);

      // One edit in the history: undo brings the old cues back, redo the new ones.
      expect((await reopened.invoke('history.state')).undoLabel).toBe(
        'Update the frame “Morality” to the shipped cues',
      );
      await reopened.invoke('history.undo');
      expect(await cuesOf(reopened, 'morality')).toEqual(FIRST_MORALITY);
      expect((await reopened.invoke('codebooks.updates'))[0]!.behind).toBe(1);
      await reopened.invoke('history.redo');
      expect(await cuesOf(reopened, 'morality')).toEqual(shipped('morality'));
    } finally {
      await reopened.close();
    }
  });

  it('replaces an edited frame only when a person names it', async () => {
    const path = await oldProject();
    const reopened = new Engine(path);
    try {
      const result = await reopened.invoke('codebooks.update', {
        codebook: 'policy-frames',
        frames: ['economic'],
      });
      expect(result).toEqual({ codebook: 'policy-frames', updated: ['Economic'], keptEdited: [] });
      expect(await cuesOf(reopened, 'economic')).toEqual(shipped('economic'));
      // Morality was not named: it waits for its own update.
      expect(await cuesOf(reopened, 'morality')).toEqual(FIRST_MORALITY);
      // Updated, Economic is the shipped frame again, so a later release may offer it newer cues.
      const frames = (await reopened.invoke('codebooks.updates'))[0]!.frames;
      expect(frames.map((frame) => frame.key)).toEqual(['morality']);

      expect(
        errorOf(await reopened.call('codebooks.update', [{ codebook: 'policy-frames', frames: ['ethics'] }]))
          .message,
      ).toBe(
        'The shipped codebook “Policy Frames Codebook” has no frame “ethics”; the frames with newer cues are morality.',
      );
      expect(errorOf(await reopened.call('codebooks.update', [{ codebook: 'my-own' }])).message).toBe(
        '“my-own” is not a codebook shipped with Framescope, so there is nothing to update it to.',
      );
    } finally {
      await reopened.close();
    }
  });

  it('a project open only to read is told of the newer cues but keeps what it has', async () => {
    const path = await oldProject();
    const reader = new Engine(path, { readOnly: true });
    try {
      expect((await reader.invoke('codebooks.updates'))[0]!.canUpdate).toBe(false);
      expect((await reader.invoke('codebooks.updates'))[0]!.frames.map((frame) => frame.key)).toEqual([
        'economic',
        'morality',
      ]);
      const refused = errorOf(await reader.call('codebooks.update', [{ codebook: 'policy-frames' }]));
      expect(refused.message).toMatch(/read/i);
      expect(await cuesOf(reader, 'morality')).toEqual(FIRST_MORALITY);
    } finally {
      await reader.close();
    }
  });

  it('frames found with the old cues stay until frames are run again', async () => {
    const path = await oldProject();
    const reopened = new Engine(path);
    try {
      // Charity alone is Morality evidence in the first release's cues; today it is a weak cue.
      const file = join(temp.dir(), 'relief.txt');
      writeFileSync(
        file,
        'Town collects for flood victims\n\nThe parish said charity was the least it could give after the flood.\n',
      );
      await reopened.invoke('import.paths', [file]);
      const moralityId = (await reopened.invoke('codebooks.list'))[0]!.codes.find(
        (c) => c.key === 'morality',
      )!.id;
      const evidence = async () =>
        (await reopened.invoke('articles.get', 1)).annotations.filter((a) => a.codeId === moralityId).length;
      expect(FIRST_MORALITY).toContain('charity');
      expect(shipped('morality')).not.toContain('charity');
      const before = await evidence();
      expect(before).toBeGreaterThan(0);
      await reopened.invoke('codebooks.update', { codebook: 'policy-frames' });
      expect(await evidence()).toBe(before);
      await reopened.invoke('frames.rerun');
      expect(await evidence()).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it('an old project file takes the new column, no shipped cues known, when it is opened to write', async () => {
    const path = await oldProject();
    const copy = join(temp.dir(), 'copy.sqlite');
    copyFileSync(path, copy);
    const reopened = new Engine(copy);
    try {
      const db = new Database(copy, { readonly: true });
      try {
        expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(shippedCues.version);
        expect(db.prepare('SELECT count(*) FROM codes WHERE shipped_cues IS NOT NULL').pluck().get()).toBe(0);
      } finally {
        db.close();
      }
    } finally {
      await reopened.close();
    }
  });
});
