import { z } from 'zod';
import {
  aliasesOf,
  findEntities,
  getEntity,
  getEntityByName,
  mentionIdsOf,
  quoteIdsSpokenBy,
  type EntityRow,
  type EntitySummary,
} from '../../../db/entities.ts';
import { getCoder } from '../../../db/coders.ts';
import type { RowValues } from '../../../db/rows.ts';
import type { Session } from '../session.ts';
import type { EditRecorder } from '../history.ts';
import { EngineError, notFound } from '../errors.ts';
import { entityType, id, nonEmpty, offset } from '../schemas.ts';
import { entityView, type EntityView } from '../views.ts';

export const entityFilter = z.strictObject({
  /** Part of a name or alias, any case. */
  search: z.string().optional(),
  type: entityType.optional(),
  offset: offset.optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});
export type EntityFilterArgs = z.infer<typeof entityFilter>;

export const entityListArgs = z.tuple([entityFilter.optional()]);
/** Who renames or merges (recorded on the entity with the time). */
export const entityDecisionOptions = z.strictObject({ coderId: id.nullable().optional() });
export type EntityDecisionOptions = z.infer<typeof entityDecisionOptions>;
export const entityRenameArgs = z.tuple([id, nonEmpty, entityDecisionOptions.optional()]);
export const entityMergeArgs = z.tuple([id, id, entityDecisionOptions.optional()]);

/** The project's entities, most mentioned first, with aliases, mention and article counts. */
export function listEntityPage(
  this: Session,
  filter: EntityFilterArgs = {},
): { total: number; rows: EntitySummary[] } {
  return findEntities(this.db, {
    search: filter.search?.trim() || undefined,
    type: filter.type,
    offset: filter.offset ?? 0,
    limit: filter.limit ?? 100,
  });
}

function existing(session: Session, entityId: number): EntityRow {
  const entity = getEntity(session.db, entityId);
  if (!entity) throw notFound('entity', entityId);
  return entity;
}

function addAlias(session: Session, recorder: EditRecorder, entityId: number, alias: string): void {
  if (aliasesOf(session.db, entityId).includes(alias)) return;
  recorder.insert('entity_aliases', { entity_id: entityId, alias });
}

/**
 * Renames an entity everywhere. The old name stays as an alias, so re-analysis finds the
 * renamed entity when an article uses the old name.
 */
export function renameEntity(
  this: Session,
  entityId: number,
  name: string,
  options: EntityDecisionOptions = {},
): EntityView {
  const entity = existing(this, entityId);
  const decided = decidedBy(this, options);
  if (entity.name === name) return entityView(this.db, entityId);
  const clash = getEntityByName(this.db, name, entity.type);
  if (clash)
    throw new EngineError(
      'conflict',
      `There is already ${article(entity.type)} ${entity.type} called ${name}; merge ${entity.name} into it instead.`,
    );
  this.edit(`Rename “${entity.name}” to “${name}”`, (recorder) => {
    recorder.update('entities', { id: entityId }, { name, ...decided });
    addAlias(this, recorder, entityId, entity.name);
    addAlias(this, recorder, entityId, name);
  });
  return entityView(this.db, entityId);
}

/**
 * Merges one entity into another: its mentions, the quotes it speaks and its aliases move over,
 * and its name becomes an alias of the other, so re-analysis keeps the merge.
 */
export function mergeEntities(
  this: Session,
  fromId: number,
  intoId: number,
  options: EntityDecisionOptions = {},
): EntityView {
  if (fromId === intoId)
    throw new EngineError('invalid-arguments', 'An entity cannot be merged into itself.');
  const from = existing(this, fromId);
  const into = existing(this, intoId);
  if (from.type !== into.type)
    throw new EngineError(
      'invalid-arguments',
      `${from.name} is ${article(from.type)} ${from.type} and ${into.name} ${article(into.type)} ${into.type}; only entities of one type can be merged.`,
    );
  const decided = decidedBy(this, options);
  this.edit(`Merge “${from.name}” into “${into.name}”`, (recorder) => {
    for (const mentionId of mentionIdsOf(this.db, fromId))
      recorder.update('mentions', { id: mentionId }, { entity_id: intoId });
    for (const quoteId of quoteIdsSpokenBy(this.db, fromId))
      recorder.update('quotes', { id: quoteId }, { speaker_entity_id: intoId });
    const aliases = aliasesOf(this.db, fromId);
    for (const alias of aliases) recorder.delete('entity_aliases', { entity_id: fromId, alias });
    for (const alias of new Set([...aliases, from.name])) addAlias(this, recorder, intoId, alias);
    recorder.delete('entities', { id: fromId });
    recorder.update('entities', { id: intoId }, decided);
  });
  return entityView(this.db, intoId);
}

/** The coder and time a rename or merge records on the entity it leaves. */
function decidedBy(session: Session, options: EntityDecisionOptions): RowValues {
  const coderId = options.coderId ?? null;
  if (coderId !== null && !getCoder(session.db, coderId)) throw notFound('coder', coderId);
  return { coder_id: coderId, decided_at: new Date().toISOString() };
}

function article(type: string): string {
  return type === 'organization' ? 'an' : 'a';
}
