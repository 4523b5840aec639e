/** A problem with a project file, worded for the person who chose the file. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}
