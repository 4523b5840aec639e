import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AllowedFolders } from '../../core/server/allowed-folders.ts';
import { useTempDir } from '../support/temp.ts';

describe('the folders serve --allow names', () => {
  const temp = useTempDir();

  it('says a missing folder inside them is missing, rather than outside them', () => {
    const coverage = join(realpathSync(temp.dir()), 'coverage');
    mkdirSync(coverage);
    const allowed = new AllowedFolders([coverage]);
    expect(allowed.refusal([join(coverage, 'aid.qdpx')])).toBeNull();
    expect(allowed.refusal([join(coverage, 'exports', 'aid.qdpx')])).toBe(
      `${join(coverage, 'exports', 'aid.qdpx')} cannot be used: the folder ${join(coverage, 'exports')} does not exist; make it first, or name a file in a folder that exists.`,
    );
    expect(allowed.refusal([join(temp.dir(), 'elsewhere', 'aid.qdpx')])).toMatch(
      /is outside the folders this Framescope window may use/,
    );
  });
});
