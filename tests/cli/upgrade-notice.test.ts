import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../db/migrations/index.ts';
import { framescope } from '../support/cli.ts';
import { BEFORE_FRAME_SUMS, projectBeforeFrameSums, versionOf } from '../support/old-project.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

// Issue 12: a command that opens an older project says at once that it is upgrading it, then how
// far it got and that it is done (at 100,000 articles an upgrade takes a minute); a project at this
// version opens without a word about it.

const STARTED = /^Upgrading old\.sqlite for this version of Framescope\. It is done once;/m;

describe('the command line opening an older project', () => {
  const temp = useTempDir();

  it('says it upgrades it, how far it got and that it is done, for commands that open it directly or through the engine', async () => {
    const old = join(temp.dir(), 'old.sqlite');
    await projectBeforeFrameSums(old);
    const copy = join(temp.dir(), 'copy', 'old.sqlite');
    mkdirSync(join(temp.dir(), 'copy'));
    copyFileSync(old, copy);

    const listed = await framescope('list', '--db', old);
    expect(listed.code).toBe(0);
    expect(listed.err).toMatch(STARTED);
    const lines = listed.err.split('\n').filter((line) => line.startsWith('Upgrading old.sqlite: '));
    expect(lines).toEqual(
      [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((n) => `Upgrading old.sqlite: ${n}% done`),
    );
    expect(listed.err).toContain('old.sqlite is upgraded for this version of Framescope.\n');
    expect(versionOf(old).version).toBe(latestVersion);

    // Through the engine (stories, codebooks…), the same.
    expect(versionOf(copy).version).toBe(BEFORE_FRAME_SUMS);
    const stories = await framescope('stories', 'list', '--db', copy);
    expect(stories.code).toBe(0);
    expect(stories.err).toMatch(STARTED);
    expect(stories.err).toContain('Upgrading old.sqlite: 50% done\n');
    expect(stories.err).toContain('old.sqlite is upgraded for this version of Framescope.\n');

    // Upgraded, it opens without a word about it.
    const again = await framescope('import', '--db', old, SEED_PATH);
    expect(again.code).toBe(0);
    expect(again.err).not.toMatch(/[Uu]pgrad/);
  });
});
