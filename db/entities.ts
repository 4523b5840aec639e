import type { Db } from './open.ts';
import { statement } from './statements.ts';

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
  return statement(
    db,
    `SELECT id, name, type FROM entities
     WHERE type = 'person' AND name LIKE '% ' || ? ESCAPE '\\' AND substr(name, -length(?)) = ?`,
  ).all(surname.replace(/[%_\\]/g, '\\$&'), surname, surname) as EntityRow[];
}

export function insertEntity(db: Db, name: string, type: EntityType): number {
  return Number(
    statement(db, 'INSERT INTO entities (name, type) VALUES (?, ?)').run(name, type).lastInsertRowid,
  );
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
}

export function insertMention(db: Db, mention: NewMention): void {
  statement(
    db,
    `INSERT INTO mentions (article_id, entity_id, start, end, role) VALUES (@articleId, @entityId, @start, @end, @role)`,
  ).run(mention);
}

/** Forgets what analysis found in an article (hand-made mentions stay). */
export function deleteAutoMentions(db: Db, articleId: number): void {
  statement(db, "DELETE FROM mentions WHERE article_id = ? AND origin = 'auto'").run(articleId);
}

/** Entities with their aliases and how often they are mentioned, in one article or the whole project. */
export function listEntities(db: Db, articleId?: number): EntitySummary[] {
  const rows = statement(
    db,
    `SELECT e.id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles,
       (SELECT json_group_array(alias) FROM entity_aliases WHERE entity_id = e.id) AS aliases
     FROM entities e JOIN mentions m ON m.entity_id = e.id
     WHERE @articleId IS NULL OR m.article_id = @articleId
     GROUP BY e.id ORDER BY mentions DESC, e.name`,
  ).all({ articleId: articleId ?? null }) as (Omit<EntitySummary, 'aliases'> & { aliases: string })[];
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
