import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framescope } from '../support/cli.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

// A codebook of one's own from the command line, as the Codebook view's "+ New codebook" makes it.
describe('framescope codebooks new', () => {
  const temp = useTempDir();

  it('makes a named codebook, scoped when asked, and refuses a name taken', async () => {
    const db = join(temp.dir(), 'own.sqlite');
    await framescope('import', SEED_PATH, '--db', db, '--no-analyze');
    const made = await framescope('codebooks', 'new', 'Dock labour', '--search', 'sanction*', '--db', db);
    expect(made.out).toBe(
      'Codebook “Dock labour” (dock-labour) made, for the articles matching sanction*; add its codes in the Codebook view.\n',
    );
    const listed = await framescope('codebooks', '--json', '--db', db);
    expect(JSON.parse(listed.out)).toContainEqual(
      expect.objectContaining({
        key: 'dock-labour',
        scope: { kind: 'search', query: 'sanction*' },
        frames: 0,
      }),
    );
    const again = await framescope('codebooks', 'new', 'dock LABOUR', '--db', db);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('There is a codebook “dock LABOUR” already');
  });
});
