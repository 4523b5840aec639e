import type { Db } from './open.ts';
import { statement } from './statements.ts';

// The state of a grouping run kept in the project (migration 005), so that a run that stops goes
// on where it stopped: the run, the groups it formed and each placed article's group. Nothing here
// touches the stories a person sees until `finishGrouping` swaps them in, in one transaction.

export interface GroupingRunRow {
  options: string;
  fingerprint: string;
  started_at: string;
  phase: 'counting' | 'grouping';
  /** Counting: the last article id counted; grouping: how many articles of the date order are done. */
  position: number;
  total: number;
  frequencies: Uint8Array | null;
  next_group: number;
}

export interface GroupRow {
  id: number;
  articles: number;
  first_day: number | null;
  last_day: number | null;
  name_article_id: number | null;
  name_score: number;
  centroid: Uint8Array;
}

export interface ArticleText {
  id: number;
  title: string | null;
  text: string;
  published_at: string | null;
}

export function groupingRun(db: Db): GroupingRunRow | undefined {
  return statement(db, 'SELECT * FROM grouping_runs WHERE id = 1').get() as GroupingRunRow | undefined;
}

/** Starts a run afresh: whatever an earlier run left is dropped. */
export function startGroupingRun(
  db: Db,
  run: Pick<GroupingRunRow, 'options' | 'fingerprint' | 'started_at' | 'total'>,
): void {
  db.transaction(() => {
    clearGrouping(db);
    statement(
      db,
      `INSERT INTO grouping_runs (id, options, fingerprint, started_at, phase, position, total)
       VALUES (1, @options, @fingerprint, @started_at, 'counting', 0, @total)`,
    ).run(run);
  }).immediate();
}

export function clearGrouping(db: Db): void {
  statement(db, 'DELETE FROM grouping_runs').run();
  statement(db, 'DELETE FROM grouping_groups').run();
  statement(db, 'DELETE FROM grouping_members').run();
}

/** Saves how far counting got, with the counts so far. */
export function saveCounting(db: Db, position: number, frequencies: Buffer, done: boolean): void {
  statement(db, `UPDATE grouping_runs SET position = ?, frequencies = ?, phase = ? WHERE id = 1`).run(
    done ? 0 : position,
    frequencies,
    done ? 'grouping' : 'counting',
  );
}

/**
 * Saves one stretch of grouping in one transaction: the articles placed (article → group), groups
 * merged away (their articles move to the group that took them), the groups changed, and the
 * position reached.
 */
export function saveGroupingStretch(
  db: Db,
  stretch: {
    placed: readonly [articleId: number, groupId: number][];
    merged: readonly [from: number, into: number][];
    groups: readonly GroupRow[];
    position: number;
    nextGroup: number;
  },
): void {
  const place = statement(db, 'INSERT OR REPLACE INTO grouping_members (article_id, group_id) VALUES (?, ?)');
  const move = statement(db, 'UPDATE grouping_members SET group_id = ? WHERE group_id = ?');
  const dropGroup = statement(db, 'DELETE FROM grouping_groups WHERE id = ?');
  const saveGroup = statement(
    db,
    `INSERT OR REPLACE INTO grouping_groups
       (id, articles, first_day, last_day, name_article_id, name_score, centroid)
     VALUES (@id, @articles, @first_day, @last_day, @name_article_id, @name_score, @centroid)`,
  );
  db.transaction(() => {
    for (const [articleId, groupId] of stretch.placed) place.run(articleId, groupId);
    for (const [from, into] of stretch.merged) {
      move.run(into, from);
      dropGroup.run(from);
    }
    for (const group of stretch.groups) saveGroup.run(group);
    statement(db, 'UPDATE grouping_runs SET position = ?, next_group = ? WHERE id = 1').run(
      stretch.position,
      stretch.nextGroup,
    );
  }).immediate();
}

/** Groups a run left open whose last article is no older than `sinceDay` (or undated). */
export function openGroupRows(db: Db, sinceDay: number): GroupRow[] {
  return statement(
    db,
    'SELECT * FROM grouping_groups WHERE last_day IS NULL OR last_day >= ? ORDER BY id',
  ).all(sinceDay) as GroupRow[];
}

export function groupOfArticles(db: Db, articleIds: readonly number[]): Map<number, number> {
  const rows = statement(
    db,
    'SELECT article_id, group_id FROM grouping_members WHERE article_id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(articleIds)) as { article_id: number; group_id: number }[];
  return new Map(rows.map((row) => [row.article_id, row.group_id]));
}

/** Every article's id in the order grouping reads them: by publication, undated last, then by id. */
export function articleIdsByDate(db: Db): Int32Array {
  const dated = statement(
    db,
    'SELECT id FROM articles WHERE published_at IS NOT NULL ORDER BY published_at, id',
  )
    .pluck()
    .all() as number[];
  const undated = statement(db, 'SELECT id FROM articles WHERE published_at IS NULL ORDER BY id')
    .pluck()
    .all() as number[];
  return Int32Array.from([...dated, ...undated]);
}

/** Tells whether the project's articles are the ones a run started with (none added or deleted). */
export function articlesFingerprint(db: Db): string {
  const row = statement(
    db,
    'SELECT count(*) AS n, max(id) AS last, total(id) AS sum FROM articles',
  ).get() as {
    n: number;
    last: number | null;
    sum: number;
  };
  return `${row.n}:${row.last ?? 0}:${row.sum}`;
}

/** One page of texts after `afterId` for counting words, in id order. */
export function articleTextsAfter(db: Db, afterId: number, limit: number): ArticleText[] {
  return statement(
    db,
    'SELECT id, title, text, published_at FROM articles WHERE id > ? ORDER BY id LIMIT ?',
  ).all(afterId, limit) as ArticleText[];
}

/**
 * The texts of the given articles that grouping may place, in the given order: articles a person
 * placed in a story or took out of every story are left where they are.
 */
export function groupableTexts(db: Db, ids: readonly number[]): ArticleText[] {
  const rows = statement(
    db,
    `SELECT a.id, a.title, a.text, a.published_at FROM articles a
     WHERE a.id IN (SELECT value FROM json_each(?))
       AND a.id NOT IN (SELECT article_id FROM story_articles WHERE origin = 'manual')
       AND a.id NOT IN (SELECT article_id FROM story_exclusions)`,
  ).all(JSON.stringify(ids)) as ArticleText[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Replaces what grouping made before with the run's groups of at least `minArticles` articles, in
 * one transaction, and ends the run: earlier grouping's memberships go, and its stories left empty
 * go unless a person named them. Articles a person placed or took out meanwhile stay as they are.
 * Returns the number of stories made and of articles placed in them.
 */
export function finishGrouping(
  db: Db,
  minArticles: number,
  nameOf: (group: GroupRow) => string,
  createdAt: string,
): { stories: number; grouped: number } {
  return db
    .transaction(() => {
      statement(db, "DELETE FROM story_articles WHERE origin = 'auto'").run();
      statement(
        db,
        `DELETE FROM stories WHERE origin = 'auto'
         AND NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = stories.id)`,
      ).run();
      // Drop members a person has since placed or taken out, then count what is left per group.
      statement(
        db,
        `DELETE FROM grouping_members WHERE article_id IN (SELECT article_id FROM story_articles)
           OR article_id IN (SELECT article_id FROM story_exclusions)`,
      ).run();
      const groups = statement(
        db,
        `SELECT g.id, count(m.article_id) AS articles, g.first_day, g.last_day, g.name_article_id,
           g.name_score, g.centroid
         FROM grouping_groups g JOIN grouping_members m ON m.group_id = g.id
         GROUP BY g.id HAVING count(m.article_id) >= ? ORDER BY min(m.article_id)`,
      ).all(minArticles) as GroupRow[];
      const insertStory = statement(
        db,
        "INSERT INTO stories (name, origin, created_at) VALUES (?, 'auto', ?)",
      );
      const insertMembers = statement(
        db,
        `INSERT INTO story_articles (article_id, story_id, origin)
         SELECT article_id, ?, 'auto' FROM grouping_members WHERE group_id = ?`,
      );
      let grouped = 0;
      for (const group of groups) {
        const storyId = Number(insertStory.run(nameOf(group), createdAt).lastInsertRowid);
        grouped += insertMembers.run(storyId, group.id).changes;
      }
      clearGrouping(db);
      return { stories: groups.length, grouped };
    })
    .immediate();
}

/**
 * The articles of a group that could name it, earliest first (titles, the file each came from, and
 * an opening for the untitled).
 */
export function groupNameCandidates(
  db: Db,
  groupId: number,
): { id: number; title: string | null; text: string; source_file: string | null }[] {
  return statement(
    db,
    `SELECT a.id, a.title, substr(a.text, 1, 200) AS text, a.source_file FROM grouping_members m
     JOIN articles a ON a.id = m.article_id WHERE m.group_id = ?
     ORDER BY a.published_at IS NULL, a.published_at, a.id`,
  ).all(groupId) as { id: number; title: string | null; text: string; source_file: string | null }[];
}

export function publishedAtOf(db: Db, id: number): string | null {
  return (
    (statement(db, 'SELECT published_at FROM articles WHERE id = ?').pluck().get(id) as string | null) ?? null
  );
}

/** How far a stopped run had got, as a share of its work, and when it started; null when none is waiting. */
export function stoppedRun(db: Db): { done: number; startedAt: string } | null {
  const run = groupingRun(db);
  if (!run) return null;
  const counted =
    run.phase === 'grouping'
      ? run.total
      : (statement(db, 'SELECT count(*) FROM articles WHERE id <= ?').pluck().get(run.position) as number);
  const placed = run.phase === 'grouping' ? run.position : 0;
  return { done: run.total ? (counted + placed) / (2 * run.total) : 0, startedAt: run.started_at };
}
