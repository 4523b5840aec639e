import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Why a project may not be written, or null when it may. SQLite writes the file and creates
 * files beside it, so both the file and its folder must be writable. A file or folder without
 * write permission bits counts as read-only even for an administrator, who could write it anyway:
 * marking a project read-only is how a person says "do not change this".
 */
export function unwritableReason(path: string): string | null {
  const folder = dirname(path);
  const file = statOrNull(path);
  if (file && !writable(path, file.mode)) return 'the file is read-only';
  const dir = statOrNull(folder);
  if (dir && !writable(folder, dir.mode)) return `its folder ${folder} is read-only`;
  return null;
}

function writable(path: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
