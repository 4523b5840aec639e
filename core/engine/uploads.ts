import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { MAX_FILE_BYTES } from '../import/read.ts';
import { EngineError } from './errors.ts';

/** A file the window sent whole, or one it sent in parts with `import.stage` first. */
export type UploadedFile = { name: string; base64: string } | { name: string; staged: string };

/** The folders of an uploaded name, each checked: nothing may climb out of the upload folder. */
function safeParts(name: string): string[] {
  const parts = name.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.some((part) => part === '..' || /[\0:]/.test(part)))
    throw new EngineError(
      'invalid-arguments',
      `The uploaded file name "${name}" cannot be used; name files without "..", ":" or absolute paths.`,
    );
  return parts;
}

// Files sent in parts wait here until the import that names them; a part not followed up within an
// hour is dropped, and the folder goes when the process ends.
const STALE_MS = 60 * 60 * 1000;
const staged = new Map<string, { path: string; bytes: number; touched: number }>();
let stagingFolder: string | undefined;

function stagingPath(stage: string): string {
  if (!stagingFolder) {
    stagingFolder = mkdtempSync(join(tmpdir(), 'framescope-staged-'));
    const folder = stagingFolder;
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  }
  return join(stagingFolder, stage);
}

async function dropStale(now: number): Promise<void> {
  for (const [stage, file] of staged) {
    if (now - file.touched < STALE_MS) continue;
    staged.delete(stage);
    await rm(file.path, { force: true });
  }
}

/**
 * Appends one part of a large file the window is uploading (null starts a new file) and returns
 * the name to continue it with, or to name it by in `import.upload`.
 */
export async function stagePart(
  stage: string | null,
  base64: string,
): Promise<{ stage: string; bytes: number }> {
  const now = Date.now();
  await dropStale(now);
  const bytes = Buffer.from(base64, 'base64');
  const id = stage ?? randomUUID();
  const file = stage === null ? { path: stagingPath(id), bytes: 0, touched: now } : staged.get(stage);
  if (!file)
    throw new EngineError(
      'not-found',
      'That upload was not started or has expired (after an hour); import the file again.',
    );
  if (file.bytes + bytes.length > MAX_FILE_BYTES) {
    staged.delete(id);
    await rm(file.path, { force: true });
    throw new EngineError(
      'import',
      `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most Framescope imports from one file; split it into smaller files.`,
    );
  }
  await appendFile(file.path, bytes);
  file.bytes += bytes.length;
  file.touched = now;
  staged.set(id, file);
  return { stage: id, bytes: file.bytes };
}

/**
 * Writes uploaded files into a fresh temporary folder, keeping their folder names (a browser
 * cannot hand over paths), runs `work` on the folder and deletes it afterwards, whatever happens.
 */
export async function withUploadedFiles<T>(
  files: readonly UploadedFile[],
  work: (folder: string, nameOf: (path: string) => string) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'framescope-upload-'));
  try {
    for (const file of files) {
      const path = join(folder, ...safeParts(file.name));
      await mkdir(dirname(path), { recursive: true });
      if ('base64' in file) {
        await writeFile(path, Buffer.from(file.base64, 'base64'));
        continue;
      }
      const parts = staged.get(file.staged);
      if (!parts)
        throw new EngineError(
          'not-found',
          `The upload of ${file.name} was not finished or has expired; import it again.`,
        );
      staged.delete(file.staged);
      await rename(parts.path, path);
    }
    const prefix = folder + sep;
    // Reports name the files as the person uploaded them, not by the temporary folder.
    const nameOf = (path: string) =>
      path.startsWith(prefix) ? path.slice(prefix.length).split(sep).join('/') : path;
    return await work(folder, nameOf);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
