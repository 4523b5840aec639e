import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../core/analyze/pool.ts';
import { compileCacheFolder } from '../../core/compile-cache.ts';
import { BUILT_IN_CODEBOOKS } from '../../nlp/frames/index.ts';
import { useTempDir } from '../support/temp.ts';

// Analysis worker threads keep what they compile in Node's on-disk compile cache, so that the
// workers of the next analysis start faster; a user who set their own cache, or refused one, is heard.

const TEXT = 'Shops in Fairview reopened on Monday. "We are glad," Ms. Ortega said.';

describe('analysis workers’ compile cache', () => {
  const temp = useTempDir();
  const KEYS = ['TMPDIR', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE'] as const;
  const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
  beforeEach(() => {
    const dir = temp.dir();
    for (const key of KEYS) delete process.env[key];
    process.env.TMPDIR = dir;
  });
  afterEach(() => {
    for (const key of KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  async function analyseOnce(): Promise<void> {
    const pool = new AnalysisPool(1, { codebooks: BUILT_IN_CODEBOOKS, lexicon: {} });
    const { analysis } = await pool.analyse({ articleId: 1, title: null, text: TEXT });
    expect(analysis.quotes.length).toBeGreaterThan(0);
    await pool.close();
  }

  it('is kept under the temporary folder after a worker has analysed a text', async () => {
    await analyseOnce();
    const cache = join(temp.dir(), 'framescope-compile-cache');
    expect(compileCacheFolder()).toBe(cache);
    expect(existsSync(cache)).toBe(true);
    expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(1);
  });

  it('is the folder the command keeps its own cache in: one place says where', async () => {
    const bin = resolve(import.meta.dirname, '../../bin/framescope.js');
    await promisify(execFile)(process.execPath, [bin, '--help'], {
      env: { ...process.env },
      timeout: 60_000,
    });
    // The command's modules are cached where the workers' are; nothing else is made in the folder.
    expect(readdirSync(temp.dir())).toEqual(['framescope-compile-cache']);
    expect(readdirSync(compileCacheFolder(), { recursive: true }).length).toBeGreaterThan(1);
  });

  it('is not made when the user refused it', async () => {
    process.env.NODE_DISABLE_COMPILE_CACHE = '1';
    await analyseOnce();
    expect(existsSync(join(temp.dir(), 'framescope-compile-cache'))).toBe(false);
  });
});
