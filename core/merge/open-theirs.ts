import { chmodSync, existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeProject, openProject, type Db } from '../../db/open.ts';
import { ProjectFileError, describeSqliteProblem } from '../../db/errors.ts';
import { verifyProjectFile } from '../../db/trust/verify.ts';
import { privateCopy } from '../../db/trust/side-files.ts';

/**
 * A project file someone sent, opened to be merged: it is untrusted input. It is copied (with any
 * -wal or journal beside it) into a private folder first, and only the copy is ever opened, so the
 * file itself is never changed, whatever it holds. The copy must pass the trust check every open
 * does (Framescope's mark, a schema version this code knows, exactly the tables, indexes, triggers
 * and views the migrations make, so no planted trigger or view can run) and SQLite's quick_check.
 * An older project's copy is then upgraded to this version's schema, so a merge reads one schema.
 */
export function openTheirs(path: string, minePath: string): { db: Db; close: () => void } {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ProjectFileError(`${path}: no such project file, so nothing was merged.`);
  }
  if (!stat.isFile())
    throw new ProjectFileError(
      `${path} is not a project file (it is a folder, a device or a pipe); nothing was merged.`,
    );
  if (sameFile(path, minePath))
    throw new ProjectFileError(`${path} is this project itself; merge the copy a colleague sent you.`);
  const { copy, remove } = privateCopy(path);
  // A copy keeps the file's mode: a colleague's file marked read-only must not make the private copy so.
  for (const suffix of ['', '-wal', '-journal'])
    if (existsSync(copy + suffix)) chmodSync(copy + suffix, 0o600);
  const refused = (error: unknown): ProjectFileError => {
    const message =
      error instanceof ProjectFileError
        ? error.message.replaceAll(copy, path)
        : describeSqliteProblem(path, error);
    return new ProjectFileError(
      `${message} Nothing was merged; both projects are unchanged.`.replace('. .', '.'),
    );
  };
  let db: Db | null = null;
  try {
    if (verifyProjectFile(copy).kind === 'new')
      throw new ProjectFileError(`${path} is empty, not a Framescope project.`);
    db = openProject(copy, { create: false });
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok')
      throw new ProjectFileError(`${path} is damaged (SQLite's check says: ${check.split('\n')[0]}).`);
  } catch (error) {
    db?.close();
    remove();
    throw refused(error);
  }
  const open = db;
  return {
    db: open,
    close: () => {
      closeProject(open);
      remove();
    },
  };
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
