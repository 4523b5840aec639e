import { describe, expect, it } from 'vitest';
import type { Engine } from '../../core/engine/engine.ts';
import { useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';

// The Disagreements view's engine (issue 11): where coders differ, with memos, and the adjudicated
// layer that settles a place and counts over coders' decisions.

const BRIDGE = [
  'The council closed the old bridge on Friday after engineers found cracks in two piers.',
  'Shop owners on the east bank said the closure would ruin the spring trade.',
  'The mayor thanked the engineers for acting quickly.',
].join(' ');

async function project(engines: ReturnType<typeof useEngines>) {
  const engine = engines.engine();
  await engine.invoke('import.paths', [engines.temp.file('bridge.txt', BRIDGE)]);
  const articleId = (await engine.invoke('articles.list', {})).rows[0]!.id;
  const book = (await engine.invoke('codebooks.list')).find((one) => one.key === 'policy-frames')!;
  const blame = await engine.invoke('codes.create', {
    codebookId: book.id,
    kind: 'code',
    name: 'Economic harm',
    color: '#aa3377',
  });
  const frame = book.codes.find((code) => code.kind === 'frame')!;
  const coder = async (name: string) => (await engine.invoke('coders.ensure', name)).id;
  const code = (codeId: number, coderId: number, from: string, memo?: string) => {
    const start = BRIDGE.indexOf(from);
    const end = BRIDGE.indexOf('.', start) + 1;
    return engine.invoke('annotations.create', {
      articleId,
      codeId,
      coderId,
      start,
      end,
      ...(memo ? { memo } : {}),
    });
  };
  return { engine, articleId, codebookId: book.id, harm: blame.id, frame, coder, code };
}

describe('disagreements between coders', () => {
  const engines = useEngines();

  it('lists the sentences where coders differ on a code, side by side with their memos', async () => {
    const { engine, codebookId, harm, coder, code } = await project(engines);
    const anna = await coder('Anna');
    const ben = await coder('Ben');
    await code(harm, anna, 'Shop owners', 'Traders fear for their income.');
    await code(harm, ben, 'Shop owners');
    await code(harm, anna, 'The council closed', 'The closure itself costs the town.');
    await code(harm, ben, 'The mayor'); // Ben alone, in another sentence

    const result = await engine.invoke('disagreements.list', { codebookId });
    expect(result.unit).toBe('sentence');
    expect(result.coders.map((c) => c.name)).toEqual(['Anna', 'Ben']);
    expect(result.units.map((unit) => unit.text)).toEqual([
      'The council closed the old bridge on Friday after engineers found cracks in two piers.',
      'The mayor thanked the engineers for acting quickly.',
    ]);
    const first = result.units[0]!;
    expect(first.codeName).toBe('Economic harm');
    expect(first.sides).toEqual([
      { coderId: anna, name: 'Anna', present: true, memos: ['The closure itself costs the town.'] },
      { coderId: ben, name: 'Ben', present: false, memos: [] },
    ]);
    expect(first.adjudicated).toBeNull();

    // In whole articles both applied the code: nothing to settle.
    expect((await engine.invoke('disagreements.list', { codebookId, unit: 'article' })).total).toBe(0);

    const cli = await framescope('disagreements', '--codebook', 'policy-frames', '--db', engine.path);
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/2 sentences and codes differ; 0 settled/);
    expect(cli.out).toMatch(/Anna: applied\n {4}memo: The closure itself costs the town\./);
    expect(cli.out).toMatch(/Ben: not applied/);
    const json = JSON.parse(
      (await framescope('disagreements', '--codebook', String(codebookId), '--json', '--db', engine.path))
        .out,
    ) as { units: unknown[] };
    expect(json.units).toHaveLength(2);
  });

  it('records an adjudicator’s decision as its own layer, apart from coders’ agreement, and Compare counts it', async () => {
    const { engine, articleId, codebookId, frame, coder, code } = await project(engines);
    const anna = await coder('Anna');
    const ben = await coder('Ben');
    const carla = await coder('Carla');
    await code(frame.id, anna, 'Shop owners');
    await code(frame.id, ben, 'The mayor');
    const before = await engine.invoke('agreement.compute', {
      codebookId,
      coders: ['Anna', 'Ben'],
      resamples: 0,
    });
    const place = (await engine.invoke('disagreements.list', { codebookId })).units.find((unit) =>
      unit.text.startsWith('Shop owners'),
    )!;

    const decide = (coderId: number) =>
      engine.call('disagreements.adjudicate', [
        {
          articleId,
          codeId: frame.id,
          start: place.start,
          end: place.end,
          present: true,
          coderId,
          memo: 'Trade losses.',
        },
      ]);
    const refused = await decide(carla);
    expect(!refused.ok && refused.error.message).toMatch(
      /Carla is not an adjudicator.*coders role "Carla" adjudicator/,
    );
    await engine.invoke('coders.setRole', 'Carla', 'adjudicator');
    expect((await decide(carla)).ok).toBe(true);

    const after = await engine.invoke('disagreements.list', { codebookId });
    expect(after.coders.map((c) => c.name)).toEqual(['Anna', 'Ben']); // the adjudicator is not a side
    expect(after.settled).toBe(1);
    const settled = after.units.find((unit) => unit.text.startsWith('Shop owners'))!;
    expect(settled.adjudicated).toMatchObject({ present: true, coderName: 'Carla', memo: 'Trade losses.' });
    expect((await engine.invoke('disagreements.list', { codebookId, open: true })).units).toHaveLength(1);
    // Coders' agreement is what the coders did, whatever the adjudicator decided.
    const again = await engine.invoke('agreement.compute', {
      codebookId,
      coders: ['Anna', 'Ben'],
      resamples: 0,
    });
    expect(again.comparisons[0]!.report.pooled).toEqual(before.comparisons[0]!.report.pooled);
    // The frame is present in the article by the adjudicated decision, which counts over the others.
    const counted = effective(engine, articleId, frame.id);
    expect(counted).toMatchObject({ origin: 'adjudicated', present: 1, coder_id: carla });
    // Deciding again replaces the decision; undo brings the first back.
    await engine.invoke('disagreements.adjudicate', {
      articleId,
      codeId: frame.id,
      start: place.start,
      end: place.end,
      present: false,
      coderId: carla,
    });
    const replaced = (await engine.invoke('disagreements.list', { codebookId })).units.find((unit) =>
      unit.text.startsWith('Shop owners'),
    )!;
    expect(replaced.adjudicated).toMatchObject({ present: false });
    await engine.invoke('history.undo');
    const undone = (await engine.invoke('disagreements.list', { codebookId })).units.find((unit) =>
      unit.text.startsWith('Shop owners'),
    )!;
    expect(undone.adjudicated).toMatchObject({ present: true, memo: 'Trade losses.' });
    // The reader shows coders' codings, not the adjudicated layer.
    const detail = await engine.invoke('articles.get', articleId);
    expect(detail.annotations.filter((a) => a.coderName === 'Carla')).toEqual([]);
  });
});

function effective(engine: Engine, articleId: number, codeId: number) {
  return engine.db
    .prepare(
      'SELECT origin, present, coder_id FROM effective_frame_decisions WHERE article_id = ? AND code_id = ?',
    )
    .get(articleId, codeId);
}
