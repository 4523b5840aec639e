import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticles } from '../../db/articles.ts';
import { addAliases, findEntities, insertEntity, insertMention, type EntityType } from '../../db/entities.ts';
import { openProject, type Db } from '../../db/open.ts';
import { useTempDir } from '../support/temp.ts';

// The search suggestions of the entity lists (entities.list with a search): part of a name or an
// alias in any case, most mentioned first, with mention and article counts as the mentions give them.

const TEXT = 'Kenneth Osei met Mara Kent at Kenwood. Lakeside workers of Okonkwo Motors listened.';

describe('entity search suggestions', () => {
  const temp = useTempDir();
  let db: Db;
  let articleIds: number[];
  const entity: Record<string, number> = {};

  beforeEach(() => {
    db = openProject(join(temp.dir(), 'entities.sqlite'));
    articleIds = insertArticles(
      db,
      [0, 1, 2, 3, 4].map((i) => ({
        uid: `a${i}`,
        content_hash: createHash('sha256').update(`${i}`).digest('hex'),
        title: `Town notes ${i}`,
        outlet: 'Gazette',
        author: null,
        url: null,
        published_at: '2021-05-0' + String(i + 1),
        published_raw: null,
        language: 'en',
        text: TEXT,
        source_file: null,
        source_format: 'text',
        imported_at: '2021-06-01T00:00:00Z',
        word_count: 13,
      })),
    ).map((result) => (result.inserted ? result.id : -1));
    const people: [string, EntityType, string[], number[]][] = [
      // name, type, aliases, the articles (by index) of its mentions
      ['Kenneth Osei', 'person', [], [0, 0, 1]],
      ['Mara Kent', 'person', ['Kent'], [0, 1, 2, 3]],
      ['Kenwood', 'place', [], [2]],
      ['Okonkwo Motors', 'organization', ['Kenmore Works'], [3, 4]],
      ['Lakeside', 'place', [], [0, 1, 2, 3, 4]],
      ['Kendra Bell', 'person', [], []],
    ];
    for (const [name, type, aliases, mentions] of people) {
      const id = insertEntity(db, name, type);
      entity[name] = id;
      addAliases(db, id, aliases);
      mentions.forEach((at, i) =>
        insertMention(db, {
          articleId: articleIds[at]!,
          entityId: id,
          start: i * 10,
          end: i * 10 + 5,
          role: null,
        }),
      );
    }
  });
  afterEach(() => db.close());

  const suggest = (search: string, more: { type?: EntityType; offset?: number; limit?: number } = {}) => {
    const { total, rows } = findEntities(db, { search, offset: 0, limit: 8, ...more });
    return { total, rows: rows.map((row) => [row.name, row.mentions, row.articles]) };
  };

  it('finds a part of a name or an alias in any case, most mentioned first, one never mentioned last', () => {
    expect(suggest('ken')).toEqual({
      total: 5,
      rows: [
        ['Mara Kent', 4, 4],
        ['Kenneth Osei', 3, 2],
        ['Okonkwo Motors', 2, 2],
        ['Kenwood', 1, 1],
        ['Kendra Bell', 0, 0],
      ],
    });
    expect(suggest('KEN', { type: 'person', offset: 1, limit: 1 })).toEqual({
      total: 3,
      rows: [['Kenneth Osei', 3, 2]],
    });
    expect(suggest('side')).toEqual({ total: 1, rows: [['Lakeside', 5, 5]] });
    expect(suggest('50%')).toEqual({ total: 0, rows: [] });
  });

  it('counts what the mentions say after mentions are moved and removed', () => {
    // Two of Mara Kent's mentions go to Kenwood (as a merge moves them), Lakeside loses its last two.
    db.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND article_id IN (?, ?)').run(
      entity.Kenwood,
      entity['Mara Kent'],
      articleIds[2],
      articleIds[3],
    );
    db.prepare('DELETE FROM mentions WHERE entity_id = ? AND article_id IN (?, ?)').run(
      entity.Lakeside,
      articleIds[3],
      articleIds[4],
    );
    // Ties by name.
    expect(suggest('k').rows).toEqual([
      ['Kenneth Osei', 3, 2],
      ['Kenwood', 3, 2],
      ['Lakeside', 3, 3],
      ['Mara Kent', 2, 2],
      ['Okonkwo Motors', 2, 2],
      ['Kendra Bell', 0, 0],
    ]);
  });
});
