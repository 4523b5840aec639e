// The Library finds what the learner proposes (issue 9): `proposedCodeId` narrows the list to the
// undecided articles with a stored proposal of the frame, the facets count them per frame beside
// the other filters, and a person's decision takes an article out of both.
import { describe, expect, it } from 'vitest';
import { whereOf } from '../../db/library.ts';
import { useEngines } from '../engine/support.ts';
import { decidedProject } from './fixture.ts';

describe('learned proposals in the library', () => {
  const engines = useEngines();

  it('are a filter and a facet, counted with the other filters, until a person decides', async () => {
    const engine = engines.engine();
    const project = await decidedProject(engine, engines.temp.file);
    const { ids, codebookId, economic, coderId } = project;
    const titles = async (filters: { proposedCodeId: number; search?: string }) =>
      (await engine.invoke('articles.list', filters)).rows.map((row) => row.id);

    // Nothing stored yet: looking at the figures does not fill the filter.
    await engine.invoke('learn.codebook', { codebookId });
    expect((await engine.invoke('articles.facets')).proposed).toEqual([]);
    expect(await titles({ proposedCodeId: economic })).toEqual([]);

    await engine.invoke('learn.refresh', { codebookId });
    const facets = await engine.invoke('articles.facets');
    expect(facets.proposed).toEqual([
      { id: economic, name: 'Economic', color: expect.any(String), articles: 1 },
    ]);
    expect(await titles({ proposedCodeId: economic })).toEqual([ids.undecidedMoney]);
    // Beside a search: counted among the articles it finds (none about patients is proposed).
    const patients = await engine.invoke('articles.facets', { search: 'patients' });
    expect(patients.proposed).toEqual([]);
    const wages = await engine.invoke('articles.facets', { search: 'wages', proposedCodeId: economic });
    expect(wages.proposed).toEqual([expect.objectContaining({ id: economic, articles: 1 })]);
    expect(await titles({ proposedCodeId: economic, search: 'patients' })).toEqual([]);

    // The coder decides the article: it leaves the list; the chosen frame stays listed, at 0.
    await engine.invoke('frames.decide', ids.undecidedMoney, economic, { present: true, coderId });
    expect(await titles({ proposedCodeId: economic })).toEqual([]);
    expect((await engine.invoke('articles.facets')).proposed).toEqual([]);
    expect((await engine.invoke('articles.facets', { proposedCodeId: economic })).proposed).toEqual([
      { id: economic, name: 'Economic', color: expect.any(String), articles: 0 },
    ]);
  }, 90_000);

  it('is read through the index on the frame, without fetching each proposed article’s row', () => {
    const engine = engines.engine();
    const where = whereOf({ proposedCodeId: 1 });
    const plan = (
      engine.db
        .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM articles a WHERE ${where.sql}`)
        .all(where.params) as { detail: string }[]
    )
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toMatch(
      /SEARCH (learned_proposals|p) USING (COVERING INDEX learned_proposals_code|PRIMARY KEY) \(code_id=\?( AND born=\?)?\)/,
    );
    // Looking up a third of 100,000 articles by id took half a second (README, learning section).
    expect(plan).not.toMatch(/SEARCH a USING INTEGER PRIMARY KEY/);
  });
});
