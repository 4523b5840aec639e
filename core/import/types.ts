/** One article as a format parser found it, before normalisation and storage. */
export interface ArticleDraft {
  title?: string | null;
  /** The body as plain text; paragraphs separated by blank lines. Normalised later, once. */
  text: string;
  outlet?: string | null;
  author?: string | null;
  url?: string | null;
  /** The publication date exactly as the source wrote it; parsed to ISO 8601 on storage. */
  published?: string | null;
  language?: string | null;
}

/**
 * What a parser yields: an article, or a problem with one record (a CSV row, a JSON object, a
 * feed item) that does not stop the rest of the file. `where` locates the record for the user,
 * e.g. "row 12" or "item 3".
 */
export type ParsedRecord =
  { ok: true; article: ArticleDraft; where?: string } | { ok: false; where: string; reason: string };

export interface ParseOptions {
  /** CSV/JSON column names for the article fields, overriding the ones found by common names. */
  fieldMap?: Partial<Record<ArticleField, string>>;
}

export type ArticleField = 'title' | 'text' | 'outlet' | 'author' | 'url' | 'published' | 'language';

/**
 * Reads one file and yields its articles. A problem with the whole file (unreadable, malformed)
 * is thrown as an ImportFileError; a problem with one record is yielded and the rest goes on.
 */
export type FormatParser = (path: string, options: ParseOptions) => AsyncIterable<ParsedRecord>;

/** A file that cannot be imported; `reason` is a sentence fragment such as "it is not valid JSON". */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}
