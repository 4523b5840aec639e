import type { Db } from '../../db/open.ts';
import { insertArticles } from '../../db/articles.ts';
import type { PreparedArticle } from './prepare.ts';
import { readArticles, type Failure, type ReadOptions } from './read.ts';

export type { Failure };
export type ImportOptions = ReadOptions;

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
export interface RepeatedParagraphs {
  id: number;
  title: string | null;
  file: string;
  pairs: [number, number][];
}

/** An imported article that the summary says something about. */
interface ArticleNote {
  id: number;
  title: string | null;
  file: string;
  where?: string | undefined;
}

export interface UnreadDate extends ArticleNote {
  /** The date as the source wrote it, kept as the article's original date string. */
  raw: string;
}

/** An article imported up to the length limit only (see MAX_ARTICLE_CHARS). */
export interface ShortenedArticle extends ArticleNote {
  /** The characters the text had, and those kept. */
  characters: number;
  kept: number;
}

export interface ImportSummary {
  files: number;
  imported: ImportedArticle[];
  duplicates: Duplicate[];
  failures: Failure[];
  /** Files in the folders imported that are not articles (images, scripts). */
  skipped: string[];
  repeatedParagraphs: RepeatedParagraphs[];
  /** Articles imported without a date because the date they carry could not be read. */
  unreadDates: UnreadDate[];
  shortened: ShortenedArticle[];
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
  const run = new ImportRun(db, onEvent);
  for await (const event of readArticles(paths, options)) {
    switch (event.type) {
      case 'start':
        run.summary.files = event.files;
        run.summary.skipped = event.skipped;
        onEvent({ type: 'start', files: event.files });
        break;
      case 'file':
        run.flush();
        onEvent(event);
        break;
      case 'article':
        run.add(event);
        break;
      case 'failure':
        run.fail(event.failure);
        break;
    }
  }
  run.flush();
  return run.summary;
}

interface Pending {
  file: string;
  where: string | undefined;
  prepared: PreparedArticle;
}

/** The state of one import: its summary, its events, and the articles waiting to be written. */
class ImportRun {
  readonly summary: ImportSummary = {
    files: 0,
    imported: [],
    duplicates: [],
    failures: [],
    skipped: [],
    repeatedParagraphs: [],
    unreadDates: [],
    shortened: [],
  };
  private pending: Pending[] = [];
  private pendingSince = 0;
  private readonly db: Db;
  private readonly onEvent: (event: ImportEvent) => void;

  constructor(db: Db, onEvent: (event: ImportEvent) => void) {
    this.db = db;
    this.onEvent = onEvent;
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
      if (prepared.shortenedFrom !== undefined) {
        const kept = prepared.article.text.length;
        this.summary.shortened.push({
          id: result.id,
          title,
          file,
          where,
          characters: prepared.shortenedFrom,
          kept,
        });
      }
      if (prepared.repeatedParagraphs.length > 0) {
        this.summary.repeatedParagraphs.push({
          id: result.id,
          title,
          file,
          pairs: prepared.repeatedParagraphs,
        });
      }
      if (prepared.unreadDate !== null)
        this.summary.unreadDates.push({ id: result.id, title, file, where, raw: prepared.unreadDate });
      this.onEvent({ type: 'article', file, id: result.id, title, imported: this.summary.imported.length });
    });
  }
}
