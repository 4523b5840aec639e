import { describe, expect, it } from 'vitest';
import type { ChangedEvent, EngineEvent } from '../../core/contract.ts';
import { useEngines } from './support.ts';

// Every edit tells the windows what it changed, once (issue 12): the answer of the call that made
// it carries the change, every window gets the same change as an event, and both say which
// tables and, when the edit stayed inside some articles, which articles.

describe('what an edit says it changed', () => {
  const { seeded } = useEngines();

  it('names the tables and the article a correction touched, in its answer and in the event', async () => {
    const engine = await seeded();
    const events: EngineEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const article = await engine.invoke('articles.get', 1);
    const quote = article.quotes.find((q) => q.status === 'suggested')!;

    const answer = await engine.call('quotes.update', [quote.id, { status: 'accepted' }]);
    expect(answer.ok).toBe(true);
    const changed = answer.changed!;
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ type: 'changed', what: 'edits', articleIds: [1] });
    expect(new Set(changed[0]!.tables)).toEqual(new Set(['quotes', 'edits']));
    expect(events).toEqual(changed);

    // Accepting what is accepted changes nothing, so nothing needs showing anew.
    const again = await engine.call('quotes.update', [quote.id, { status: 'accepted' }]);
    expect(again.changed).toBeUndefined();
    expect(events).toHaveLength(1);

    const undone = await engine.call('history.undo', []);
    expect(undone.changed?.[0]).toMatchObject({ what: 'edits', articleIds: [1] });
    expect(new Set(undone.changed![0]!.tables)).toEqual(new Set(['quotes', 'edits']));
    expect(undone.changed![0]!.seq).toBeGreaterThan(changed[0]!.seq!);
  });

  it('leaves the articles open when an edit reaches beyond some (renaming an entity)', async () => {
    const engine = await seeded();
    const [entity] = (await engine.invoke('entities.list', { search: 'Peskov' })).rows;
    const answer = await engine.call('entities.rename', [entity!.id, 'Dmitry S. Peskov']);
    const [change] = answer.changed as ChangedEvent[];
    expect(change!.articleIds).toBeUndefined();
    expect(change!.tables).toContain('entities');
  });

  it('brings no changes with a read', async () => {
    const engine = await seeded();
    const answer = await engine.call('articles.get', [1]);
    expect(answer.ok && answer.changed).toBeFalsy();
  });
});
