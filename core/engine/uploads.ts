import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { EngineError } from './errors.ts';

export interface UploadedFile {
  /** The file's name, with the folders it was dropped in: "coverage/corriere/1.html". */
  name: string;
  base64: string;
}

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
      await writeFile(path, Buffer.from(file.base64, 'base64'));
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
