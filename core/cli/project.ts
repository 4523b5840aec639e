import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openProject, type Db } from '../../db/open.ts';
import { ProjectFileError } from '../../db/errors.ts';
import { defaultProjectPath } from '../paths.ts';

/**
 * Opens the project a command works on: `--db FILE`, else the default project. Commands that
 * only read refuse a project that does not exist yet instead of creating an empty one.
 */
export function openForCommand(
  dbOption: string | undefined,
  mode: 'read' | 'write',
): { db: Db; path: string } {
  const path = dbOption ?? defaultProjectPath();
  if (mode === 'read' && !existsSync(path)) {
    throw new ProjectFileError(
      dbOption
        ? `${path}: no such project file.`
        : `There is no default project yet (${path}). Import articles first: framescope import <files or folders>`,
    );
  }
  if (!dbOption) mkdirSync(dirname(path), { recursive: true });
  return { db: openProject(path), path };
}
