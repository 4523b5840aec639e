// Reviewing quotes by confidence (issue #8): what analysis is unsure of comes first and counts as work for
// a person; what it is sure of is accepted in one undoable edit, recorded with the coder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SURE_CONFIDENCE } from '../../db/quotes.ts';
import { errorOf, useEngines } from './support.ts';

// Three quotes: one a verb ties to a named speaker, one carried into a paragraph of its own, one with a
// reporting verb whose subject names no one the text introduces.
const ARTICLE = [
  'Harbour plan divides the town',
  '"We will build the new pier this year," Mayor Lena Ortiz said on Monday.',
  'The council met for three hours.',
  '"Nobody asked the fishermen."',
  'The vote is due in May.',
].join('\n\n');

describe('reviewing quotes by confidence', () => {
  const { engine, temp } = useEngines();

  async function project() {
    const created = engine();
    const file = join(temp.dir(), 'harbour.txt');
    writeFileSync(file, ARTICLE);
    await created.invoke('import.paths', [file]);
    return created;
  }

  it('stores a confidence for every suggested quote and marks the uncertain ones as needing review', async () => {
    const e = await project();
    const { quotes } = await e.invoke('articles.get', 1);
    expect(quotes.map((q) => [q.text.slice(0, 12), q.speakerName ?? q.speakerText])).toEqual([
      ['We will buil', 'Lena Ortiz'],
      ['Nobody asked', 'Lena Ortiz'],
    ]);
    const [sure, carried] = quotes;
    expect(sure!.confidence).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
    expect(sure!.needsReview).toBe(false);
    expect(carried!.confidence).toBeLessThan(SURE_CONFIDENCE);
    expect(carried!.needsReview).toBe(true);
    expect(sure!.speakerSource).toBe('named');
  });

  it('counts in the library only what needs a person, and the sure ones apart', async () => {
    const e = await project();
    const { rows } = await e.invoke('articles.list');
    const frames = (await e.invoke('articles.get', 1)).annotations.filter(
      (a) => a.status === 'suggested',
    ).length;
    expect(rows[0]!.review).toEqual({ waiting: 1 + frames, sure: 1, reviewed: 0 });
  });

  it('accepts the sure quotes in one edit with the coder, which one undo takes back', async () => {
    const e = await project();
    const coder = await e.invoke('coders.ensure', 'Ada');
    const done = await e.invoke('quotes.acceptSure', { articleId: 1, coderId: coder.id });
    expect(done.accepted).toBe(1);
    let { quotes } = await e.invoke('articles.get', 1);
    expect(quotes.map((q) => [q.status, q.coderId])).toEqual([
      ['accepted', coder.id],
      ['suggested', null],
    ]);
    expect(await e.invoke('history.state')).toMatchObject({ undoLabel: 'Accept a sure quote' });
    expect((await e.invoke('articles.list')).rows[0]!.review).toMatchObject({ sure: 0, reviewed: 1 });

    await e.invoke('history.undo');
    ({ quotes } = await e.invoke('articles.get', 1));
    expect(quotes.map((q) => q.status)).toEqual(['suggested', 'suggested']);

    // With a lower threshold the carried-on quote is accepted too; nothing is left to accept after.
    expect((await e.invoke('quotes.acceptSure', { articleId: 1, threshold: 0.5 })).accepted).toBe(2);
    expect((await e.invoke('quotes.acceptSure', { articleId: 1 })).accepted).toBe(0);
  });

  it('keeps the confidence analysis gave after a person decides, and on the project file', async () => {
    const e = await project();
    const { quotes } = await e.invoke('articles.get', 1);
    await e.invoke('quotes.update', quotes[1]!.id, { status: 'accepted' });
    const after = (await e.invoke('articles.get', 1)).quotes[1]!;
    expect(after).toMatchObject({
      status: 'accepted',
      confidence: quotes[1]!.confidence,
      needsReview: false,
    });
    const info = await e.invoke('project.info');
    await e.close();
    const db = new Database(info.path, { readonly: true });
    const stored = db.prepare('SELECT confidence, speaker_source FROM quotes ORDER BY start').all();
    db.close();
    expect(stored).toEqual([
      { confidence: quotes[0]!.confidence, speaker_source: 'named' },
      { confidence: quotes[1]!.confidence, speaker_source: 'named' },
    ]);
  });

  it('refuses an unknown article or coder with a sentence', async () => {
    const e = await project();
    const missing = await e.call('quotes.acceptSure', [{ articleId: 99 }]);
    expect(errorOf(missing).message).toMatch(/article 99/i);
    const coder = await e.call('quotes.acceptSure', [{ articleId: 1, coderId: 42 }]);
    expect(errorOf(coder).message).toMatch(/coder 42/i);
  });
});
