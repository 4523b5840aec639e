// A coder's frame decisions through the engine (issue 9): recorded with the coder and the time,
// counted over the machine's suggestion, undoable, and kept through re-analysis.
import { describe, expect, it } from 'vitest';
import { errorOf, useEngines } from './support.ts';

describe('frame decisions through the engine', () => {
  const { seeded } = useEngines();

  it('records a coder’s present, absent and primary decisions with the time, and undoes them', async () => {
    const engine = await seeded();
    const ada = await engine.invoke('coders.ensure', 'Ada');
    const before = (await engine.invoke('articles.get', 1)).decisions;
    const linkage = before.find((d) => d.key === 'political-linkage')!;
    const aid = before.find((d) => d.key === 'humanitarian-aid')!;
    expect(linkage).toMatchObject({ present: true, denied: true, origin: 'auto', suggested: null });
    expect(aid.primary).toBe(true);

    // Absent: the frame leaves the library's dots, the machine's view kept beside it.
    const absent = await engine.invoke('frames.decide', 1, linkage.codeId, {
      present: false,
      coderId: ada.id,
    });
    expect(absent.find((d) => d.codeId === linkage.codeId)).toMatchObject({
      present: false,
      origin: 'manual',
      coderName: 'Ada',
      suggested: { present: true, denied: true, primary: false },
    });
    expect(Date.parse(absent.find((d) => d.codeId === linkage.codeId)!.decidedAt)).toBeGreaterThan(0);
    const row = async () => (await engine.invoke('articles.list')).rows[0]!;
    expect((await row()).frames.map((f) => f.name)).not.toContain('Political linkage and sanctions');

    // Primary: the coder's primary frame takes the place of the analysis's in that codebook.
    const health = before.find((d) => d.key === 'health-safety')!;
    const propaganda = before.find((d) => d.key === 'propaganda-soft-power')!;
    await engine.invoke('frames.decide', 1, propaganda.codeId, { primary: true, coderId: ada.id });
    const after = (await engine.invoke('articles.get', 1)).decisions;
    expect(after.filter((d) => d.primary && d.codebookId === aid.codebookId).map((d) => d.key)).toEqual([
      'propaganda-soft-power',
    ]);
    expect(after.find((d) => d.codeId === aid.codeId)).toMatchObject({ present: true, primary: false });
    expect(after.find((d) => d.codeId === health.codeId)!.origin).toBe('auto'); // other codebook untouched
    expect(
      (await row()).frames.find((f) => f.primary && f.name === 'Propaganda and soft power'),
    ).toBeTruthy();

    // Re-analysis keeps every decision a person made.
    await engine.invoke('analysis.run', { all: true });
    const kept = (await engine.invoke('articles.get', 1)).decisions;
    expect(kept.find((d) => d.codeId === linkage.codeId)).toMatchObject({ present: false, origin: 'manual' });
    expect(kept.find((d) => d.codeId === propaganda.codeId)).toMatchObject({
      primary: true,
      origin: 'manual',
    });

    // Undo takes back the primary decision (both rows it wrote), then the absent one.
    expect((await engine.invoke('history.undo')).done).toBe(
      'Make “Propaganda and soft power” the primary frame',
    );
    expect(
      (await engine.invoke('articles.get', 1)).decisions.find(
        (d) => d.primary && d.codebookId === aid.codebookId,
      )!.key,
    ).toBe('humanitarian-aid');
    expect((await engine.invoke('history.undo')).done).toBe(
      'Mark “Political linkage and sanctions” as absent',
    );
    expect(
      (await engine.invoke('articles.get', 1)).decisions.find((d) => d.codeId === linkage.codeId),
    ).toMatchObject({
      present: true,
      denied: true,
      origin: 'auto',
    });
    expect((await engine.invoke('history.redo')).done).toBe(
      'Mark “Political linkage and sanctions” as absent',
    );
  });

  it('marks a frame denied, and goes back to the suggestion', async () => {
    const engine = await seeded();
    const aid = (await engine.invoke('articles.get', 1)).decisions.find((d) => d.key === 'humanitarian-aid')!;
    const denied = await engine.invoke('frames.decide', 1, aid.codeId, { denied: true });
    // A denied frame is present but never the primary one.
    expect(denied.find((d) => d.codeId === aid.codeId)).toMatchObject({
      present: true,
      denied: true,
      primary: false,
    });
    const facets = await engine.invoke('articles.facets');
    expect(facets.codes.find((c) => c.id === aid.codeId)).toMatchObject({ articles: 0, denied: 1 });
    const back = await engine.invoke('frames.undecide', 1, aid.codeId, {});
    expect(back.find((d) => d.codeId === aid.codeId)).toMatchObject({
      denied: false,
      primary: true,
      origin: 'auto',
    });
  });

  it('refuses a hand code, an unknown article and an unknown coder with sentences', async () => {
    const engine = await seeded();
    const book = (await engine.invoke('codebooks.list'))[0]!;
    const code = await engine.invoke('codes.create', {
      codebookId: book.id,
      kind: 'code',
      name: 'Tone',
      color: '#123456',
    });
    expect(errorOf(await engine.call('frames.decide', [1, code.id, { present: true }])).message).toBe(
      '“Tone” is a code, not a frame.',
    );
    const frame = book.codes.find((c) => c.kind === 'frame')!;
    expect(errorOf(await engine.call('frames.decide', [99, frame.id, { present: true }])).message).toBe(
      'There is no article 99 in this project; it may have been deleted.',
    );
    expect(
      errorOf(await engine.call('frames.decide', [1, frame.id, { present: true, coderId: 42 }])).code,
    ).toBe('not-found');
  });
});
