import { z } from 'zod';
import { describeSqliteProblem } from '../../db/errors.ts';

export type ErrorCode =
  | 'invalid-arguments'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'busy'
  | 'project-file'
  | 'search-syntax'
  | 'import'
  /** Long work stopped by request (Stop, or a newer request replacing it) before it had an answer. */
  | 'stopped'
  | 'internal';

/** A failure whose message is already a sentence for the person using the app. */
export class EngineError extends Error {
  override name = 'EngineError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export function notFound(what: string, id: number): EngineError {
  return new EngineError('not-found', `There is no ${what} ${id} in this project; it may have been deleted.`);
}

/** Errors from lower layers whose messages are written for people, with the code each gets. */
const USER_ERRORS: Record<string, ErrorCode> = {
  ProjectFileError: 'project-file',
  SearchSyntaxError: 'search-syntax',
  ImportFileError: 'import',
  FieldMapError: 'invalid-arguments',
};

/** Any error as `{message, code}` for the UI: a sentence, never a stack trace. */
export function describeError(
  method: string,
  error: unknown,
  projectPath = 'The project file',
): { message: string; code: ErrorCode } {
  if (error instanceof EngineError) return { message: error.message, code: error.code };
  if ((error as Error | undefined)?.name === 'SqliteError')
    return { message: describeSqliteProblem(projectPath, error), code: 'project-file' };
  if (error instanceof z.ZodError)
    return { message: describeZodError(method, error), code: 'invalid-arguments' };
  const { name, message } = error as Error;
  const code = USER_ERRORS[name];
  if (code) return { message, code };
  return { message: `Framescope could not do ${method}: ${message ?? String(error)}`, code: 'internal' };
}

function describeZodError(method: string, error: z.ZodError): string {
  const problems = error.issues.slice(0, 3).map((issue) => {
    const [position, ...path] = issue.path;
    const where =
      typeof position === 'number'
        ? `argument ${position + 1}${path.length > 0 ? ` (${path.join('.')})` : ''}`
        : 'the arguments';
    return `${where}: ${issue.message}`;
  });
  return `${method} was called with arguments it does not accept: ${problems.join('; ')}.`;
}
