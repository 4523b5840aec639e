import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { formatOf } from './formats/index.ts';
import { parseIsolated } from './isolated.ts';
import { describeLibraryError } from './library-errors.ts';
import { prepareArticle, type PreparedArticle } from './prepare.ts';
import { ImportFileError, type ParseOptions } from './types.ts';
import { collectFiles, describeFsError, notAFile, type FileProblem } from './walk.ts';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const SNIFF_BYTES = 8192;

export interface ReadOptions extends ParseOptions {
  /** Outlet for articles whose metadata and URL name none. */
  outlet?: string | undefined;
  maxFileBytes?: number;
  /** How long a reader on the reading thread may go without producing an article (tests shorten it). */
  parseStallMs?: number;
}

export interface Failure extends FileProblem {
  where?: string | undefined;
}

export type ReadEvent =
  | { type: 'start'; files: number; skipped: string[] }
  | { type: 'file'; file: string; index: number; files: number }
  | { type: 'article'; file: string; where: string | undefined; prepared: PreparedArticle }
  | { type: 'failure'; failure: Failure };

/**
 * Reads the articles in files and folders, normalised and ready to store, with a failure for
 * each file or record that cannot be read; one bad file never stops the rest.
 */
export async function* readArticles(
  paths: readonly string[],
  options: ReadOptions = {},
  importedAt = new Date().toISOString(),
): AsyncGenerator<ReadEvent> {
  const { files, missing, skipped } = await collectFiles(paths);
  for (const failure of missing) yield { type: 'failure', failure };
  yield { type: 'start', files: files.length, skipped };
  for (const [index, file] of files.entries()) {
    yield { type: 'file', file, index, files: files.length };
    try {
      yield* readFile(file, options, importedAt);
    } catch (error) {
      yield { type: 'failure', failure: { file, reason: reasonOf(error) } };
    }
  }
}

async function* readFile(file: string, options: ReadOptions, importedAt: string): AsyncGenerator<ReadEvent> {
  const { size, head } = await inspect(file);
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  if (size === 0) throw new ImportFileError('the file is empty');
  if (size > maxBytes) {
    throw new ImportFileError(
      `the file is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}); split it into smaller files`,
    );
  }
  const format = formatOf(file, head.toString('utf8'));
  if ('unsupported' in format) throw new ImportFileError(format.unsupported);
  if (!format.binary && looksBinary(head)) throw new ImportFileError('it is a binary file, not text');

  let records = 0;
  const parsed = format.isolated
    ? parseIsolated(format.name, file, { fieldMap: options.fieldMap }, options.parseStallMs)
    : format.parse(file, options);
  for await (const record of parsed) {
    records++;
    const where = record.where;
    if (!record.ok) {
      yield { type: 'failure', failure: { file, where, reason: record.reason } };
      continue;
    }
    const context = { file, format: format.name, where, fallbackOutlet: options.outlet, importedAt };
    const prepared = prepareArticle(record.article, context);
    if (prepared) yield { type: 'article', file, where, prepared };
    else yield { type: 'failure', failure: { file, where, reason: 'it has no article text' } };
  }
  if (records === 0) throw new ImportFileError('no articles were found in it');
}

async function inspect(file: string): Promise<{ size: number; head: Buffer }> {
  let handle;
  try {
    // Without O_NONBLOCK, opening a named pipe that was put in the file's place waits forever.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) throw new ImportFileError(notAFile(info));
    const { size } = info;
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    return { size, head };
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(describeFsError(error));
  } finally {
    await handle?.close();
  }
}

/** NUL bytes do not occur in text (UTF-16 files start with a byte-order mark, which is allowed). */
function looksBinary(head: Buffer): boolean {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && head.includes(0);
}

function formatBytes(bytes: number): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;
}

function reasonOf(error: unknown): string {
  if (error instanceof ImportFileError) return error.message;
  return describeLibraryError(error);
}
