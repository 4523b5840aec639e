import { describe, expect, it } from 'vitest';
import { errorOf, useEngines } from './support.ts';

describe('the codebook methods', () => {
  const { seeded } = useEngines();

  it('lists the codebooks with how often each code is used', async () => {
    const engine = await seeded();
    const books = await engine.invoke('codebooks.list');
    expect(books.map((book) => book.key)).toEqual(['policy-frames', 'russia-italy-aid']);
    // The sample's issue codebook applies to the sample story only.
    expect(books.map((book) => book.scope.kind)).toEqual(['project', 'stories']);
    const aid = books[1]!.codes.find((code) => code.name === 'Humanitarian aid and goodwill')!;
    expect(aid).toMatchObject({ kind: 'frame', color: '#009E73', accepted: 0, rejected: 0, articles: 1 });
    expect(aid.suggested).toBeGreaterThan(0);
    // Planes and a defence ministry that carry the aid are logistics, not military presence.
    const military = books[1]!.codes.find((code) => code.name === 'Military presence')!;
    expect(military).toMatchObject({ kind: 'frame', color: '#0072B2', suggested: 0, articles: 0 });
    expect(military.cues.length).toBeGreaterThan(0);
  });

  it('previews cues across the project, then detects a new frame on re-run, keeping reviewed evidence', async () => {
    const engine = await seeded();
    const preview = await engine.invoke('codes.preview', { cues: ['goodwill gesture', 'sanction*'] });
    expect(preview.articles).toBe(1);
    expect(preview.passages).toBeGreaterThanOrEqual(2);
    for (const example of preview.examples)
      expect(example.sentence.slice(example.cue.start, example.cue.end)).toBe(example.cue.text);
    expect(preview.examples.map((example) => example.cue.text.toLowerCase())).toContain('goodwill gesture');

    const bad = errorOf(await engine.call('codes.preview', [{ cues: ['a*'] }]));
    expect(bad.message).toBe(
      'The cues of “the frame” have a problem: cue 1 "a*": "*" must end a word stem of at least three letters, e.g. "sanction*".',
    );

    const book = (await engine.invoke('codebooks.list'))[1]!;
    const frame = await engine.invoke('codes.create', {
      codebookId: book.id,
      kind: 'frame',
      name: 'Goodwill',
      color: '#117733',
      cues: ['goodwill gesture'],
    });
    expect(frame.key).toBe('goodwill');
    expect(
      errorOf(await engine.call('codes.update', [frame.id, { cues: ['fine', '~(unclosed'] }])).message,
    ).toMatch(/^The cues of “Goodwill” have a problem: cue 2 "~\(unclosed"/);

    const rerun = await engine.invoke('frames.rerun');
    expect(rerun.articles).toBe(1);
    const hits = (await engine.invoke('articles.get', 1)).annotations.filter((a) => a.codeId === frame.id);
    expect(hits.length).toBeGreaterThan(0);
    await engine.invoke('annotations.update', hits[0]!.id, { status: 'accepted' });

    await engine.invoke('codes.update', frame.id, { cues: ['goodwill gesture', 'sincere gratitude'] });
    await engine.invoke('frames.rerun');
    const after = (await engine.invoke('articles.get', 1)).annotations.filter((a) => a.codeId === frame.id);
    expect(after.filter((a) => a.status === 'accepted').map((a) => a.id)).toEqual([hits[0]!.id]);
    expect(after.length).toBeGreaterThan(hits.length);
    const counts = (await engine.invoke('codebooks.list'))[1]!.codes.find((code) => code.id === frame.id)!;
    expect(counts).toMatchObject({ accepted: 1, suggested: after.length - 1 });
  });

  it('deletes a code with its annotations, and undo brings both back', async () => {
    const engine = await seeded();
    const book = (await engine.invoke('codebooks.list'))[1]!;
    const military = book.codes.find((code) => code.name === 'Military presence')!;
    expect(await engine.invoke('codes.delete', military.id)).toEqual({
      deleted: military.id,
      annotations: military.suggested,
    });
    expect(
      (await engine.invoke('articles.get', 1)).frames.some((frame) => frame.codeId === military.id),
    ).toBe(false);
    expect((await engine.invoke('history.undo')).done).toBe('Delete the frame “Military presence”');
    const restored = (await engine.invoke('codebooks.list'))[1]!.codes.find(
      (code) => code.id === military.id,
    );
    expect(restored).toEqual(military);

    const renamed = await engine.invoke('codes.update', military.id, { name: 'Military', color: '#000000' });
    expect(renamed).toMatchObject({ name: 'Military', color: '#000000', key: military.key });
    await engine.invoke('history.undo');
    expect(
      (await engine.invoke('codebooks.list'))[1]!.codes.find((code) => code.id === military.id)!.name,
    ).toBe('Military presence');
    expect(
      errorOf(
        await engine.call('codes.create', [{ codebookId: book.id, kind: 'frame', name: 'X', color: 'red' }]),
      ).message,
    ).toBe(
      'codes.create was called with arguments it does not accept: argument 1 (color): a colour is written like "#117733".',
    );
  });
});
