import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { lastWord } from './migrations/034-surname-indexes.ts';

export type EntityType = 'person' | 'organization' | 'place';

export interface EntityRow {
  id: number;
  name: string;
  type: EntityType;
}

export interface EntitySummary extends EntityRow {
  aliases: string[];
  mentions: number;
  articles: number;
  /**
   * In one article's list: how sure analysis is of the type there (0–1), or null when a person made one of
   * its mentions or the analysis predates confidences. Null in project-wide lists.
   */
  confidence: number | null;
}

export function getEntityByName(db: Db, name: string, type: EntityType): EntityRow | undefined {
  return statement(db, 'SELECT id, name, type FROM entities WHERE name = ? AND type = ?').get(name, type) as
    EntityRow | undefined;
}

/** Entities of a type that carry `alias` (any case) among their aliases: how merges are remembered. */
export function findEntitiesByAlias(db: Db, alias: string, type: EntityType): EntityRow[] {
  return statement(
    db,
    `SELECT e.id, e.name, e.type FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
     WHERE a.alias = ? COLLATE NOCASE AND e.type = ? GROUP BY e.id`,
  ).all(alias, type) as EntityRow[];
}

/** People whose name ends with this surname ("Peskov" → Dmitry Peskov). */
export function findPeopleBySurname(db: Db, surname: string): EntityRow[] {
  // A one-word surname is the name's last word: its index (migration 034) finds the few people to test.
  const lastWordIs = surname.includes(' ') ? '' : `${lastWord('name')} = @surname AND`;
  return statement(
    db,
    `SELECT id, name, type FROM entities
     WHERE type = 'person' AND ${lastWordIs} name LIKE '% ' || @pattern ESCAPE '\\'
       AND substr(name, -length(@surname)) = @surname`,
  ).all({ pattern: surname.replace(/[%_\\]/g, '\\$&'), surname }) as EntityRow[];
}

export function insertEntity(db: Db, name: string, type: EntityType, matchKey: string | null = null): number {
  return Number(
    statement(db, 'INSERT INTO entities (name, type, match_key) VALUES (?, ?, ?)').run(name, type, matchKey)
      .lastInsertRowid,
  );
}

/** Entities of a type whose matching key (see migration 005) is `key`. */
export function findEntitiesByKey(db: Db, key: string, type: EntityType): EntityRow[] {
  return statement(
    db,
    'SELECT id, name, type FROM entities WHERE type = ? AND match_key = ? ORDER BY id',
  ).all(type, key) as EntityRow[];
}

/** People whose matching key ends with this surname's key ("zelenski" finds Volodymyr Zelenskyy). */
export function findPeopleBySurnameKey(db: Db, surnameKey: string): EntityRow[] {
  // LIKE ignores ASCII case, and so does lower() (both only ASCII's): the index of migration 034.
  const lastWordIs = surnameKey.includes(' ') ? '' : `lower(${lastWord('match_key')}) = lower(@key) AND`;
  return statement(
    db,
    `SELECT id, name, type FROM entities
     WHERE type = 'person' AND ${lastWordIs} match_key LIKE '% ' || @pattern ESCAPE '\\'`,
  ).all({ pattern: surnameKey.replace(/[%_\\]/g, '\\$&'), key: surnameKey }) as EntityRow[];
}

/** Entities made before matching keys existed, to be given one. */
export function entitiesWithoutKey(db: Db): EntityRow[] {
  return statement(db, 'SELECT id, name, type FROM entities WHERE match_key IS NULL').all() as EntityRow[];
}

export function setMatchKey(db: Db, id: number, key: string): void {
  statement(db, 'UPDATE entities SET match_key = ? WHERE id = ?').run(key, id);
}

export function renameEntity(db: Db, id: number, name: string): void {
  statement(db, 'UPDATE entities SET name = ? WHERE id = ?').run(name, id);
}

export function addAliases(db: Db, entityId: number, aliases: Iterable<string>): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)');
  for (const alias of aliases) insert.run(entityId, alias);
}

export interface NewMention {
  articleId: number;
  entityId: number;
  start: number;
  end: number;
  role: string | null;
  /** How sure analysis is of the entity's type here; null for a person's own mention. */
  confidence?: number | null;
}

export function insertMention(db: Db, mention: NewMention): void {
  statement(
    db,
    `INSERT INTO mentions (article_id, entity_id, start, end, role, confidence)
     VALUES (@articleId, @entityId, @start, @end, @role, @confidence)`,
  ).run({ ...mention, confidence: mention.confidence ?? null });
}

/** Forgets what analysis found in an article (hand-made mentions stay). */
export function deleteAutoMentions(db: Db, articleId: number): void {
  statement(db, "DELETE FROM mentions WHERE article_id = ? AND origin = 'auto'").run(articleId);
}

/** Entities with their aliases and how often they are mentioned, in one article or the whole project. */
export function listEntities(db: Db, articleId?: number): EntitySummary[] {
  // Two statements, not `@articleId IS NULL OR …`: that form keeps SQLite from using the index on
  // mentions.article_id, and one article's entities were found by reading every mention.
  const rows = statement(
    db,
    `SELECT e.id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles,
       CASE WHEN ${articleId === undefined ? 1 : 0} OR sum(m.origin = 'manual') > 0 THEN NULL ELSE max(m.confidence) END
         AS confidence,
       (SELECT json_group_array(alias) FROM entity_aliases WHERE entity_id = e.id) AS aliases
     FROM entities e JOIN mentions m ON m.entity_id = e.id
     ${articleId === undefined ? '' : 'WHERE m.article_id = @articleId'}
     GROUP BY e.id ORDER BY mentions DESC, e.name`,
  ).all(articleId === undefined ? {} : { articleId }) as (Omit<EntitySummary, 'aliases'> & {
    aliases: string;
  })[];
  return rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases) as string[] }));
}

export interface MentionRow {
  entity_id: number;
  start: number;
  end: number;
  role: string | null;
}

export function listMentions(db: Db, articleId: number): MentionRow[] {
  return statement(
    db,
    'SELECT entity_id, start, end, role FROM mentions WHERE article_id = ? ORDER BY start',
  ).all(articleId) as MentionRow[];
}

export function getEntity(db: Db, id: number): EntityRow | undefined {
  return statement(db, 'SELECT id, name, type FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
}

export interface EntityFilter {
  /** Part of the name or of an alias, any case. */
  search?: string | undefined;
  type?: EntityType | undefined;
  offset: number;
  limit: number;
}

/** Entities of the whole project, most mentioned first, with aliases and counts; one page of them. */
export function findEntities(db: Db, filter: EntityFilter): { total: number; rows: EntitySummary[] } {
  const where = `(@type IS NULL OR e.type = @type) AND (@pattern IS NULL OR e.name LIKE @pattern ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.entity_id = e.id AND x.alias LIKE @pattern ESCAPE '\\'))`;
  const params = {
    type: filter.type ?? null,
    pattern: filter.search ? `%${filter.search.replace(/[%_\\]/g, '\\$&')}%` : null,
  };
  const total = statement(db, `SELECT count(*) FROM entities e WHERE ${where}`).pluck().get(params) as number;
  // The counts are the ones triggers keep with the mentions (entity_use, migration 011): counting
  // each matching entity's mentions ("Ken" finds Kennedy, 99,000 mentions at a million articles) made
  // every suggestion wait for it. An entity never mentioned has no row there, and counts none.
  const rows = statement(
    db,
    `SELECT e.id, e.name, e.type, NULL AS confidence,
       coalesce(u.mentions, 0) AS mentions, coalesce(u.articles, 0) AS articles,
       (SELECT json_group_array(alias) FROM entity_aliases WHERE entity_id = e.id) AS aliases
     FROM entities e LEFT JOIN entity_use u ON u.entity_id = e.id WHERE ${where}
     ORDER BY mentions DESC, e.name LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit, offset: filter.offset }) as (Omit<EntitySummary, 'aliases'> & {
    aliases: string;
  })[];
  return { total, rows: rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases) as string[] })) };
}

export function aliasesOf(db: Db, entityId: number): string[] {
  return statement(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias')
    .pluck()
    .all(entityId) as string[];
}

/** Ids of the mentions of an entity, for moving them in a merge. */
export function mentionIdsOf(db: Db, entityId: number): number[] {
  return statement(db, 'SELECT id FROM mentions WHERE entity_id = ? ORDER BY id')
    .pluck()
    .all(entityId) as number[];
}

/** Ids of the quotes an entity is the speaker of. */
export function quoteIdsSpokenBy(db: Db, entityId: number): number[] {
  return statement(db, 'SELECT id FROM quotes WHERE speaker_entity_id = ? ORDER BY id')
    .pluck()
    .all(entityId) as number[];
}
