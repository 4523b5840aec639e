import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findPeopleBySurname, findPeopleBySurnameKey, insertEntity } from '../../db/entities.ts';
import { openProject, type Db } from '../../db/open.ts';
import { useTempDir } from '../support/temp.ts';

// Analysis gives a lone surname ("Okafor said") to the one person of the project with that surname,
// and renames a person known by the surname only once the full name turns up. Both lookups read the
// people of that surname through an index of names' last words (migration 034), not every person.

describe('people found by surname', () => {
  const temp = useTempDir();
  let db: Db;

  beforeEach(() => {
    db = openProject(join(temp.dir(), 'surnames.sqlite'));
    insertEntity(db, 'Adaeze Okafor', 'person', 'adaeze okafor');
    insertEntity(db, 'Okafor Nwosu', 'person', 'okafor nwosu');
    insertEntity(db, 'Okafor', 'person', 'okafor');
    insertEntity(db, 'Ben Okaforth', 'person', 'ben okaforth');
    insertEntity(db, 'Okafor Group', 'organization', 'okafor group');
    insertEntity(db, 'Lena van der Berg', 'person', 'lena van der berg');
    insertEntity(db, 'Kai 100%', 'person', 'kai 100%');
  });
  afterEach(() => db.close());

  const names = (rows: { name: string }[]) => rows.map((row) => row.name).sort();

  it('finds the people whose name ends with the surname, written as it is', () => {
    expect(names(findPeopleBySurname(db, 'Okafor'))).toEqual(['Adaeze Okafor']);
    expect(names(findPeopleBySurname(db, 'okafor'))).toEqual([]);
    expect(names(findPeopleBySurname(db, 'Berg'))).toEqual(['Lena van der Berg']);
    expect(names(findPeopleBySurname(db, 'der Berg'))).toEqual(['Lena van der Berg']);
    expect(names(findPeopleBySurname(db, '100%'))).toEqual(['Kai 100%']);
    expect(names(findPeopleBySurname(db, '%'))).toEqual([]);
  });

  it('finds the people whose matching key ends with the surname’s key, in any case', () => {
    expect(names(findPeopleBySurnameKey(db, 'okafor'))).toEqual(['Adaeze Okafor']);
    expect(names(findPeopleBySurnameKey(db, 'OKAFOR'))).toEqual(['Adaeze Okafor']);
    expect(names(findPeopleBySurnameKey(db, 'der berg'))).toEqual(['Lena van der Berg']);
    expect(names(findPeopleBySurnameKey(db, 'okafort'))).toEqual([]);
  });

  it('reads only the people of that surname, through the index of last words', () => {
    // The statements the lookups prepare, and how SQLite runs them: a scan of every person uses no index.
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    vi.spyOn(db, 'prepare').mockImplementation((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    });
    findPeopleBySurname(db, 'Okafor');
    findPeopleBySurnameKey(db, 'okafor');
    expect(prepared).toHaveLength(2);
    const plans = prepared.map((sql) =>
      prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all({ surname: 'Okafor', key: 'okafor', pattern: 'Okafor' })
        .map((row) => (row as { detail: string }).detail)
        .join(' '),
    );
    expect(plans[0]).toContain('USING INDEX entities_person_surname ');
    expect(plans[1]).toContain('USING INDEX entities_person_surname_key ');
  });
});
