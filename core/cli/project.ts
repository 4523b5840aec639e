import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openProject, type Db } from '../../db/open.ts';
import { ProjectFileError } from '../../db/errors.ts';
import { defaultProjectPath } from '../paths.ts';

/**
 * How a command uses its project: `read` opens it read-only (nothing is written, and a
 * read-only project can be read); `update` writes to a project that must exist; `write` may
 * also create it.
 */
export type ProjectMode = 'read' | 'update' | 'write';

/** The project a command works on: `--db FILE`, else the default project. */
export function projectPathFor(dbOption: string | undefined, mode: ProjectMode): string {
  const path = dbOption ?? defaultProjectPath();
  if (mode !== 'write' && !existsSync(path)) {
    throw new ProjectFileError(
      dbOption
        ? `${path}: no such project file.`
        : `There is no default project yet (${path}). Import articles first: framescope import <files or folders>`,
    );
  }
  if (!dbOption && mode === 'write') mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** Opens the project a command works on, checked first (see db/trust/verify.ts). */
export function openForCommand(dbOption: string | undefined, mode: ProjectMode): { db: Db; path: string } {
  const path = projectPathFor(dbOption, mode);
  return { db: openProject(path, { readonly: mode === 'read' }), path };
}
