import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { keptWirePairs } from '../../core/compare/kept-wire.ts';
import { openProject } from '../../db/open.ts';
import { compareArticles } from '../../db/compare.ts';
import { useTempDir } from '../support/temp.ts';
import { ARTICLES, articlesJsonl } from './fixture.ts';

// Issue 12: with reader threads on (the bridge), Compare is answered on a thread of its own, so the
// list answers meanwhile; its wire pairs are kept for a toggle and paged through, and paired again
// once an article they rest on changes.

const REPEATED = 20;

/** The fixture's coverage, and the Adriatic Wire story reprinted by more outlets, imported and analysed. */
function coverageJsonl(): string {
  const wire = ARTICLES[0]!;
  const reprints = Array.from({ length: REPEATED }, (_, i) => ({
    ...wire,
    title: `${wire.title} (${i + 1})`,
    outlet: `Reprinter ${i + 1}`,
    date: `2020-03-${String(23 + (i % 5)).padStart(2, '0')}T10:00:00Z`,
    text: `Lead number ${i + 1} of our own, about the planes.\n\n${wire.text}`,
  }));
  return `${articlesJsonl()}\n${reprints.map((row) => JSON.stringify(row)).join('\n')}\n`;
}

describe('Compare beside clicks, and its kept wire pairs', () => {
  const temp = useTempDir();
  const engines: Engine[] = [];
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
  });

  async function project(): Promise<string> {
    const path = join(temp.dir(), 'project.sqlite');
    const engine = new Engine(path);
    await engine.invoke('import.paths', [temp.file('coverage.jsonl', coverageJsonl())]);
    await engine.close();
    return path;
  }

  it('answers the list while Compare runs on a reader thread, and gives the same figures there', async () => {
    const path = await project();
    const threaded = new Engine(path, { readerThreads: true });
    engines.push(threaded);
    const order: string[] = [];
    const compared = threaded.invoke('compare.outlets', { query: 'Italy' }).then((result) => {
      order.push('compare');
      return result;
    });
    const listed = threaded.invoke('articles.list', { limit: 5 }).then(() => order.push('list'));
    const [result] = await Promise.all([compared, listed]);
    expect(order).toEqual(['list', 'compare']);
    await threaded.close();

    const plain = new Engine(path);
    engines.push(plain);
    expect(await plain.invoke('compare.outlets', { query: 'Italy' })).toEqual(result);
    expect(result.wirePairs).toBeGreaterThanOrEqual(REPEATED);
  });

  it('pages through the wire pairs, and pairs again once an article changes', async () => {
    const path = await project();
    const engine = new Engine(path);
    engines.push(engine);
    const all = await engine.invoke('compare.wire', { query: 'Italy', limit: 5000 });
    expect(all.length).toBeGreaterThan(10);
    const first = await engine.invoke('compare.wire', { query: 'Italy', limit: 10 });
    const second = await engine.invoke('compare.wire', { query: 'Italy', limit: 10, offset: 10 });
    expect([...first, ...second]).toEqual(all.slice(0, 20));

    const db = openProject(path);
    try {
      const articles = () =>
        compareArticles(db, db.prepare('SELECT id FROM articles').pluck().all() as number[]);
      const before = keptWirePairs(db, articles());
      expect(keptWirePairs(db, articles())).toBe(before);
      // One reprinter's article is given to another outlet: the pairs are counted again, under it.
      const reprint = before.slice().find((pair) => pair.copyOutlet?.startsWith('Reprinter'))!;
      db.prepare("UPDATE articles SET outlet = 'Renamed Daily' WHERE id = ?").run(reprint.copyId);
      const after = keptWirePairs(db, articles());
      expect(after).not.toBe(before);
      expect(after.slice().find((pair) => pair.copyId === reprint.copyId)?.copyOutlet).toBe('Renamed Daily');
      // An article deleted takes its pairs with it.
      db.prepare('DELETE FROM articles WHERE id = ?').run(reprint.copyId);
      expect(
        keptWirePairs(db, articles())
          .slice()
          .some((p) => p.copyId === reprint.copyId || p.sourceId === reprint.copyId),
      ).toBe(false);
    } finally {
      db.close();
    }
  });
});
