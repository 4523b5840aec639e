import type { Db } from '../../db/open.ts';

// What the scale benchmark needs in a project besides its articles: a story of 1,000 articles to
// compare (a person's story, so grouping leaves it alone).

export const STORY_NAME = 'Bench: 1,000 articles';
export const STORY_ARTICLES = 1000;

/** The bench story's id, made from 1,000 consecutive articles in the middle of the project if missing. */
export function ensureStory(db: Db): number {
  const existing = db.prepare('SELECT id FROM stories WHERE name = ?').pluck().get(STORY_NAME) as
    number | undefined;
  if (existing !== undefined) return existing;
  return db.transaction(() => {
    const total = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const storyId = Number(
      db
        .prepare("INSERT INTO stories (name, origin, created_at) VALUES (?, 'manual', ?)")
        .run(STORY_NAME, new Date().toISOString()).lastInsertRowid,
    );
    db.prepare(
      `INSERT OR REPLACE INTO story_articles (article_id, story_id, origin)
       SELECT id, ?, 'manual' FROM articles ORDER BY id LIMIT ? OFFSET ?`,
    ).run(storyId, STORY_ARTICLES, Math.max(0, Math.floor(total / 2) - STORY_ARTICLES / 2));
    return storyId;
  })();
}
