import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../core/contract.ts';
import { errorOf, useEngines } from './support.ts';

describe('project.importSample', () => {
  const { engine } = useEngines();

  it('imports and analyses the sample article and the fictional sample story as tasks with progress', async () => {
    const project = engine();
    const events: EngineEvent[] = [];
    const stop = project.subscribe((event) => events.push(event));
    const result = await project.invoke('project.importSample');
    stop();

    expect(result.imported).toHaveLength(11);
    expect(result.imported[0]?.file).toBe('russia-italy-aid.txt');
    expect(new Set(result.imported.slice(1).map((article) => article.file))).toEqual(
      new Set(['articles.json']),
    );
    expect(result.analysis?.analysed).toBe(11);
    expect(result.analysis?.quotes).toBeGreaterThan(0);

    const info = await project.invoke('project.info');
    expect(info.counts).toMatchObject({ articles: 11, analysed: 11 });
    const list = await project.invoke('articles.list');
    const seed = list.rows.find((row) => row.title?.includes('Russia'));
    expect(seed?.analysed).toBe(true);

    const finished = events.filter((event) => event.type === 'finished');
    expect(finished.map((event) => [event.task, event.ok])).toEqual([
      ['import', true],
      ['analysis', true],
    ]);
    expect(events.some((event) => event.type === 'progress' && event.task === 'import')).toBe(true);
    expect(events.some((event) => event.type === 'changed' && event.what === 'articles')).toBe(true);
  });

  it('reports the sample as a duplicate when the project already holds it', async () => {
    const project = engine();
    await project.invoke('project.importSample');
    const again = await project.invoke('project.importSample');
    expect(again.imported).toHaveLength(0);
    expect(again.duplicates).toHaveLength(11);
    expect(again.analysis).toBeNull();
    expect((await project.invoke('project.info')).counts.articles).toBe(11);
  });

  it('lists how many suggestions of each article need a person and how many are sure', async () => {
    const project = engine();
    await project.invoke('project.importSample');
    const before = (await project.invoke('articles.list')).rows.find((row) => row.title?.includes('Russia'))!;
    const detail = await project.invoke('articles.get', before.id);
    const uncertain = detail.quotes.filter((quote) => quote.needsReview).length;
    const sure = detail.quotes.filter((quote) => quote.status === 'suggested' && !quote.needsReview).length;
    // Frame evidence waits for review once per sentence, however many frames the sentence evidences.
    const evidence = new Set(
      detail.annotations.filter((a) => a.origin === 'auto' && a.status === 'suggested').map((a) => a.start),
    ).size;
    expect(evidence).toBeGreaterThan(0);
    expect(evidence).toBeLessThan(25); // a 500-word article, both codebooks
    expect(before.review).toEqual({ waiting: uncertain + evidence, sure, reviewed: 0 });
    expect(sure).toBeGreaterThan(0);

    const first = detail.quotes.find((quote) => quote.status === 'suggested' && !quote.needsReview)!;
    await project.invoke('quotes.update', first.id, { status: 'rejected' });
    const after = (await project.invoke('articles.list')).rows.find((row) => row.id === before.id)!;
    expect(after.review).toEqual({ waiting: uncertain + evidence, sure: sure - 1, reviewed: 1 });
  });

  it('takes no arguments', async () => {
    const project = engine();
    const envelope = await project.call('project.importSample', ['extra']);
    expect(errorOf(envelope).code).toBe('invalid-arguments');
  });
});
