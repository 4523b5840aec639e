import { realpathSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';

/**
 * The folders the person who started `framescope serve` let the browser window name files in
 * (`--allow FOLDER`). Links are resolved first, so a link inside an allowed folder that points out
 * of it is refused like the target itself.
 */
export class AllowedFolders {
  private readonly folders: string[];

  constructor(folders: readonly string[]) {
    this.folders = folders.map((folder) => realpathSync(resolve(folder)));
  }

  get list(): readonly string[] {
    return this.folders;
  }

  /** A sentence refusing the first name outside the allowed folders, or null when all are inside. */
  refusal(paths: readonly string[]): string | null {
    if (this.folders.length === 0)
      return (
        'The browser window cannot name files on this computer. Import with the Import button, which ' +
        'uploads the files you pick; or start framescope serve with --allow FOLDER to let the window ' +
        'open, import from and save to that folder.'
      );
    for (const path of paths) {
      const real = realPath(path);
      // Saying "outside the folders" of a path inside them whose folder is missing would send the
      // person to restart serve for nothing.
      if (!real && this.inside(resolve(path)))
        return `${path} cannot be used: the folder ${dirname(resolve(path))} does not exist; make it first, or name a file in a folder that exists.`;
      if (!real || !this.folders.some((folder) => real === folder || real.startsWith(folder + sep)))
        return `${path} is outside the folders this Framescope window may use (${this.folders.join(', ')}); restart framescope serve with --allow naming its folder.`;
    }
    return null;
  }

  /** Whether a path lies inside an allowed folder as written (its links not yet resolved). */
  private inside(path: string): boolean {
    return this.folders.some((folder) => path.startsWith(folder + sep));
  }
}

/** The real path of a file, or of the folder a new file would be written to. */
function realPath(path: string): string | null {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return resolve(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return null;
    }
  }
}
