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

  it('stops a cue preview that a newer one replaces, and answers the newer one in full', async () => {
    const engine = await seeded();
    const finished: { message: string }[] = [];
    engine.subscribe((event) => {
      if (event.type === 'finished' && event.task === 'preview') finished.push(event);
    });
    // Typing on: the preview of "goodwill" is asked for, then replaced before it has read an article.
    const first = engine.invoke('codes.preview', { cues: ['goodwill'] });
    const second = engine.invoke('codes.preview', { cues: ['goodwill gesture', 'sanction*'] });
    const [replaced, latest] = await Promise.all([first, second]);
    expect(replaced).toEqual({ passages: 0, articles: 0, examples: [], stopped: true });
    expect(latest.stopped).toBeUndefined();
    expect(latest.articles).toBe(1);
    expect(latest).toEqual(await engine.invoke('codes.preview', { cues: ['goodwill gesture', 'sanction*'] }));
    expect(finished.map((event) => event.message)[0]).toBe('The preview stopped.');
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

  it('makes a codebook of the scholar’s own, with its scope, whose codes code passages; undo takes it back', async () => {
    const engine = await seeded();
    const stories = await engine.invoke('stories.list');
    const own = await engine.invoke('codebooks.create', {
      name: ' Dock labour ',
      description: 'How the strike coverage treats the workers',
      scope: { kind: 'stories', stories: [stories[0]!.id] },
    });
    expect(own).toMatchObject({ name: 'Dock labour', key: 'dock-labour' });
    const listed = (await engine.invoke('codebooks.list')).find((book) => book.id === own.id)!;
    expect(listed).toMatchObject({
      name: 'Dock labour',
      description: 'How the strike coverage treats the workers',
      scope: { kind: 'stories', stories: [stories[0]!.id] },
      codes: [],
    });
    // A name taken, in any case, is refused; a shipped codebook's key is never given to one's own.
    expect(errorOf(await engine.call('codebooks.create', [{ name: 'policy frames CODEBOOK' }])).message).toBe(
      'There is a codebook “policy frames CODEBOOK” already; give the new one another name.',
    );
    const shippedKey = await engine.invoke('codebooks.create', { name: 'Policy frames' });
    expect(shippedKey.key).toBe('policy-frames-2');
    await engine.invoke('history.undo');

    const code = await engine.invoke('codes.create', {
      codebookId: own.id,
      kind: 'code',
      name: 'Solidarity',
      color: '#117733',
    });
    expect(code.codebookId).toBe(own.id);
    // A codebook of hand codes only has no frames to detect: a re-run passes it by.
    expect((await engine.invoke('frames.rerun')).articles).toBeGreaterThan(0);
    await engine.invoke('annotations.create', { articleId: 1, codeId: code.id, start: 0, end: 20 });
    const coded = (await engine.invoke('articles.get', 1)).annotations.find((a) => a.codeId === code.id);
    expect(coded).toMatchObject({ start: 0, end: 20, origin: 'manual' });

    for (let undone = 0; undone < 2; undone++) await engine.invoke('history.undo');
    expect((await engine.invoke('codebooks.list')).map((book) => book.key)).toEqual([
      'policy-frames',
      'russia-italy-aid',
      'dock-labour',
    ]);
    expect((await engine.invoke('history.undo')).done).toBe('Add the codebook “Dock labour”');
    expect((await engine.invoke('codebooks.list')).map((book) => book.key)).toEqual([
      'policy-frames',
      'russia-italy-aid',
    ]);
  });
});
