import { ImportFileError } from './types.ts';
import type { ArticleDraft, ArticleField, ParseOptions, ParsedRecord } from './types.ts';

export type FieldMap = NonNullable<ParseOptions['fieldMap']>;

/** Which column (or JSON key) holds each article field; `text` is always found. */
export type FieldColumns = Partial<Record<ArticleField, string>> & { text: string };

export const ARTICLE_FIELDS: readonly ArticleField[] = [
  'title',
  'text',
  'outlet',
  'author',
  'url',
  'published',
  'language',
];

/** Common column names, most specific first; compared after `nameKey`. */
const COMMON_NAMES: Record<ArticleField, readonly string[]> = {
  title: ['title', 'headline', 'head', 'heading', 'name'],
  text: [
    'text',
    'body',
    'content',
    'article',
    'full_text',
    'fulltext',
    'story',
    'bodytext',
    'article_text',
    'description',
  ],
  outlet: [
    'outlet',
    'source',
    'publication',
    'publisher',
    'site',
    'site_name',
    'newspaper',
    'media',
    'medium',
    'source_name',
    'pub',
  ],
  author: ['author', 'authors', 'byline', 'by', 'writer', 'creator'],
  url: ['url', 'link', 'permalink', 'href', 'web_url', 'canonical_url'],
  published: [
    'date',
    'published',
    'publication_date',
    'pub_date',
    'pubdate',
    'published_at',
    'datetime',
    'timestamp',
    'time',
    'created_at',
  ],
  language: ['language', 'lang', 'locale'],
};

/** "Full Text", "full_text" and "FullText" all name the same column. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function listColumns(columns: readonly string[]): string {
  return columns.length === 0 ? 'none' : columns.map((column) => `"${column}"`).join(', ');
}

/**
 * Finds the article fields among `columns` by their common names, with `fieldMap` taking
 * precedence. Throws an ImportFileError when a mapped column is missing or no text column is found.
 */
export function resolveFields(columns: readonly string[], fieldMap: FieldMap = {}): FieldColumns {
  const byKey = new Map<string, string>();
  for (const column of columns) if (!byKey.has(nameKey(column))) byKey.set(nameKey(column), column);

  const found: Partial<Record<ArticleField, string>> = {};
  for (const field of ARTICLE_FIELDS) {
    const mapped = fieldMap[field];
    if (mapped === undefined) continue;
    const column = columns.includes(mapped) ? mapped : byKey.get(nameKey(mapped));
    if (column === undefined) {
      throw new ImportFileError(
        `it has no column "${mapped}" (mapped to ${field}); the columns are ${listColumns(columns)}`,
      );
    }
    found[field] = column;
  }
  // A column the user mapped to one field is not also guessed for another.
  const claimed = new Set(Object.values(found));
  for (const field of ARTICLE_FIELDS) {
    if (found[field] !== undefined) continue;
    const column = COMMON_NAMES[field]
      .map((name) => byKey.get(nameKey(name)))
      .find((candidate) => candidate !== undefined && !claimed.has(candidate));
    if (column !== undefined) found[field] = column;
  }
  if (found.text === undefined) {
    throw new ImportFileError(
      `it has no column for the article text (the columns are ${listColumns(columns)}); ` +
        'use --map text=COLUMN to name it',
    );
  }
  return { ...found, text: found.text };
}

/**
 * Builds the record for one row or object. `value` returns a column's content as text (or null);
 * a record whose text is empty is a record error.
 */
export function recordFrom(
  fields: FieldColumns,
  value: (column: string) => string | null,
  where: string,
): ParsedRecord {
  const text = value(fields.text);
  if (text === null || text.trim() === '') {
    return { ok: false, where, reason: `it has no text (the "${fields.text}" column is empty)` };
  }
  const optional = (field: ArticleField): string | null => {
    const column = fields[field];
    const content = column === undefined ? null : value(column)?.trim();
    return content ? content : null;
  };
  const article: ArticleDraft = {
    title: optional('title'),
    text,
    outlet: optional('outlet'),
    author: optional('author'),
    url: optional('url'),
    published: optional('published'),
    language: optional('language'),
  };
  return { ok: true, article, where };
}

/** A `--map` option that cannot be read; the message is for the person who typed it. */
export class FieldMapError extends Error {
  override name = 'FieldMapError';
}

/** Parses the CLI's `--map text=body,outlet=source` into a field map. */
export function parseFieldMap(spec: string): FieldMap {
  const map: FieldMap = {};
  for (const pair of spec.split(',')) {
    const match = /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/.exec(pair);
    const field = match?.[1]?.toLowerCase();
    const column = match?.[2];
    if (field === undefined || !column) {
      throw new FieldMapError(
        `Cannot read --map "${spec}": write field=column pairs separated by commas, e.g. text=body,outlet=source.`,
      );
    }
    if (!isArticleField(field)) {
      throw new FieldMapError(
        `--map names an unknown field "${field}"; the fields are ${ARTICLE_FIELDS.join(', ')}.`,
      );
    }
    if (map[field] !== undefined) throw new FieldMapError(`--map gives the field "${field}" twice.`);
    map[field] = column;
  }
  return map;
}

function isArticleField(name: string): name is ArticleField {
  return (ARTICLE_FIELDS as readonly string[]).includes(name);
}
