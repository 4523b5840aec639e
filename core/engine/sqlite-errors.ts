import { describeFileFailure } from '../../db/failures.ts';
import { EngineError } from './errors.ts';

/** SQLite failures about the project file become sentences for the person; other errors pass through. */
export function translateSqliteError(
  error: unknown,
  project: { path: string; readOnly: string | null } | null,
): unknown {
  if (!project) return error;
  const sentence = describeFileFailure(project.path, error, project.readOnly);
  return sentence ? new EngineError('project-file', sentence) : error;
}
