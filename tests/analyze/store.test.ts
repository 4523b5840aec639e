import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, type Db } from '../../db/open.ts';
import { listEntities } from '../../db/entities.ts';
import { listQuotes } from '../../db/quotes.ts';
import { effectiveDecisions } from '../../db/frame-decisions.ts';
import { placeInSampleStory } from '../../core/sample.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

describe('storing analysis in a project', () => {
  const temp = useTempDir();

  async function seededProject(): Promise<{ db: Db; id: number }> {
    const db = openProject(join(temp.dir(), 'analysed.sqlite'));
    const { imported } = await importPaths(db, [SEED_PATH]);
    const id = imported[0]!.id;
    placeInSampleStory(db, [id]);
    await analyseArticles(db, [id], { threads: 1 });
    return { db, id };
  }

  it('keeps the seed’s entities, quotes with speakers and frames', async () => {
    const { db, id } = await seededProject();
    const people = listEntities(db, id).filter((e) => e.type === 'person');
    expect(people.map((p) => p.name).sort()).toEqual([
      'Dmitry Peskov',
      'Giuseppe Conte',
      'Matteo Salvini',
      'Vladimir Putin',
    ]);
    expect(people.find((p) => p.name === 'Dmitry Peskov')!.aliases).toContain('Peskov');

    const speakers = listQuotes(db, id)
      .filter((q) => q.kind === 'direct')
      .map((q) => q.speaker_text);
    expect(speakers.filter((s) => s === 'Dmitry Peskov')).toHaveLength(4);
    expect(speakers).toContain('Kremlin');
    const peskov = listQuotes(db, id).find((q) => q.speaker_text === 'Dmitry Peskov')!;
    expect(peskov.speaker_entity_id).toBe(people.find((p) => p.name === 'Dmitry Peskov')!.id);

    const frames = effectiveDecisions(db, id).map((f) => f.key);
    expect(frames).toEqual(expect.arrayContaining(['humanitarian-aid', 'political-linkage']));
    db.close();
  });

  it('keeps a corrected speaker and an accepted quote when the article is analysed again', async () => {
    const { db, id } = await seededProject();
    const [first, second] = listQuotes(db, id);
    db.prepare("UPDATE quotes SET speaker_text = 'Vladimir Putin', status = 'accepted' WHERE id = ?").run(
      first!.id,
    );
    db.prepare("UPDATE quotes SET status = 'rejected' WHERE id = ?").run(second!.id);
    const before = listQuotes(db, id).length;
    await analyseArticles(db, [id], { threads: 1 });
    const after = listQuotes(db, id);
    expect(after).toHaveLength(before);
    expect(after.find((q) => q.start === first!.start)!.speaker_text).toBe('Vladimir Putin');
    expect(after.filter((q) => q.start === second!.start).map((q) => q.status)).toEqual(['rejected']);
    db.close();
  });

  it('gives a person one entity across the project, found by surname in a later article', async () => {
    const { db } = await seededProject();
    const later = temp.file(
      'later.txt',
      'Kremlin denies aid was a pretext\n\n"We expect nothing in return," Peskov said on Tuesday in Moscow.',
    );
    const { imported } = await importPaths(db, [later]);
    await analyseArticles(db, [imported[0]!.id], { threads: 1 });
    const named = listEntities(db).filter((e) => e.type === 'person' && /Peskov/.test(e.name));
    expect(named.map((e) => [e.name, e.articles])).toEqual([['Dmitry Peskov', 2]]);
    const [quote] = listQuotes(db, imported[0]!.id).filter((q) => q.kind === 'direct');
    expect(quote!.speaker_entity_id).toBe(named[0]!.id);
    db.close();
  });

  it('analyses many articles on worker threads with the same results as on one thread', async () => {
    const { db, id } = await seededProject();
    const speakersOf = (articleId: number) => listQuotes(db, articleId).map((q) => q.speaker_text);
    const seedText = readFileSync(SEED_PATH, 'utf8');
    const copies = Array.from({ length: 9 }, (_, i) =>
      temp.file(`copy-${i}.txt`, `Reprint ${i}\n\n${seedText}`),
    );
    const { imported } = await importPaths(db, copies);
    const summary = await analyseArticles(
      db,
      imported.map((a) => a.id),
      { threads: 2 },
    );
    expect(summary.analysed).toBe(9);
    expect(summary.failures).toEqual([]);
    for (const copy of imported) expect(speakersOf(copy.id)).toEqual(speakersOf(id));
    db.close();
  });
});
