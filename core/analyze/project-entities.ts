import type { Db } from '../../db/open.ts';
import {
  addAliases,
  findEntitiesByAlias,
  findPeopleBySurname,
  getEntityByName,
  insertEntity,
  renameEntity,
  type EntityType,
} from '../../db/entities.ts';

export interface FoundEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

/**
 * The project's entity for one an article names: one canonical entity per real-world person,
 * organization or place across the project. Tried in order: the same name; a name the project
 * knows as an alias (this is how a user's merges and renames are remembered); for a lone surname,
 * the one person with that surname; for a full name, a person known so far by the surname only,
 * who is then renamed to the fuller name.
 */
export function projectEntityFor(db: Db, entity: FoundEntity): number {
  const id = findExisting(db, entity);
  addAliases(db, id, new Set([entity.name, ...entity.aliases]));
  return id;
}

function findExisting(db: Db, { name, type }: FoundEntity): number {
  const exact = getEntityByName(db, name, type);
  if (exact) return exact.id;
  const byAlias = findEntitiesByAlias(db, name, type);
  if (byAlias.length === 1) return byAlias[0]!.id;
  if (type === 'person') {
    const words = name.split(' ');
    if (words.length === 1) {
      const people = findPeopleBySurname(db, name);
      if (people.length === 1) return people[0]!.id;
    } else {
      const surnameOnly = getEntityByName(db, words[words.length - 1]!, 'person');
      if (surnameOnly && findPeopleBySurname(db, surnameOnly.name).length === 0) {
        renameEntity(db, surnameOnly.id, name);
        return surnameOnly.id;
      }
    }
  }
  return insertEntity(db, name, type);
}
