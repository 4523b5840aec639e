import { open } from 'node:fs/promises';
import type { Db } from '../../db/open.ts';
import { insertArticles } from '../../db/articles.ts';
import { formatOf } from './formats/index.ts';
import { prepareArticle, type PreparedArticle } from './prepare.ts';
import { ImportFileError, type ParseOptions } from './types.ts';
import { collectFiles, describeFsError } from './walk.ts';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const SNIFF_BYTES = 8192;

export interface ImportOptions extends ParseOptions {
  /** Outlet for articles whose metadata and URL name none. */
  outlet?: string | undefined;
  maxFileBytes?: number;
}

export interface ImportedArticle {
  id: number;
  title: string | null;
  file: string;
}
export interface Duplicate {
  file: string;
  where?: string | undefined;
  title: string | null;
  duplicateOf: number;
}
export interface Failure {
  file: string;
  where?: string | undefined;
  reason: string;
}
export interface RepeatedParagraphs {
  id: number;
  title: string | null;
  file: string;
  pairs: [number, number][];
}

export interface ImportSummary {
  files: number;
  imported: ImportedArticle[];
  duplicates: Duplicate[];
  failures: Failure[];
  /** Files in the folders imported that are not articles (images, scripts). */
  skipped: string[];
  repeatedParagraphs: RepeatedParagraphs[];
}

export type ImportEvent =
  | { type: 'start'; files: number }
  | { type: 'file'; file: string; index: number; files: number }
  | { type: 'article'; file: string; id: number; title: string | null; imported: number }
  | { type: 'duplicate'; duplicate: Duplicate }
  | { type: 'failure'; failure: Failure };

/** Articles are committed in batches of this many, or after this long, whichever comes first. */
const BATCH_ARTICLES = 500;
const BATCH_MS = 250;

/**
 * Imports files and folders into a project. Articles are written in small transactions of whole
 * articles, so a crash or a kill leaves no partial article (and at most the last quarter second
 * of work to import again); a bad file or record is reported and the batch goes on.
 */
export async function importPaths(
  db: Db,
  paths: readonly string[],
  options: ImportOptions = {},
  onEvent: (event: ImportEvent) => void = () => {},
): Promise<ImportSummary> {
  const { files, missing, skipped } = await collectFiles(paths);
  const run = new ImportRun(db, files.length, skipped, onEvent);
  missing.forEach((problem) => run.fail(problem));
  onEvent({ type: 'start', files: files.length });

  for (const [index, file] of files.entries()) {
    onEvent({ type: 'file', file, index, files: files.length });
    try {
      await importFile(run, file, options);
    } catch (error) {
      run.fail({ file, reason: reasonOf(error) });
    } finally {
      run.flush();
    }
  }
  return run.summary;
}

interface Pending {
  file: string;
  where: string | undefined;
  prepared: PreparedArticle;
}

/** The state of one import: its summary, its events, and the articles waiting to be written. */
class ImportRun {
  readonly summary: ImportSummary;
  private pending: Pending[] = [];
  private pendingSince = 0;
  readonly importedAt = new Date().toISOString();
  private readonly db: Db;
  private readonly onEvent: (event: ImportEvent) => void;

  constructor(db: Db, files: number, skipped: string[], onEvent: (event: ImportEvent) => void) {
    this.db = db;
    this.onEvent = onEvent;
    this.summary = { files, imported: [], duplicates: [], failures: [], skipped, repeatedParagraphs: [] };
  }

  fail(failure: Failure): void {
    this.summary.failures.push(failure);
    this.onEvent({ type: 'failure', failure });
  }

  add(item: Pending): void {
    if (this.pending.length === 0) this.pendingSince = Date.now();
    this.pending.push(item);
    if (this.pending.length >= BATCH_ARTICLES || Date.now() - this.pendingSince >= BATCH_MS) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const results = insertArticles(
      this.db,
      batch.map((item) => item.prepared.article),
    );
    results.forEach((result, i) => {
      const { file, where, prepared } = batch[i]!;
      const { title } = prepared.article;
      if (!result.inserted) {
        const duplicate = { file, where, title, duplicateOf: result.duplicateOf };
        this.summary.duplicates.push(duplicate);
        this.onEvent({ type: 'duplicate', duplicate });
        return;
      }
      this.summary.imported.push({ id: result.id, title, file });
      if (prepared.repeatedParagraphs.length > 0) {
        this.summary.repeatedParagraphs.push({
          id: result.id,
          title,
          file,
          pairs: prepared.repeatedParagraphs,
        });
      }
      this.onEvent({ type: 'article', file, id: result.id, title, imported: this.summary.imported.length });
    });
  }
}

async function importFile(run: ImportRun, file: string, options: ImportOptions): Promise<void> {
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
  for await (const record of format.parse(file, options)) {
    records++;
    if (!record.ok) {
      run.fail({ file, where: record.where, reason: record.reason });
      continue;
    }
    const prepared = prepareArticle(record.article, {
      file,
      format: format.name,
      where: record.where,
      fallbackOutlet: options.outlet,
      importedAt: run.importedAt,
    });
    if (prepared) run.add({ file, where: record.where, prepared });
    else run.fail({ file, where: record.where, reason: 'it has no article text' });
  }
  if (records === 0) throw new ImportFileError('no articles were found in it');
}

async function inspect(file: string): Promise<{ size: number; head: Buffer }> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    return { size, head };
  } catch (error) {
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
  return `it could not be imported (${(error as Error).message ?? String(error)})`;
}
