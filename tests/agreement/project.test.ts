import { describe, expect, it } from 'vitest';
import type { Engine } from '../../core/engine/engine.ts';
import { agreementFigures } from '../../core/agreement/statistics.ts';
import { useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';

// Two short articles of our own, in paragraphs, coded by three coders with a code of their own.
const HARBOUR = [
  'Harbour officials blamed the storm for the closure of the port on Monday.',
  'Ferry crews said the warnings came too late for the evening crossing.',
  'The mayor praised the volunteers who cleared the quay overnight.',
].join('\n\n');
const MARKET = [
  'Stallholders returned to the covered market on Tuesday after the flood.',
  'Several traders blamed the council for the blocked drains behind the hall.',
].join('\n\n');

async function project(engines: ReturnType<typeof useEngines>) {
  const engine = engines.engine();
  const files = [engines.temp.file('harbour.txt', HARBOUR), engines.temp.file('market.txt', MARKET)];
  await engine.invoke('import.paths', files);
  const list = await engine.invoke('articles.list', {});
  // Notes with no title line are titled by their file names.
  const idOf = (start: string) => list.rows.find((row) => row.title?.startsWith(start))!.id;
  const codebookId = (await engine.invoke('codebooks.list')).find((book) => book.key === 'policy-frames')!.id;
  const blame = await engine.invoke('codes.create', {
    codebookId,
    kind: 'code',
    name: 'Blame',
    color: '#aa3377',
  });
  const praise = await engine.invoke('codes.create', {
    codebookId,
    kind: 'code',
    name: 'Praise',
    color: '#228833',
  });
  const coder = async (name: string) => (await engine.invoke('coders.ensure', name)).id;
  return { engine, harbour: idOf('harbour'), market: idOf('market'), codebookId, blame, praise, coder };
}

/** Codes the paragraph(s) of `text` holding `from` … `to` (to defaults to the end of `from`'s sentence). */
async function code(
  engine: Engine,
  articleId: number,
  codeId: number,
  coderId: number,
  text: string,
  from: string,
  to = from,
) {
  const start = text.indexOf(from);
  const end = text.indexOf(to) + to.length;
  await engine.invoke('annotations.create', { articleId, codeId, coderId, start, end });
}

describe('agreement between coders on a real project', () => {
  const engines = useEngines();

  it('counts a code in every unit its passage overlaps, and an article a coder never looked at as missing', async () => {
    const { engine, harbour, market, codebookId, blame, praise, coder } = await project(engines);
    const [anna, ben, carla] = [await coder('Anna'), await coder('Ben'), await coder('Carla')];
    await code(engine, harbour, blame.id, anna, HARBOUR, 'blamed the storm');
    await code(engine, harbour, blame.id, anna, HARBOUR, 'The mayor praised');
    await code(engine, market, blame.id, anna, MARKET, 'blamed the council');
    await code(engine, harbour, blame.id, ben, HARBOUR, 'Harbour officials');
    // One passage running from the second paragraph into the third counts in both.
    await code(engine, harbour, blame.id, ben, HARBOUR, 'too late', 'The mayor');
    await code(engine, market, praise.id, ben, MARKET, 'Stallholders returned'); // Ben looked at the market story
    await code(engine, harbour, blame.id, carla, HARBOUR, 'blamed the storm'); // Carla never opened it

    const result = await engine.invoke('agreement.compute', {
      codebookId,
      unit: 'paragraph',
      resamples: 200,
    });
    expect(result.coders.map((c) => c.name)).toEqual(['Anna', 'Ben', 'Carla']);
    const blameRow = result.comparisons[0]!.report.rows.find((row) => row.label === 'Blame')!;
    // Paragraph units, coders Anna, Ben, Carla; null where Carla never looked at the market story.
    const expected = agreementFigures(
      [
        [1, 1, 1],
        [0, 1, 0],
        [1, 1, 0],
        [0, 0, null],
        [1, 0, null],
      ],
      { resamples: 200 },
    );
    expect(blameRow.alpha).toBeCloseTo(expected.alpha!, 12);
    expect(blameRow.percent).toBeCloseTo(expected.percent!, 12);
    expect(blameRow.alphaInterval).toEqual(expected.alphaInterval);
    expect(blameRow.units).toBe(5);
    expect(blameRow.coders).toBe(3);
    expect(blameRow.kappa).toBeNull();

    // In whole articles, two coders: both find blame in the harbour story; only Anna in the market one.
    const pair = await engine.invoke('agreement.compute', {
      codebookId,
      unit: 'article',
      coders: ['anna', 'Ben'],
      resamples: 0,
    });
    const inArticles = pair.comparisons[0]!.report.rows.find((row) => row.label === 'Blame')!;
    expect(inArticles.units).toBe(2);
    expect(inArticles.percent).toBe(0.5);
    const praiseRow = pair.comparisons[0]!.report.rows.find((row) => row.label === 'Praise')!;
    expect(praiseRow.percent).toBe(0.5);
    expect(praiseRow.kappa).not.toBeNull();

    // Per outlet: every article here has the outlet none named, so one row, equal to the pooled figures.
    const byOutlet = await engine.invoke('agreement.compute', { codebookId, by: 'outlet', resamples: 0 });
    expect(byOutlet.comparisons[0]!.report.rows).toHaveLength(1);
    expect(byOutlet.comparisons[0]!.report.rows[0]!.alpha).toBe(byOutlet.comparisons[0]!.report.pooled.alpha);
  });

  it('says in a sentence when there are not two coders to compare, and counts codings without a coder', async () => {
    const { engine, harbour, codebookId, blame, coder } = await project(engines);
    await code(engine, harbour, blame.id, await coder('Anna'), HARBOUR, 'blamed the storm');
    await engine.invoke('annotations.create', { articleId: harbour, codeId: blame.id, start: 0, end: 7 });
    const envelope = await engine.call('agreement.compute', [{ codebookId }]);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(!envelope.ok && envelope.error.message).toMatch(/two coders or more; only Anna has coded/);
    const unknown = await engine.call('agreement.compute', [{ codebookId, coders: ['Anna', 'Zoe'] }]);
    expect(!unknown.ok && unknown.error.message).toMatch(/no coder “Zoe”.*coders: Anna/);
    await coder('Ben');
    const result = await engine.invoke('agreement.compute', {
      codebookId,
      coders: ['Anna', 'Ben'],
      resamples: 0,
    });
    expect(result.unattributed).toBe(1);
    expect(result.comparisons[0]!.report.pooled.units).toBe(0); // Ben has looked at nothing yet
  });
});

describe('the machine against a coder', () => {
  const engines = useEngines();

  it('compares frame evidence per frame and the speakers of the quotes both have', async () => {
    const engine = await engines.seeded();
    const codebookId = (await engine.invoke('codebooks.list')).find(
      (book) => book.key === 'russia-italy-aid',
    )!.id;
    const anna = (await engine.invoke('coders.ensure', 'Anna')).id;
    const article = await engine.invoke('articles.get', 1);
    const frames = article.annotations.filter((a) => a.origin === 'auto');
    const aid = frames.filter((a) => a.codeName === 'Humanitarian aid and goodwill');
    const linkage = frames.filter((a) => a.codeName === 'Political linkage and sanctions');
    expect(linkage.length).toBeGreaterThan(0);
    for (const hit of aid)
      await engine.invoke('annotations.update', hit.id, { status: 'accepted', coderId: anna });
    for (const hit of linkage)
      await engine.invoke('annotations.update', hit.id, { status: 'rejected', coderId: anna });
    const quotes = article.quotes.filter((q) => q.kind === 'direct' && q.speakerName);
    const [kept, changed] = [
      quotes[0]!,
      quotes.find((q) => q.speakerEntityId !== quotes[0]!.speakerEntityId)!,
    ];
    await engine.invoke('quotes.update', kept.id, { status: 'accepted', coderId: anna });
    await engine.invoke('quotes.update', changed.id, {
      speakerEntityId: kept.speakerEntityId!,
      coderId: anna,
    });

    const result = await engine.invoke('agreement.compute', { codebookId, machine: true, resamples: 100 });
    expect(result.machine).toBe(true);
    const [comparison] = result.comparisons;
    expect(comparison!.coders).toEqual(['Framescope’s suggestions', 'Anna']);
    const rows = new Map(comparison!.report.rows.map((row) => [row.label, row]));
    expect(rows.get('Humanitarian aid and goodwill')!.percent).toBe(1);
    // Suggested (as denied), and Anna rejected every one.
    expect(rows.get('Political linkage and sanctions')!.percent).toBe(0);
    expect(rows.get('Political linkage and sanctions')!.kappa).not.toBeNull();
    const speakers = comparison!.speakers!;
    expect(speakers.quotes).toBe(2);
    expect(speakers.overall.percent).toBe(0.5);
    const keptRow = speakers.perSpeaker.find((row) => row.label === kept.speakerName)!;
    expect(keptRow).toMatchObject({ byMachine: 1, byPerson: 2 });
  });
});

describe('framescope agreement', () => {
  const engines = useEngines();

  it('prints a table per code with intervals and the engine method, or JSON', async () => {
    const { engine, harbour, market, blame, coder, codebookId } = await project(engines);
    const [anna, ben] = [await coder('Anna'), await coder('Ben')];
    await code(engine, harbour, blame.id, anna, HARBOUR, 'blamed the storm');
    await code(engine, market, blame.id, anna, MARKET, 'blamed the council');
    await code(engine, harbour, blame.id, ben, HARBOUR, 'blamed the storm');
    await code(engine, market, blame.id, ben, MARKET, 'Stallholders returned');
    const path = engine.path;
    await engine.close();

    const text = await framescope(
      'agreement',
      '--codebook',
      'policy-frames',
      '--unit',
      'sentence',
      '--db',
      path,
    );
    expect(text.err).toBe('');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/in sentences, by code/);
    expect(text.out).toMatch(/Anna and Ben: hand codes and frame evidence/);
    expect(text.out).toMatch(/^Blame\s+0\.\d{3}\s+\S+–\S+\s+0\.\d{3}/m);
    expect(text.out).toMatch(/^all codes \(pooled\)/m);
    expect(text.out).toMatch(/Engine method: agreement\.compute/);

    const json = await framescope(
      'agreement',
      '--codebook',
      String(codebookId),
      '--seed',
      '5',
      '--json',
      '--db',
      path,
    );
    const parsed = JSON.parse(json.out) as { method: string; seed: number; comparisons: unknown[] };
    expect(parsed).toMatchObject({ method: 'agreement.compute', seed: 5 });
    const again = await framescope(
      'agreement',
      '--codebook',
      String(codebookId),
      '--seed',
      '5',
      '--json',
      '--db',
      path,
    );
    expect(again.out).toBe(json.out);

    const missing = await framescope('agreement', '--codebook', 'nope', '--db', path);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no codebook “nope”.*Policy Frames/);
    const bad = await framescope('agreement', '--codebook', String(codebookId), '--seed', 'x', '--db', path);
    expect(bad.code).toBe(2);
  });
});
