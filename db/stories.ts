import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { Origin } from './quotes.ts';

export interface StoryRow {
  id: number;
  name: string;
  origin: Origin;
  /** The search a story was made from, if it was. */
  query: string | null;
  created_at: string;
}

export interface StorySummary extends StoryRow {
  articles: number;
  outlets: number;
  /** Earliest and latest publication date of its articles (ISO), null when none has one. */
  first_published: string | null;
  last_published: string | null;
}

export interface StoryMemberRow {
  article_id: number;
  story_id: number;
  origin: Origin;
}

const SUMMARY_SELECT = `SELECT s.id, s.name, s.origin, s.query, s.created_at, count(a.id) AS articles,
    count(DISTINCT a.outlet) AS outlets, min(a.published_at) AS first_published,
    max(a.published_at) AS last_published
  FROM stories s LEFT JOIN story_articles m ON m.story_id = s.id LEFT JOIN articles a ON a.id = m.article_id`;

export function listStories(db: Db): StorySummary[] {
  return statement(
    db,
    `${SUMMARY_SELECT} GROUP BY s.id ORDER BY articles DESC, s.id`,
  ).all() as StorySummary[];
}

export function getStory(db: Db, id: number): StoryRow | undefined {
  return statement(db, 'SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
}

export function storyArticleIds(db: Db, storyId: number): number[] {
  return statement(db, 'SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id')
    .pluck()
    .all(storyId) as number[];
}

export function storyMembership(db: Db, articleId: number): StoryMemberRow | undefined {
  return statement(db, 'SELECT * FROM story_articles WHERE article_id = ?').get(articleId) as
    StoryMemberRow | undefined;
}

/** Articles a person placed in a story: grouping leaves them where they are. */
export function manuallyPlacedArticleIds(db: Db): Set<number> {
  return new Set(
    statement(db, "SELECT article_id FROM story_articles WHERE origin = 'manual'").pluck().all() as number[],
  );
}

export interface GroupingInput {
  id: number;
  title: string | null;
  text: string;
  published_at: string | null;
}

/**
 * Replaces what grouping made before with new groups, in one transaction: its memberships go, and
 * its stories left empty go unless a person named them. Returns the ids of the new stories.
 */
export function replaceAutoStories(
  db: Db,
  groups: readonly { name: string; articleIds: readonly number[] }[],
  createdAt: string,
): number[] {
  return db
    .transaction(() => {
      statement(db, "DELETE FROM story_articles WHERE origin = 'auto'").run();
      statement(
        db,
        `DELETE FROM stories WHERE origin = 'auto'
         AND NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = stories.id)`,
      ).run();
      const insertStory = statement(
        db,
        "INSERT INTO stories (name, origin, created_at) VALUES (?, 'auto', ?)",
      );
      const insertMember = statement(
        db,
        "INSERT INTO story_articles (article_id, story_id, origin) VALUES (?, ?, 'auto')",
      );
      return groups.map((group) => {
        const storyId = Number(insertStory.run(group.name, createdAt).lastInsertRowid);
        for (const articleId of group.articleIds) insertMember.run(articleId, storyId);
        return storyId;
      });
    })
    .immediate();
}

/** One page of the articles grouping may place, after `afterId`: read in pages so other calls get through between them. */
export function groupingInputPage(db: Db, afterId: number, limit: number): GroupingInput[] {
  return statement(
    db,
    `SELECT id, title, text, published_at FROM articles
     WHERE id > ? AND id NOT IN (SELECT article_id FROM story_articles WHERE origin = 'manual')
     ORDER BY id LIMIT ?`,
  ).all(afterId, limit) as GroupingInput[];
}

export interface StoryArticle {
  id: number;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  word_count: number;
  origin: Origin;
}

/** A story's articles in the order they came out (undated last). */
export function storyArticles(db: Db, storyId: number): StoryArticle[] {
  return statement(
    db,
    `SELECT a.id, a.title, a.outlet, a.published_at, a.word_count, m.origin
     FROM story_articles m JOIN articles a ON a.id = m.article_id
     WHERE m.story_id = ? ORDER BY a.published_at IS NULL, a.published_at, a.id`,
  ).all(storyId) as StoryArticle[];
}

export function storySummary(db: Db, storyId: number): StorySummary | undefined {
  return statement(db, `${SUMMARY_SELECT} WHERE s.id = ? GROUP BY s.id`).get(storyId) as
    StorySummary | undefined;
}

export function articleExists(db: Db, articleId: number): boolean {
  return statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId) !== undefined;
}

export interface LeftOutArticle {
  id: number;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  word_count: number;
  /** A person took it out of every story (grouping leaves it out); otherwise grouping found no story for it. */
  excluded: number;
}

/** Articles in no story, in the order they came out (undated last), a page at a time. */
export function leftOutArticles(
  db: Db,
  offset: number,
  limit: number,
): { total: number; rows: LeftOutArticle[] } {
  const total = statement(
    db,
    'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id)',
  )
    .pluck()
    .get() as number;
  const rows = statement(
    db,
    `SELECT a.id, a.title, a.outlet, a.published_at, a.word_count,
       EXISTS (SELECT 1 FROM story_exclusions x WHERE x.article_id = a.id) AS excluded
     FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id)
     ORDER BY a.published_at IS NULL, a.published_at, a.id LIMIT ? OFFSET ?`,
  ).all(limit, offset) as LeftOutArticle[];
  return { total, rows };
}

export function isExcluded(db: Db, articleId: number): boolean {
  return statement(db, 'SELECT 1 FROM story_exclusions WHERE article_id = ?').get(articleId) !== undefined;
}

export interface ArticleTextRow {
  id: number;
  title: string | null;
  text: string;
}

/** Titles and texts of some articles, for measuring what they share. */
export function articleTexts(db: Db, ids: readonly number[]): ArticleTextRow[] {
  return statement(
    db,
    'SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(JSON.stringify(ids)) as ArticleTextRow[];
}

/**
 * In how many articles each term occurs (as the search index reads it), and how many articles
 * there are: how rare a term is in the project.
 */
export function documentsWithTerm(
  db: Db,
  terms: readonly string[],
): { total: number; counts: Map<string, number> } {
  const count = statement(db, 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck();
  const counts = new Map<string, number>();
  for (const term of terms) {
    try {
      counts.set(term, count.get(`"${term.replaceAll('"', '""')}"`) as number);
    } catch {
      // A term the search syntax cannot take counts as rare.
    }
  }
  return { total: statement(db, 'SELECT count(*) FROM articles').pluck().get() as number, counts };
}

/**
 * The story made by hand with this name (made if there is none), holding `articleIds` that are in no
 * story yet; returns its id. Articles already in a story stay where they are.
 */
export function ensureManualStory(db: Db, name: string, articleIds: readonly number[]): number {
  return db.transaction(() => {
    const existing = statement(db, "SELECT id FROM stories WHERE name = ? AND origin = 'manual'")
      .pluck()
      .get(name) as number | undefined;
    const id =
      existing ??
      Number(
        statement(db, "INSERT INTO stories (name, origin, created_at) VALUES (?, 'manual', ?)").run(
          name,
          new Date().toISOString(),
        ).lastInsertRowid,
      );
    const place = statement(
      db,
      "INSERT INTO story_articles (article_id, story_id, origin) VALUES (?, ?, 'manual') ON CONFLICT (article_id) DO NOTHING",
    );
    for (const articleId of articleIds) place.run(articleId, id);
    return id;
  })();
}
