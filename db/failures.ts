import { existsSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * A sentence for an SQLite failure that concerns the project file itself (read-only, damaged,
 * full disk), naming the file and what to do; null for any other error, which stays as it is.
 */
export function describeFileFailure(
  path: string,
  error: unknown,
  readOnlyReason?: string | null,
): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_READONLY'))
    return (
      `${path} is read-only${readOnlyReason ? ` (${readOnlyReason})` : ''}, so this change was not made. ` +
      'To work on the project, save a copy (Save a copy, or framescope share) and open the copy.'
    );
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    const wal = `${path}-wal`;
    const stray = existsSync(wal)
      ? ` If ${basename(wal)} beside it came from another copy of the project, move it out of the folder and open the project again.`
      : '';
    return (
      `${path} is damaged: SQLite found a page that does not fit ("${(error as Error).message}"), so Framescope stopped before changing anything more.${stray} ` +
      'Otherwise open the last copy you saved (Save a copy, or framescope share); copies are checked when they are made.'
    );
  }
  if (code === 'SQLITE_FULL')
    return `The disk holding ${path} is full, so the last change was not saved. Free some space and try again.`;
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN'))
    return `${path} could not be read or written (${(error as Error).message}). Check that its disk is still there and try again.`;
  return null;
}
