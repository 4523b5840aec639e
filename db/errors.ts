/** A problem with a project file, worded for the person who chose the file. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}

/**
 * SQLite's own words ("database disk image is malformed", "table meta already exists") turned into
 * a sentence that names the file, says what is wrong and what to do.
 */
export function describeSqliteProblem(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const is = (name: string) => typeof code === 'string' && code.startsWith(name);
  if (is('SQLITE_CORRUPT') || /malformed/i.test(message))
    return `${path} is damaged (SQLite finds its pages malformed). Open a copy saved earlier, or one made with "Save a copy" or framescope share; if a ${path}-wal file lies beside it from another copy, move that away and try again.`;
  if (is('SQLITE_NOTADB') || /not a database/i.test(message))
    return `${path} is not a Framescope project (it is not an SQLite database); it was left unchanged.`;
  if (is('SQLITE_READONLY') || /readonly|read-only/i.test(message))
    return `${path} cannot be written (it or its folder is read-only); copy it somewhere you may write, or make it writable.`;
  if (is('SQLITE_BUSY') || is('SQLITE_LOCKED'))
    return `${path} is in use by another program or Framescope window; close that one and try again.`;
  if (is('SQLITE_FULL')) return `The disk holding ${path} is full; free some space and try again.`;
  if (is('SQLITE_CANTOPEN'))
    return `${path} cannot be opened (its folder does not exist or may not be read); choose another place.`;
  if (is('SQLITE_IOERR'))
    return `${path} could not be read or written (the disk reported an error); check the disk and try again.`;
  const table =
    /(?:table|index|trigger|view) "?(\w+)"? already exists|no such (?:table|column): ([\w.]+)/i.exec(message);
  if (table)
    return `${path} is not a project this version of Framescope can open: its tables are not the ones Framescope makes (${message}); it may have been made by another program or changed by hand. It was left unchanged.`;
  return `${path} could not be used as a project (SQLite says: ${message}); open a copy saved earlier.`;
}
