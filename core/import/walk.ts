import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './formats/index.ts';

export interface FileProblem {
  file: string;
  reason: string;
}

export interface CollectedFiles {
  files: string[];
  /**
   * Paths the user named that cannot be read at all, and what folders hold that is not followed:
   * links, named pipes, sockets and devices, each with its reason.
   */
  missing: FileProblem[];
  /** Files inside folders that are not articles (images, scripts of saved pages, ...). */
  skipped: string[];
}

/**
 * The files to import: each file named, and every article file below each folder named, in a
 * stable order. Hidden files and the `*_files` folders browsers save beside a page are passed over.
 */
export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const result: CollectedFiles = { files: [], missing: [], skipped: [] };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      result.missing.push({ file: path, reason: describeFsError(error) });
      continue;
    }
    // A file named on the command line is followed if it is a link: the user chose it.
    if (info.isDirectory()) await walk(path, result);
    else if (info.isFile()) result.files.push(path);
    else result.missing.push({ file: path, reason: notAFile(info) });
  }
  return result;
}

/**
 * Why something that is not a regular file is not read. Opening a named pipe waits for a writer
 * forever, and a device can be endless, so neither is ever opened.
 */
export function notAFile(info: Stats | Dirent): string {
  if (info.isFIFO()) return 'it is a named pipe (FIFO), not a file; Framescope reads only regular files';
  if (info.isSocket()) return 'it is a socket, not a file; Framescope reads only regular files';
  if (info.isCharacterDevice() || info.isBlockDevice())
    return 'it is a device, not a file; Framescope reads only regular files';
  return 'it is not a regular file; Framescope reads only regular files';
}

async function walk(folder: string, result: CollectedFiles): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    result.missing.push({ file: folder, reason: describeFsError(error) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!/_files$/.test(entry.name)) await walk(path, result);
    } else if (entry.isFile()) {
      if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) result.files.push(path);
      else result.skipped.push(path);
    } else if (entry.isSymbolicLink()) {
      // A link may lead out of the folder (to another user's files, or back up into a loop).
      result.missing.push({
        file: path,
        reason:
          'it is a symbolic link, and links inside folders are not followed; import the file it points to by naming it',
      });
    } else result.missing.push({ file: path, reason: notAFile(entry) });
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'it cannot be read (permission denied)';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return `it cannot be read (${(error as Error).message})`;
  }
}
