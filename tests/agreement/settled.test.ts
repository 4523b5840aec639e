import { describe, expect, it } from 'vitest';
import type { CodingSet } from '../../core/agreement/codings.ts';
import { presenceData } from '../../core/agreement/codings.ts';
import { ADJUDICATED, settledLayer } from '../../core/agreement/settled.ts';
import { useEngines } from '../engine/support.ts';

// The adjudicated layer as a side of a comparison: the adjudicator's decision where there is one,
// the coders' shared reading elsewhere, and no answer where they differ and nobody settled it.

const TEXT = [
  'The ferry service stopped on Monday after the operator lost its licence.',
  'Islanders said the council had ignored warnings for a year.',
  'The council said the operator alone was to blame.',
  'A charter boat now carries the post twice a week.',
].join(' ');
const sentence = (from: string) => {
  const start = TEXT.indexOf(from);
  return { start, end: TEXT.indexOf('.', start) + 1 };
};

const coders = (codings: [string, string][]): CodingSet => ({
  source: 'hand codes',
  articleLevel: false,
  articles: [{ id: 1, text: TEXT, group: null }],
  coders: ['ann', 'bob'],
  codes: ['blame'],
  codings: codings.map(([coder, from]) => ({ articleId: 1, coder, code: 'blame', span: sentence(from) })),
  lookedAt: new Map([
    ['ann', new Set([1])],
    ['bob', new Set([1])],
  ]),
});

describe('the settled layer', () => {
  it('takes the adjudicator where they decided, the coders where they agree, and nothing where they differ', () => {
    const set = coders([
      ['ann', 'Islanders said'],
      ['bob', 'Islanders said'],
      ['ann', 'The council said'],
      ['ann', 'A charter boat'],
    ]);
    const layer = settledLayer(
      set,
      [{ articleId: 1, code: 'blame', span: sentence('A charter boat'), applies: false }],
      'sentence',
    );
    expect(layer.codings.map((coding) => TEXT.slice(coding.span!.start, coding.span!.end).trim())).toEqual([
      'Islanders said the council had ignored warnings for a year.',
    ]);
    expect(layer.unsettled.map((coding) => TEXT.slice(coding.span!.start, coding.span!.end).trim())).toEqual([
      'The council said the operator alone was to blame.',
    ]);

    // Held against a machine that marked the second and third sentences: the unsettled one is
    // missing for the layer, so it counts for neither side.
    const rows = presenceData(
      {
        ...set,
        coders: ['machine', ADJUDICATED],
        codings: [
          ...['Islanders said', 'The council said'].map((from) => ({
            articleId: 1,
            coder: 'machine',
            code: 'blame',
            span: sentence(from),
          })),
          ...layer.codings,
        ],
        unsettled: layer.unsettled,
        lookedAt: new Map([
          ['machine', new Set([1])],
          [ADJUDICATED, layer.lookedAt],
        ]),
      },
      'sentence',
    ).perCode.get('blame')!;
    expect(rows).toEqual([
      [0, 0],
      [1, 1],
      [1, null],
      [0, 0],
    ]);
  });
});

describe('the machine against the adjudicated layer', () => {
  const engines = useEngines();

  it('is compared once anything is adjudicated, per frame, beside each coder', async () => {
    const engine = await engines.seeded();
    const codebookId = (await engine.invoke('codebooks.list')).find(
      (book) => book.key === 'russia-italy-aid',
    )!.id;
    const article = await engine.invoke('articles.get', 1);
    const aid = article.annotations.filter(
      (a) => a.origin === 'auto' && a.codeName === 'Humanitarian aid and goodwill',
    );
    expect(aid.length).toBeGreaterThan(1);
    const [anna, ben, carla] = [
      (await engine.invoke('coders.ensure', 'Anna')).id,
      (await engine.invoke('coders.ensure', 'Ben')).id,
      (await engine.invoke('coders.ensure', 'Carla')).id,
    ];
    await engine.invoke('coders.setRole', 'Carla', 'adjudicator');
    // Both coders code the first suggested passage by hand; only Anna codes the second, and Carla
    // settles it against the suggestion.
    const code = (coderId: number, hit: (typeof aid)[number]) =>
      engine.invoke('annotations.create', {
        articleId: 1,
        codeId: hit.codeId,
        coderId,
        start: hit.start,
        end: hit.end,
      });
    await code(anna, aid[0]!);
    await code(ben, aid[0]!);
    await code(anna, aid[1]!);

    const before = await engine.invoke('agreement.compute', {
      codebookId,
      machine: true,
      unit: 'sentence',
      resamples: 0,
    });
    expect(before.comparisons.map((c) => c.title)).not.toContain(
      'Framescope’s suggestions and the adjudicated layer',
    );

    const place = (await engine.invoke('disagreements.list', { codebookId, unit: 'sentence' })).units.find(
      (unit) => unit.start <= aid[1]!.start && aid[1]!.start < unit.end,
    )!;
    const settle = await engine.call('disagreements.adjudicate', [
      {
        articleId: 1,
        codeId: aid[1]!.codeId,
        start: place.start,
        end: place.end,
        present: false,
        coderId: carla,
      },
    ]);
    expect(settle.ok).toBe(true);

    const after = await engine.invoke('agreement.compute', {
      codebookId,
      machine: true,
      unit: 'sentence',
      resamples: 0,
    });
    const settled = after.comparisons.find(
      (c) => c.title === 'Framescope’s suggestions and the adjudicated layer',
    )!;
    expect(settled.coders).toEqual(['Framescope’s suggestions', 'the adjudicated layer']);
    const row = settled.report.rows.find((r) => r.label === 'Humanitarian aid and goodwill')!;
    // The first suggestion agrees with the settled reading, the second does not: the adjudicator
    // turned it down, whatever Anna said.
    expect(row.percent).toBeLessThan(1);
    const anna1 = after.comparisons.find((c) => c.title === 'Framescope’s suggestions and Anna')!;
    expect(
      anna1.report.rows.find((r) => r.label === 'Humanitarian aid and goodwill')!.percent,
    ).toBeGreaterThan(row.percent!);
  });
});
