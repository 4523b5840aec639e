import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** What a file and its neighbours look like on disk, to prove that nothing was written. */
export interface Fingerprint {
  /** sha256 of the file, or its kind when it is not a regular file. */
  file: string;
  /** sha256 of -wal and -journal when present (-shm is SQLite's scratch index and may be rebuilt). */
  logs: Record<string, string>;
  /** Every name in the folder that starts with the file's name (side files, copies). */
  neighbours: string[];
}

export function fingerprint(path: string): Fingerprint {
  const logs: Record<string, string> = {};
  for (const suffix of ['-wal', '-journal']) if (isFile(path + suffix)) logs[suffix] = hash(path + suffix);
  const name = basename(path);
  return {
    file: !existsSync(path)
      ? 'missing'
      : isFile(path)
        ? hash(path)
        : statSync(path).isDirectory()
          ? 'folder'
          : 'special',
    logs,
    neighbours: readdirSync(dirname(path))
      .filter((entry) => entry.startsWith(name))
      .sort(),
  };
}

/** How `after` differs from `before`, in words; empty when nothing did. */
export function changes(before: Fingerprint, after: Fingerprint): string[] {
  const found: string[] = [];
  if (before.file !== after.file) found.push('the file changed');
  for (const suffix of new Set([...Object.keys(before.logs), ...Object.keys(after.logs)]))
    if (before.logs[suffix] !== after.logs[suffix]) found.push(`${suffix} changed`);
  const added = after.neighbours.filter((name) => !before.neighbours.includes(name));
  const removed = before.neighbours.filter((name) => !after.neighbours.includes(name));
  if (added.length > 0) found.push(`left ${added.join(', ')} beside it`);
  if (removed.length > 0) found.push(`removed ${removed.join(', ')}`);
  return found;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function hash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Whether a message is a sentence for a person about this file: it names it and holds no stack trace. */
export function isSentenceAbout(message: string, path: string): boolean {
  const text = message.trim();
  return (
    text.length > 0 &&
    text.includes(basename(path)) &&
    !/\n\s+at /.test(text) &&
    !text.startsWith('Framescope failed') &&
    !/could not do [a-z.]+:/.test(text) &&
    /[.)"]$/.test(text)
  );
}
