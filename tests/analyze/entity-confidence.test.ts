// Entity type confidence stored with each article's mentions, and one entity across the project for the
// other written forms of a name (issue #8), on a real project file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open.ts';
import { listEntities } from '../../db/entities.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { useTempDir } from '../support/temp.ts';

describe('entity confidence and matching across a project', () => {
  const temp = useTempDir();

  it('stores how sure the type is, per article, sure ones high and guesses low', async () => {
    const db = openProject(join(temp.dir(), 'confidence.sqlite'));
    const file = temp.file(
      'talks.txt',
      'Talks resume in Geneva\n\nPresident Emmanuel Macron met the Norwegian fisheries directorate in Paris on Monday. Later Tesseny Quillbrook arrived.',
    );
    const { imported } = await importPaths(db, [file]);
    await analyseArticles(db, [imported[0]!.id], { threads: 1 });
    const byName = new Map(listEntities(db, imported[0]!.id).map((e) => [e.name, e]));
    expect(byName.get('Emmanuel Macron')?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(byName.get('Paris')?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(byName.get('Norwegian fisheries directorate')?.type).toBe('organization');
    expect(byName.get('Tesseny Quillbrook')?.confidence).toBeLessThan(0.7);
    expect(listEntities(db).every((e) => e.confidence === null)).toBe(true);
    db.close();
  });

  it('gives another transliteration, spelling or name of the same thing the entity it already has', async () => {
    const db = openProject(join(temp.dir(), 'keys.sqlite'));
    const first = temp.file(
      'first.txt',
      'Envoys meet\n\nSergei Shoigu visited the Defence Ministry in London, and the U.K. agreed.',
    );
    const second = temp.file(
      'second.txt',
      'Envoys part\n\nSergey Shoigu left the Defense Ministry, and the United Kingdom said so.',
    );
    const { imported } = await importPaths(db, [first, second]);
    await analyseArticles(
      db,
      imported.map((a) => a.id),
      { threads: 1 },
    );
    const all = listEntities(db);
    const named = (alias: string) =>
      all.filter((e) => e.aliases.includes(alias)).map((e) => [e.name, e.articles]);
    expect(named('Sergey Shoigu')).toEqual([['Sergei Shoigu', 2]]);
    expect(named('Defense Ministry')).toEqual([['Defence Ministry', 2]]);
    expect(named('United Kingdom')).toEqual([['U.K.', 2]]);
    db.close();
  });
});
