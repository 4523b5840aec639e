import type { Db } from './open.ts';
import { statement } from './statements.ts';

export interface ArticleRow {
  id: number;
  uid: string;
  content_hash: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published_at: string | null;
  published_raw: string | null;
  language: string | null;
  text: string;
  source_file: string | null;
  source_format: string;
  imported_at: string;
  word_count: number;
  analyzed_at: string | null;
  analysis_version: number | null;
}

export type NewArticle = Omit<ArticleRow, 'id' | 'analyzed_at' | 'analysis_version'>;
export type ArticleSummary = Omit<ArticleRow, 'text' | 'content_hash'>;

const SUMMARY_COLUMNS = `id, uid, title, outlet, author, url, published_at, published_raw, language,
  source_file, source_format, imported_at, word_count, analyzed_at, analysis_version`;

export type InsertResult = { inserted: true; id: number } | { inserted: false; duplicateOf: number };

/**
 * Inserts articles in one transaction: all of them or, after a crash, none. An article whose text
 * is already in the project (or earlier in the batch) is not inserted; its result names the one it repeats.
 */
export function insertArticles(db: Db, articles: readonly NewArticle[]): InsertResult[] {
  const existing = statement(db, 'SELECT id FROM articles WHERE content_hash = ?').pluck();
  const insert = statement(
    db,
    `INSERT INTO articles (uid, content_hash, title, outlet, author, url, published_at, published_raw,
      language, text, source_file, source_format, imported_at, word_count)
    VALUES (@uid, @content_hash, @title, @outlet, @author, @url, @published_at, @published_raw,
      @language, @text, @source_file, @source_format, @imported_at, @word_count)`,
  );
  return db
    .transaction(() =>
      articles.map((article): InsertResult => {
        const duplicateOf = existing.get(article.content_hash) as number | undefined;
        if (duplicateOf !== undefined) return { inserted: false, duplicateOf };
        return { inserted: true, id: Number(insert.run(article).lastInsertRowid) };
      }),
    )
    .immediate();
}

export type ArticleSort = 'id' | 'title' | 'outlet' | 'published' | 'words';
const ORDER_BY: Record<ArticleSort, string> = {
  id: 'id',
  title: 'title COLLATE NOCASE, id',
  outlet: 'outlet COLLATE NOCASE, id',
  published: 'published_at, id',
  words: 'word_count, id',
};

export interface ListOptions {
  limit?: number;
  offset?: number;
  sort?: ArticleSort;
  descending?: boolean;
  outlet?: string;
}

export function listArticles(db: Db, options: ListOptions = {}): ArticleSummary[] {
  const { limit = -1, offset = 0, sort = 'id', descending = false, outlet } = options;
  const direction = descending ? 'DESC' : 'ASC';
  const order = ORDER_BY[sort]
    .split(', ')
    .map((term) => `${term} ${direction}`)
    .join(', ');
  // No `@outlet IS NULL OR …`: that form keeps SQLite from using the outlet index.
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM articles ${outlet === undefined ? '' : 'WHERE outlet = @outlet'}
       ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all(outlet === undefined ? { limit, offset } : { outlet, limit, offset }) as ArticleSummary[];
}

export function countArticles(db: Db): number {
  return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
}

/** Looks an article up by its number in this project or by its uid. */
export function getArticle(db: Db, idOrUid: number | string): ArticleRow | undefined {
  const byId = typeof idOrUid === 'number' || /^\d+$/.test(idOrUid);
  return db
    .prepare(`SELECT * FROM articles WHERE ${byId ? 'id' : 'uid'} = ?`)
    .get(byId ? Number(idOrUid) : idOrUid) as ArticleRow | undefined;
}

/** Every article with its text, one at a time, for exports of any size. */
export function iterateArticles(db: Db): IterableIterator<ArticleRow> {
  return db.prepare('SELECT * FROM articles ORDER BY id').iterate() as IterableIterator<ArticleRow>;
}

const PENDING = 'analysis_version IS NULL OR analysis_version < ?';

/** How many articles analysis has not seen yet, or saw with a version older than `version`. */
export function countPendingArticles(db: Db, version: number): number {
  return statement(db, `SELECT count(*) FROM articles WHERE ${PENDING}`).pluck().get(version) as number;
}

/**
 * The ids of articles analysis has not seen yet (or saw with an older version), in order, read
 * `batch` at a time: a project of any size is walked without holding its texts, or even all its
 * ids, at once. An article analysed meanwhile is not returned again.
 */
export function* pendingArticleIds(db: Db, version: number, batch = 1000): Generator<number> {
  const next = statement(
    db,
    `SELECT id FROM articles WHERE (${PENDING}) AND id > ? ORDER BY id LIMIT ?`,
  ).pluck();
  for (let after = 0; ;) {
    const ids = next.all(version, after, batch) as number[];
    yield* ids;
    if (ids.length < batch) return;
    after = ids[ids.length - 1]!;
  }
}

export function markAnalysed(db: Db, articleId: number, version: number, at: string): void {
  statement(db, 'UPDATE articles SET analyzed_at = ?, analysis_version = ? WHERE id = ?').run(
    at,
    version,
    articleId,
  );
}

export interface ProjectCounts {
  articles: number;
  analysed: number;
  outlets: number;
  quotes: number;
  entities: number;
}

/**
 * What the project holds, at a glance; rejected quotes and reported speech are not counted. Read from
 * the totals and per-outlet rows triggers keep (migration 015), not counted over the project.
 */
export function projectCounts(db: Db): ProjectCounts {
  return statement(
    db,
    `SELECT t.articles, t.analysed, t.quotes, t.entities,
       (SELECT count(*) FROM outlet_use WHERE outlet IS NOT NULL AND articles > 0) AS outlets
     FROM project_totals t`,
  ).get() as ProjectCounts;
}

/** Every article's id, in order: for scans over a whole project that read one article at a time. */
export function allArticleIds(db: Db): number[] {
  return statement(db, 'SELECT id FROM articles ORDER BY id').pluck().all() as number[];
}
