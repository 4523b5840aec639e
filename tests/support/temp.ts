import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const SEED_PATH = join(SHARED, 'seed/russia-italy-aid.txt');

/** A fresh folder per test, removed after it; `file()` writes a fixture into it. */
export function useTempDir(): {
  dir: () => string;
  file: (name: string, content: string | Uint8Array) => string;
} {
  let current: string | undefined;
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  const dir = () => (current ??= mkdtempSync(join(tmpdir(), 'framescope-test-')));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir(), name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
