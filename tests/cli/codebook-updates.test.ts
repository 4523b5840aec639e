import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { framescope } from '../support/cli.ts';
import { useTempDir } from '../support/temp.ts';
import { EDITED_ECONOMIC, FIRST_MORALITY, cuesOf, oldProjectAt, shipped } from '../engine/old-codebook.ts';

describe('framescope codebooks updates / update', () => {
  const temp = useTempDir();

  const oldProject = () => oldProjectAt(join(temp.dir(), 'old.sqlite'));

  it('shows what the shipped cues would change and applies them to the frames nobody edited', async () => {
    const db = await oldProject();
    const fresh = join(temp.dir(), 'fresh.sqlite');
    await new Engine(fresh).close();
    expect((await framescope('codebooks', 'updates', '--db', fresh)).out).toBe(
      'Every shipped codebook in this project has the shipped cues.\n',
    );

    const listed = await framescope('codebooks', 'updates', '--db', db);
    expect(listed.code).toBe(0);
    const lines = listed.out.split('\n');
    expect(lines[0]).toBe(
      'Policy Frames Codebook (policy-frames): newer shipped cues for 2 frames, 1 nobody here edited',
    );
    expect(lines[1]).toMatch(
      /^ {2}Economic \(edited here: kept unless named, --frame economic\): \+\d+ cues \(costly, taxpayer\*/,
    );
    expect(lines[1]).toContain('−1 cues (relief fund*)');
    expect(lines[2]).toMatch(/^ {2}Morality \(as shipped before\): /);
    expect(lines[3]).toBe('  Update them: framescope codebooks update policy-frames');
    const json = JSON.parse((await framescope('codebooks', 'updates', '--db', db, '--json')).out) as {
      frames: { key: string; state: string }[];
    }[];
    expect(json[0]!.frames.map((frame) => [frame.key, frame.state])).toEqual([
      ['economic', 'edited'],
      ['morality', 'behind'],
    ]);

    const updated = await framescope('codebooks', 'update', 'policy-frames', '--db', db);
    expect(updated.code).toBe(0);
    expect(updated.out).toBe(
      [
        'Updated to the shipped cues: Morality (one edit, which Undo in the app takes back).',
        'Kept as edited in this project: Economic (name one with --frame KEY to replace its cues with the shipped ones).',
        'Frames already found keep the evidence of the old cues until frames are run again: add --rerun, or Re-run frames in the Codebook view.',
        '',
      ].join('\n'),
    );
    const engine = new Engine(db, { readOnly: true });
    try {
      expect(await cuesOf(engine, 'morality')).toEqual(shipped('morality'));
      expect(await cuesOf(engine, 'economic')).toEqual(EDITED_ECONOMIC);
    } finally {
      await engine.close();
    }

    const named = await framescope(
      'codebooks',
      'update',
      'policy-frames',
      '--frame',
      'economic',
      '--rerun',
      '--db',
      db,
    );
    expect(named.out).toMatch(
      /^Updated to the shipped cues: Economic .*\nFrames detected again in 0 articles\.\n$/,
    );
    expect((await framescope('codebooks', 'updates', '--db', db)).out).toBe(
      'Every shipped codebook in this project has the shipped cues.\n',
    );
    expect(FIRST_MORALITY).not.toEqual(shipped('morality'));
  });

  it('names a codebook that ships with nothing to update to', async () => {
    const db = await oldProject();
    const result = await framescope('codebooks', 'update', 'my-own', '--db', db);
    expect(result.code).toBe(1);
    // The project is older: the command says first that it upgrades it, then what is wrong.
    expect(result.err).toMatch(/^Upgrading old\.sqlite for this version of Framescope\./);
    expect(result.err.split('\n').at(-2)).toBe(
      '“my-own” is not a codebook shipped with Framescope, so there is nothing to update it to.',
    );
  });
});
