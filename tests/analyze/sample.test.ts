import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open.ts';
import { listArticles } from '../../db/articles.ts';
import { listQuotes } from '../../db/quotes.ts';
import { ensureDefaultProject } from '../../core/sample.ts';
import { useTempDir } from '../support/temp.ts';

describe('the default project on first run', () => {
  const temp = useTempDir();

  it('holds the sample article, analysed, and is left alone afterwards', async () => {
    const path = join(temp.dir(), 'Framescope', 'default.sqlite');
    await ensureDefaultProject(path);
    let db = openProject(path);
    const [sample] = listArticles(db);
    expect(sample!.title).toBe('‘From Russia with Love’: Putin sends aid to Italy to fight virus');
    const direct = listQuotes(db, sample!.id).filter((q) => q.kind === 'direct');
    expect(direct.filter((q) => q.speaker_text === 'Dmitry Peskov')).toHaveLength(4);
    db.prepare('DELETE FROM articles').run();
    db.close();

    await ensureDefaultProject(path);
    db = openProject(path);
    expect(listArticles(db)).toEqual([]);
    db.close();
  });
});
