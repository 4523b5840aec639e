import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './formats/index.ts';

export interface FileProblem {
  file: string;
  reason: string;
}

export interface CollectedFiles {
  files: string[];
  /** Paths the user named that cannot be read at all. */
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
    if (info.isDirectory()) await walk(path, result);
    else result.files.push(path);
  }
  return result;
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
    }
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
