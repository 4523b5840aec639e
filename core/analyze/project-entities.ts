import type { Db } from '../../db/open.ts';
import {
  addAliases,
  entitiesWithoutKey,
  findEntitiesByAlias,
  findEntitiesByKey,
  findPeopleBySurname,
  findPeopleBySurnameKey,
  getEntityByName,
  insertEntity,
  renameEntity,
  setMatchKey,
  type EntityType,
} from '../../db/entities.ts';
import { entityMatchKey } from '../../nlp/index.ts';

export interface FoundEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

/**
 * The project's entity for one an article names: one canonical entity per real-world person,
 * organization or place across the project. Tried in order: the same name; a name the project
 * knows as an alias (this is how a user's merges and renames are remembered); the same matching key
 * (another transliteration or spelling of the name, another name of the same country: issue #8); the
 * same person written surname first; for a lone surname, the one person with that surname; for a full
 * name, a person known so far by the surname only, who is then renamed to the fuller name.
 */
export function projectEntityFor(db: Db, entity: FoundEntity): number {
  keyOlderEntities(db);
  const id = findExisting(db, entity);
  addAliases(db, id, new Set([entity.name, ...entity.aliases]));
  return id;
}

function findExisting(db: Db, { name, type }: FoundEntity): number {
  const exact = getEntityByName(db, name, type);
  if (exact) return exact.id;
  const byAlias = findEntitiesByAlias(db, name, type);
  if (byAlias.length === 1) return byAlias[0]!.id;
  const key = entityMatchKey(name, type);
  const byKey = findEntitiesByKey(db, key, type);
  if (byKey.length === 1) return byKey[0]!.id;
  if (type === 'person') {
    const words = name.split(' ');
    if (words.length === 2) {
      const swapped = findEntitiesByKey(db, entityMatchKey(`${words[1]} ${words[0]}`, type), type);
      if (swapped.length === 1) return swapped[0]!.id;
    }
    if (words.length === 1) {
      const people = findPeopleBySurname(db, name);
      if (people.length === 1) return people[0]!.id;
      const variants = findPeopleBySurnameKey(db, key);
      if (people.length === 0 && variants.length === 1) return variants[0]!.id;
    } else {
      const surnameOnly = getEntityByName(db, words[words.length - 1]!, 'person');
      if (surnameOnly && findPeopleBySurname(db, surnameOnly.name).length === 0) {
        renameEntity(db, surnameOnly.id, name);
        setMatchKey(db, surnameOnly.id, key);
        return surnameOnly.id;
      }
    }
  }
  return insertEntity(db, name, type, key);
}

const keyed = new WeakSet<Db>();

/** Entities stored before matching keys existed get theirs, once per open project. */
function keyOlderEntities(db: Db): void {
  if (keyed.has(db)) return;
  keyed.add(db);
  for (const entity of entitiesWithoutKey(db))
    setMatchKey(db, entity.id, entityMatchKey(entity.name, entity.type));
}
