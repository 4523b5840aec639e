import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openProject, type Db } from '../../db/open.ts';
import { ProjectFileError } from '../../db/errors.ts';
import { defaultProjectPath } from '../paths.ts';
import type { Output } from './output.ts';
import { upgradeNotice } from './upgrade-notice.ts';

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

/**
 * Opens the project a command works on, checked first (see db/trust/verify.ts). An older project is
 * upgraded as it opens, saying so on stderr with how far it got.
 */
export function openForCommand(
  dbOption: string | undefined,
  mode: ProjectMode,
  output: Output,
): { db: Db; path: string } {
  const path = projectPathFor(dbOption, mode);
  const notice = upgradeNotice(output, path);
  const db = openProject(path, { readonly: mode === 'read', onUpgrade: notice.onUpgrade });
  notice.opened();
  return { db, path };
}
