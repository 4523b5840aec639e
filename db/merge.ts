import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { RowValues } from './rows.ts';
import type { CodingKey } from './exchange.ts';

// Reads for merging a colleague's project into this one: every row of the other file, table by
// table, and the lookups that find the same thing (an article, a code, a coding, a decision) here
// by what identifies it across copies, never by the local ids that differ from file to file.

/** The tables a merge reads from the other file. */
const MERGED_TABLES = [
  'coders',
  'codebooks',
  'codes',
  'articles',
  'entities',
  'entity_aliases',
  'mentions',
  'quotes',
  'annotations',
  'frame_decisions',
  'stories',
  'story_articles',
  'story_exclusions',
] as const;
export type MergedTable = (typeof MERGED_TABLES)[number];

/** Every row of a table of the other file, in the order they were made. */
export function allRows(db: Db, table: MergedTable): RowValues[] {
  if (!MERGED_TABLES.includes(table)) throw new Error(`${table} is not read by a merge.`);
  const order =
    table === 'entity_aliases'
      ? 'entity_id, alias'
      : table === 'story_articles' || table === 'story_exclusions'
        ? 'article_id'
        : 'id';
  return statement(db, `SELECT * FROM ${table} ORDER BY ${order}`).all() as RowValues[];
}

/** The rows of a table that belong to one article of the other file. */
export function rowsOfArticle(
  db: Db,
  table: 'mentions' | 'quotes' | 'annotations' | 'frame_decisions',
  articleId: number,
): RowValues[] {
  return statement(db, `SELECT * FROM ${table} WHERE article_id = ? ORDER BY id`).all(
    articleId,
  ) as RowValues[];
}

export function rowById(
  db: Db,
  table: 'coders' | 'entities' | 'stories' | 'codes' | 'codebooks',
  id: number,
): RowValues | undefined {
  return statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as RowValues | undefined;
}

/** What identifies each article of the other file, in the order they were imported. */
export function articleIdentities(
  db: Db,
): { id: number; uid: string; content_hash: string; title: string | null }[] {
  return statement(db, 'SELECT id, uid, content_hash, title FROM articles ORDER BY id').all() as {
    id: number;
    uid: string;
    content_hash: string;
    title: string | null;
  }[];
}

/** The articles of a project on which a person made or decided anything (a coding, a quote, a frame). */
export function articlesWithDecisions(db: Db): Set<number> {
  return new Set(
    statement(
      db,
      `SELECT article_id FROM annotations WHERE origin != 'auto' OR status != 'suggested'
       UNION SELECT article_id FROM quotes WHERE origin != 'auto' OR status != 'suggested'
       UNION SELECT article_id FROM frame_decisions WHERE origin != 'auto'`,
    )
      .pluck()
      .all() as number[],
  );
}

/** The articles of a project whose text was left out (an annotations-only copy). */
export function textlessArticles(db: Db): Set<number> {
  return new Set(statement(db, "SELECT id FROM articles WHERE text = ''").pluck().all() as number[]);
}

/** One whole article row. */
export function articleRow(db: Db, id: number): RowValues | undefined {
  return statement(db, 'SELECT * FROM articles WHERE id = ?').get(id) as RowValues | undefined;
}

export function coderByUid(db: Db, uid: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM coders WHERE uid = ?').get(uid) as RowValues | undefined;
}

export function coderByName(db: Db, name: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM coders WHERE name = ?').get(name) as RowValues | undefined;
}

export function codebookByKey(db: Db, key: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM codebooks WHERE key = ?').get(key) as RowValues | undefined;
}

export function codebookByName(db: Db, name: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM codebooks WHERE name = ? ORDER BY id LIMIT 1').get(name) as
    RowValues | undefined;
}

export function codeByKey(db: Db, codebookId: number, key: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM codes WHERE codebook_id = ? AND key = ?').get(codebookId, key) as
    RowValues | undefined;
}

export function codeByName(db: Db, codebookId: number, name: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM codes WHERE codebook_id = ? AND name = ? ORDER BY id LIMIT 1').get(
    codebookId,
    name,
  ) as RowValues | undefined;
}

export function articleByUid(db: Db, uid: string): RowValues | undefined {
  return statement(db, 'SELECT id, uid, content_hash FROM articles WHERE uid = ?').get(uid) as
    RowValues | undefined;
}

export function articleByHash(db: Db, hash: string): RowValues | undefined {
  return statement(db, 'SELECT id, uid, content_hash FROM articles WHERE content_hash = ?').get(hash) as
    RowValues | undefined;
}

export function entityNamed(db: Db, name: string, type: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM entities WHERE name = ? AND type = ?').get(name, type) as
    RowValues | undefined;
}

/** The quote at this passage of an article, of this kind. */
export function quoteAt(
  db: Db,
  articleId: number,
  start: number,
  end: number,
  kind: string,
): RowValues | undefined {
  return statement(
    db,
    'SELECT * FROM quotes WHERE article_id = ? AND start = ? AND end = ? AND kind = ? ORDER BY id LIMIT 1',
  ).get(articleId, start, end, kind) as RowValues | undefined;
}

/** A coding of this code at this passage (and cue) with this origin, by this coder (any coder with `anyCoder`). */
export function sameCoding(db: Db, a: CodingKey, anyCoder = false): RowValues | undefined {
  return statement(
    db,
    `SELECT * FROM annotations WHERE article_id = @article_id AND code_id = @code_id AND start = @start
     AND end = @end AND origin = @origin AND cue_start IS @cue_start AND cue_end IS @cue_end
     AND (@any = 1 OR coder_id IS @coder_id) ORDER BY id LIMIT 1`,
  ).get({ ...a, any: anyCoder ? 1 : 0 }) as RowValues | undefined;
}

export function frameDecisionOf(
  db: Db,
  articleId: number,
  codeId: number,
  origin: string,
  coderId: number | null,
): RowValues | undefined {
  return statement(
    db,
    'SELECT * FROM frame_decisions WHERE article_id = ? AND code_id = ? AND origin = ? AND coder_id IS ?',
  ).get(articleId, codeId, origin, coderId) as RowValues | undefined;
}

export function storyNamed(db: Db, name: string): RowValues | undefined {
  return statement(db, 'SELECT * FROM stories WHERE name = ? ORDER BY id LIMIT 1').get(name) as
    RowValues | undefined;
}

export function storyOfArticle(db: Db, articleId: number): RowValues | undefined {
  return statement(
    db,
    'SELECT s.article_id, s.story_id, s.origin, t.name FROM story_articles s JOIN stories t ON t.id = s.story_id WHERE s.article_id = ?',
  ).get(articleId) as RowValues | undefined;
}

export function isExcluded(db: Db, articleId: number): boolean {
  return statement(db, 'SELECT 1 FROM story_exclusions WHERE article_id = ?').get(articleId) !== undefined;
}

/** The aliases of an entity. */
export function aliasesOf(db: Db, entityId: number): string[] {
  return statement(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias')
    .pluck()
    .all(entityId) as string[];
}

/**
 * Every row of a project's content as lines that name things by what identifies them in every
 * copy (an article by its content hash, a code by its codebook's and its own key, a coder by name),
 * never by local ids: two projects with the same lines hold the same work.
 */
export function contentLines(db: Db): string[] {
  const queries = [
    `SELECT 'coder', name FROM coders`,
    `SELECT 'codebook', key, name, description FROM codebooks`,
    `SELECT 'code', b.key, c.key, c.kind, c.name, c.description, c.color, c.cues, p.key
       FROM codes c JOIN codebooks b ON b.id = c.codebook_id LEFT JOIN codes p ON p.id = c.parent_id`,
    `SELECT 'article', content_hash, title, outlet, author, url, published_at, language, word_count FROM articles`,
    `SELECT 'entity', name, type, match_key FROM entities`,
    `SELECT 'mention', a.content_hash, m.start, m.end, e.name, e.type, m.role, m.origin
       FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id`,
    `SELECT 'quote', a.content_hash, q.start, q.end, q.kind, q.speaker_text, q.speaker_type, e.name, q.origin, q.status, c.name
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity_id
       LEFT JOIN coders c ON c.id = q.coder_id`,
    `SELECT 'coding', a.content_hash, b.key, co.key, an.start, an.end, an.cue_start, an.cue_end, an.negated, an.memo,
       an.origin, an.status, c.name, an.created_at
       FROM annotations an JOIN articles a ON a.id = an.article_id JOIN codes co ON co.id = an.code_id
       JOIN codebooks b ON b.id = co.codebook_id LEFT JOIN coders c ON c.id = an.coder_id`,
    `SELECT 'frame decision', a.content_hash, b.key, co.key, d.origin, c.name, d.present, d.is_primary, d.denied,
       d.salience, d.decided_at
       FROM frame_decisions d JOIN articles a ON a.id = d.article_id JOIN codes co ON co.id = d.code_id
       JOIN codebooks b ON b.id = co.codebook_id LEFT JOIN coders c ON c.id = d.coder_id`,
    `SELECT 'story', name, origin, query FROM stories`,
    `SELECT 'in story', a.content_hash, s.name, sa.origin
       FROM story_articles sa JOIN articles a ON a.id = sa.article_id JOIN stories s ON s.id = sa.story_id`,
    `SELECT 'taken out', a.content_hash FROM story_exclusions x JOIN articles a ON a.id = x.article_id`,
  ];
  return queries
    .flatMap((sql) => (statement(db, sql).raw().all() as unknown[][]).map((row) => JSON.stringify(row)))
    .sort();
}

/** The entities a person renamed or merged into (they carry the time of that decision). */
export function decidedEntities(db: Db): RowValues[] {
  return statement(
    db,
    'SELECT * FROM entities WHERE decided_at IS NOT NULL ORDER BY id',
  ).all() as RowValues[];
}

/** Entities of a type that carry one of `names` (exactly) among their aliases, in the order they were made. */
export function entitiesWithAliasIn(db: Db, names: readonly string[], type: string): RowValues[] {
  return statement(
    db,
    `SELECT DISTINCT e.* FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
     WHERE a.alias IN (SELECT value FROM json_each(?)) AND e.type = ? ORDER BY e.id`,
  ).all(JSON.stringify(names), type) as RowValues[];
}

/** Entities of a type whose name is one of `names`, by name. */
export function entitiesNamedIn(db: Db, names: readonly string[], type: string): RowValues[] {
  return statement(
    db,
    `SELECT * FROM entities WHERE name IN (SELECT value FROM json_each(?)) AND type = ? ORDER BY name`,
  ).all(JSON.stringify(names), type) as RowValues[];
}
