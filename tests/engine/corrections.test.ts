import { describe, expect, it } from 'vitest';
import type { Engine } from '../../core/engine/engine.ts';
import { errorOf, useEngines } from './support.ts';

async function entityNamed(engine: Engine, name: string) {
  const found = await engine.invoke('entities.list', { search: name });
  const entity = found.rows.find((row) => row.name === name);
  if (!entity) throw new Error(`no entity ${name}`);
  return entity;
}

async function quoteStarting(engine: Engine, words: string) {
  const article = await engine.invoke('articles.get', 1);
  return article.quotes.find((quote) => quote.text.startsWith(words))!;
}

describe('corrections with undo and redo', () => {
  const { seeded } = useEngines();

  it('changes a speaker, accepting the quote, and undoes and redoes it', async () => {
    const engine = await seeded();
    const putin = await entityNamed(engine, 'Vladimir Putin');
    const quote = await quoteStarting(engine, 'No, this is unrelated');
    expect(quote.speakerName).toBe('Dmitry Peskov');

    const changed = await engine.invoke('quotes.update', quote.id, { speakerEntityId: putin.id });
    expect(changed).toMatchObject({
      speakerName: 'Vladimir Putin',
      speakerText: 'Vladimir Putin',
      speakerType: 'person',
      status: 'accepted',
    });
    expect(await engine.invoke('history.state')).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: 'Change the speaker of a quote',
    });

    const undone = await engine.invoke('history.undo');
    expect(undone).toMatchObject({
      done: 'Change the speaker of a quote',
      canRedo: true,
      redoLabel: 'Change the speaker of a quote',
    });
    expect(await quoteStarting(engine, 'No, this is unrelated')).toMatchObject({
      speakerName: 'Dmitry Peskov',
      status: 'suggested',
    });

    await engine.invoke('history.redo');
    expect(await quoteStarting(engine, 'No, this is unrelated')).toMatchObject({
      speakerName: 'Vladimir Putin',
    });

    // A new edit after an undo clears what could be redone.
    await engine.invoke('history.undo');
    await engine.invoke('quotes.update', quote.id, { status: 'rejected' });
    expect(await engine.invoke('history.state')).toMatchObject({
      canRedo: false,
      undoLabel: 'Reject a quote',
    });
    expect((await engine.invoke('history.redo')).done).toBeNull();

    // Corrections survive re-analysis.
    await engine.invoke('analysis.run', { all: true });
    expect(await quoteStarting(engine, 'No, this is unrelated')).toMatchObject({ status: 'rejected' });
  });

  it('marks and deletes quotes by hand, and undo brings a deleted quote back as it was', async () => {
    const engine = await seeded();
    const article = await engine.invoke('articles.get', 1);
    const start = article.text.indexOf('goodwill gesture');
    const peskov = await entityNamed(engine, 'Dmitry Peskov');
    const made = await engine.invoke('quotes.create', {
      articleId: 1,
      start,
      end: start + 16,
      speakerEntityId: peskov.id,
    });
    expect(made).toMatchObject({
      text: 'goodwill gesture',
      origin: 'manual',
      status: 'accepted',
      speakerName: 'Dmitry Peskov',
    });

    expect(await engine.invoke('quotes.delete', made.id)).toEqual({ deleted: made.id });
    expect((await engine.invoke('articles.get', 1)).quotes.some((quote) => quote.id === made.id)).toBe(false);
    await engine.invoke('history.undo');
    const back = (await engine.invoke('articles.get', 1)).quotes.find((quote) => quote.id === made.id);
    expect(back).toEqual(made);
    await engine.invoke('history.undo');
    expect((await engine.invoke('articles.get', 1)).quotes.some((quote) => quote.id === made.id)).toBe(false);

    const outside = errorOf(await engine.call('quotes.create', [{ articleId: 1, start: 10, end: 10 ** 6 }]));
    expect(outside.message).toMatch(
      /^The passage ends at 1000000, after the end of the article's text \(\d+ characters\)\.$/,
    );
    expect(errorOf(await engine.call('quotes.update', [9999, { status: 'accepted' }])).code).toBe(
      'not-found',
    );
  });

  it('renames an entity and keeps the old name, so re-analysis finds the same entity', async () => {
    const engine = await seeded();
    const peskov = await entityNamed(engine, 'Dmitry Peskov');
    const renamed = await engine.invoke('entities.rename', peskov.id, 'Dmitri Peskov');
    expect(renamed.aliases).toContain('Dmitry Peskov');
    await engine.invoke('analysis.run', { all: true });
    const people = (await engine.invoke('entities.list', { search: 'peskov' })).rows;
    expect(people.map((row) => [row.id, row.name])).toEqual([[peskov.id, 'Dmitri Peskov']]);
    expect((await quoteStarting(engine, 'No, this is unrelated')).speakerName).toBe('Dmitri Peskov');

    const putin = await entityNamed(engine, 'Vladimir Putin');
    const clash = errorOf(await engine.call('entities.rename', [putin.id, 'Dmitri Peskov']));
    expect(clash.message).toBe(
      'There is already a person called Dmitri Peskov; merge Vladimir Putin into it instead.',
    );
  });

  it('merges entities, moving mentions and quotes, and re-analysis keeps the merge', async () => {
    const engine = await seeded();
    const kremlin = await entityNamed(engine, 'Kremlin');
    const ministry = await entityNamed(engine, 'Russian Defence Ministry');
    const spoken = (await engine.invoke('articles.get', 1)).quotes.filter(
      (quote) => quote.speakerEntityId === kremlin.id,
    );
    expect(spoken.length).toBeGreaterThan(0);

    const merged = await engine.invoke('entities.merge', kremlin.id, ministry.id);
    expect(merged.aliases).toEqual(expect.arrayContaining(['Kremlin', 'Russian Defence Ministry']));
    const afterMerge = await engine.invoke('articles.get', 1);
    expect(afterMerge.entities.some((entity) => entity.id === kremlin.id)).toBe(false);
    const ministryMentions = afterMerge.entities.find((entity) => entity.id === ministry.id)!.mentions.length;
    expect(ministryMentions).toBe(kremlin.mentions + ministry.mentions);
    for (const quote of spoken)
      expect(afterMerge.quotes.find((q) => q.id === quote.id)!.speakerName).toBe('Russian Defence Ministry');

    // Undo restores the entity with its own mentions and aliases; redo merges again.
    await engine.invoke('history.undo');
    const restored = await entityNamed(engine, 'Kremlin');
    expect(restored).toEqual(kremlin);
    await engine.invoke('history.redo');

    await engine.invoke('analysis.run', { all: true });
    const reanalysed = await engine.invoke('articles.get', 1);
    expect(reanalysed.entities.filter((entity) => entity.name === 'Kremlin')).toEqual([]);
    expect(reanalysed.entities.find((entity) => entity.id === ministry.id)!.mentions.length).toBe(
      ministryMentions,
    );
    expect(
      reanalysed.quotes.filter((quote) => quote.speakerText === 'Kremlin').map((q) => q.speakerEntityId),
    ).toEqual(spoken.map(() => ministry.id));

    // Re-analysis found the same mentions again, so the merge can still be taken back.
    await engine.invoke('history.undo');
    expect(await entityNamed(engine, 'Kremlin')).toMatchObject({
      id: kremlin.id,
      mentions: kremlin.mentions,
    });
    expect((await entityNamed(engine, 'Russian Defence Ministry')).aliases).not.toContain('Kremlin');

    const putin = await entityNamed(engine, 'Vladimir Putin');
    const italy = await entityNamed(engine, 'Italy');
    expect(errorOf(await engine.call('entities.merge', [putin.id, italy.id])).message).toBe(
      'Vladimir Putin is a person and Italy a place; only entities of one type can be merged.',
    );
  });

  it('codes passages, edits memos, reviews frame evidence, with undo for each', async () => {
    const engine = await seeded();
    const coder = await engine.invoke('coders.ensure', 'Ada');
    expect(await engine.invoke('coders.ensure', 'Ada')).toEqual(coder);
    expect(await engine.invoke('coders.list')).toEqual([coder]);

    const book = (await engine.invoke('codebooks.list'))[0]!;
    const code = await engine.invoke('codes.create', {
      codebookId: book.id,
      kind: 'code',
      name: 'Gratitude',
      color: '#336699',
    });
    const coded = await engine.invoke('annotations.create', {
      articleId: 1,
      codeId: code.id,
      start: 0,
      end: 20,
      memo: ' thanks ',
      coderId: coder.id,
    });
    expect(coded).toMatchObject({
      codeName: 'Gratitude',
      memo: 'thanks',
      origin: 'manual',
      status: 'accepted',
      coderName: 'Ada',
      cue: null,
    });
    const memo = await engine.invoke('annotations.update', coded.id, { memo: 'thanks to Moscow' });
    expect(memo.memo).toBe('thanks to Moscow');
    expect((await engine.invoke('history.undo')).done).toBe('Edit a memo');
    expect((await engine.invoke('articles.get', 1)).annotations.find((a) => a.id === coded.id)!.memo).toBe(
      'thanks',
    );

    // Rejecting every evidence sentence of a suggested frame takes the frame off the article; it stays
    // off after re-analysis, and undo brings it back.
    const list = async () => (await engine.invoke('articles.list')).rows[0]!.frames.map((f) => f.name);
    const article = await engine.invoke('articles.get', 1);
    const frame = article.frames.find((f) => f.hits <= 3 && !f.primary)!;
    const evidence = article.annotations.filter((a) => a.codeId === frame.codeId);
    expect(evidence.length).toBe(frame.hits);
    expect(await list()).toContain(frame.name);
    for (const item of evidence) await engine.invoke('annotations.update', item.id, { status: 'rejected' });
    expect(await list()).not.toContain(frame.name);
    await engine.invoke('analysis.run', { all: true });
    expect(await list()).not.toContain(frame.name);
    await engine.invoke('history.undo');
    expect(await list()).toContain(frame.name);

    expect(await engine.invoke('annotations.delete', coded.id)).toEqual({ deleted: coded.id });
    await engine.invoke('history.undo');
    expect((await engine.invoke('articles.get', 1)).annotations.find((a) => a.id === coded.id)).toEqual(
      coded,
    );
    expect(
      errorOf(await engine.call('annotations.create', [{ articleId: 1, codeId: 9999, start: 0, end: 5 }]))
        .message,
    ).toBe('There is no code 9999 in this project; it may have been deleted.');
  });

  it('refuses to undo an edit whose rows were changed since, and goes on with the one before', async () => {
    const engine = await seeded();
    const putin = await entityNamed(engine, 'Vladimir Putin');
    const conte = await entityNamed(engine, 'Giuseppe Conte');
    await engine.invoke('entities.rename', conte.id, 'G. Conte');
    await engine.invoke('entities.rename', putin.id, 'V. Putin');
    // Another program (or a future re-analysis) changes the renamed entity outside the history.
    engine.db.prepare("UPDATE entities SET name = 'President Putin' WHERE id = ?").run(putin.id);

    const stale = errorOf(await engine.call('history.undo', []));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toBe(
      'Undo of “Rename “Vladimir Putin” to “V. Putin”” is not possible any more: an entity it changed has been changed since ' +
        '(by re-analysis or another edit). It was taken off the history, so the next undo goes on from the edit before it.',
    );
    expect((await engine.invoke('history.undo')).done).toBe('Rename “Giuseppe Conte” to “G. Conte”');
    expect((await entityNamed(engine, 'Giuseppe Conte')).id).toBe(conte.id);
    expect((await entityNamed(engine, 'President Putin')).id).toBe(putin.id);
  });

  it('keeps the history in the project file, so undo works after reopening', async () => {
    const engine = await seeded();
    const putin = await entityNamed(engine, 'Vladimir Putin');
    await engine.invoke('entities.rename', putin.id, 'V. Putin');
    const { path } = await engine.invoke('project.info');
    await engine.invoke('project.create', `${path}.other.sqlite`);
    await engine.invoke('project.open', path);
    expect(await engine.invoke('history.undo')).toMatchObject({
      done: 'Rename “Vladimir Putin” to “V. Putin”',
      canUndo: false,
    });
    expect((await entityNamed(engine, 'Vladimir Putin')).aliases).not.toContain('V. Putin');
  });
});
