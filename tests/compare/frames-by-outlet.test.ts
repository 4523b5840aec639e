import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../../core/contract.ts';
import { framescope } from '../support/cli.ts';
import type { Engine } from '../../core/engine/engine.ts';
import { useEngines } from '../engine/support.ts';
import { OUTLET_ARTICLES, OUTLET_NAMES, outletArticlesJsonl } from './outlets-fixture.ts';

// The heatmap's figures on a story with several articles per outlet, with the frame decisions set
// by a coder so the expected counts are known: Harbour Ledger frames every article as Economic,
// Union Voice none, Coast Courier one of four, and Pier Post has too few articles to compare (one of
// its two reprints Coast Courier's agency copy).

describe('frames by outlet, with intervals and a test of whether outlets differ', () => {
  const { temp, engine } = useEngines();

  async function story(): Promise<{
    e: Engine;
    idOf: (title: string) => number;
    code: (key: string) => number;
  }> {
    const e = engine();
    await e.invoke('import.paths', [temp.file('strike.jsonl', outletArticlesJsonl())]);
    const rows = (await e.invoke('articles.list', {})).rows;
    const ids = new Map(rows.map((row) => [row.title ?? '', row.id] as const));
    const codebooks = await e.invoke('codebooks.list');
    const codes = new Map(codebooks.flatMap((book) => book.codes.map((c) => [c.key, c.id] as const)));
    return { e, idOf: (title) => ids.get(title)!, code: (key) => codes.get(key)! };
  }

  it('gives each cell its count, share and Wilson interval, and says in words that outlets differ', async () => {
    const { e, idOf, code } = await story();
    const economic = code('economic');
    for (const article of OUTLET_ARTICLES) {
      const present =
        article.outlet === 'Harbour Ledger' || article.title === 'Harbour businesses brace for a long strike';
      await e.invoke('frames.decide', idOf(article.title), economic, {
        present,
        ...(present ? { primary: true } : {}),
      });
    }
    const result = await e.invoke('compare.outlets', {
      articleIds: OUTLET_ARTICLES.map((a) => idOf(a.title)),
    });
    const { matrix, primary } = result.frames;
    const column = matrix.frames.findIndex((frame) => frame.codeId === economic);
    const row = (outlet: string) => matrix.outlets.indexOf(outlet);
    expect(matrix.counted[row('Harbour Ledger')]).toBe(4);
    expect(matrix.asserted[row('Harbour Ledger')]![column]).toBe(4);
    expect(matrix.articleShare[row('Harbour Ledger')]![column]).toBe(1);
    // Wilson for 4 of 4: 0.510 to 1.
    expect(matrix.interval[row('Harbour Ledger')]![column]![0]).toBeCloseTo(0.5101, 3);
    expect(matrix.asserted[row('Union Voice')]![column]).toBe(0);
    expect(matrix.interval[row('Union Voice')]![column]![1]).toBeCloseTo(0.4899, 3);
    expect(matrix.counted[row('Coast Courier')]).toBe(4);
    expect(matrix.asserted[row('Coast Courier')]![column]).toBe(1);
    expect(matrix.tooFew).toEqual(['Pier Post']);

    const test = matrix.tests.find((t) => t.codeId === economic)!;
    expect(test.outlets).toBe(3);
    expect(test.test!.method).toBe('monte-carlo');
    expect(test.differ).toBe(true);
    expect(test.sentence).toMatch(
      /^Outlets differ in how often they use Economic \(exact test by simulation, p = 0\.0\d\d\)\.$/,
    );

    // Economic is the primary frame of every Harbour Ledger article and of none of Union Voice's.
    const primaryColumn = primary.frames.findIndex((frame) => frame.codeId === economic);
    expect(primary.counts[primary.outlets.indexOf('Harbour Ledger')]![primaryColumn]).toBe(4);
    expect(primary.counts[primary.outlets.indexOf('Union Voice')]![primaryColumn]).toBe(0);
    // Each counted article is in one slice: its primary frame, or none.
    const union = primary.outlets.indexOf('Union Voice');
    expect(primary.counts[union]!.reduce((a, b) => a + b, 0) + primary.none[union]!).toBe(4);
  });

  it('counts articles with no outlet apart and never charts or tests them as an outlet', async () => {
    const { e, code } = await story();
    // Notes a scholar saved without their outlet: three, enough to be tested were they an outlet.
    const unnamed = [
      'Shipping agents at Kestrel Bay said on Friday that twelve vessels had been diverted to other ports since the walkout began.',
      '"Nobody has told us when the cranes will move again," a ferry operator said, as queues of lorries grew outside the terminal.',
      'The port authority published figures showing container traffic down by two thirds in the first week of the dispute.',
    ].map((text, index) => ({ title: `Saved note ${index + 1}`, text }));
    await e.invoke('import.paths', [
      temp.file('notes.jsonl', unnamed.map((note) => JSON.stringify(note)).join('\n')),
    ]);
    const economic = code('economic');
    const rows = (await e.invoke('articles.list', {})).rows;
    const ids = rows.map((row) => row.id);
    expect(ids).toHaveLength(OUTLET_ARTICLES.length + 3);
    for (const id of ids) await e.invoke('frames.decide', id, economic, { present: true });
    const result = await e.invoke('compare.outlets', { articleIds: ids });
    expect(result.articles).toBe(OUTLET_ARTICLES.length + 3);
    expect(result.noOutlet).toMatchObject({ outlet: '(no outlet)', articles: 3, counted: 3 });
    expect(result.outlets.map((outlet) => outlet.outlet).sort()).toEqual([...OUTLET_NAMES].sort());
    const { matrix } = result.frames;
    expect(matrix.outlets).not.toContain('(no outlet)');
    expect(result.frames.primary.outlets).not.toContain('(no outlet)');
    expect(result.speakers.matrix.outlets).not.toContain('(no outlet)');
    expect(Object.keys(result.verbs.perOutlet)).not.toContain('(no outlet)');
    expect(Object.keys(result.distinctive)).not.toContain('(no outlet)');
    // Three outlets have enough articles; the notes are not a fourth.
    expect(matrix.tests.find((t) => t.codeId === economic)!.outlets).toBe(3);
  });

  it('shows a denied frame apart and never counts it as asserted', async () => {
    const { e, idOf, code } = await story();
    const fairness = code('fairness-equality');
    const ids = OUTLET_ARTICLES.map((a) => idOf(a.title));
    for (const id of ids) await e.invoke('frames.decide', id, fairness, { present: false });
    await e.invoke('frames.decide', idOf('Dockworkers say overtime cuts are unfair'), fairness, {
      present: true,
    });
    await e.invoke('frames.decide', idOf('Exporters warn of lost contracts as strike drags on'), fairness, {
      present: true,
      denied: true,
    });
    const { matrix } = (await e.invoke('compare.outlets', { articleIds: ids })).frames;
    const column = matrix.frames.findIndex((frame) => frame.codeId === fairness);
    const ledger = matrix.outlets.indexOf('Harbour Ledger');
    expect(matrix.asserted[ledger]![column]).toBe(0);
    expect(matrix.denied[ledger]![column]).toBe(1);
    expect(matrix.asserted[matrix.outlets.indexOf('Union Voice')]![column]).toBe(1);
    const test = matrix.tests.find((t) => t.codeId === fairness)!;
    expect(test.differ).toBe(false);
    expect(test.sentence).toMatch(
      /^No evidence that outlets differ in how often they use Fairness and equality/,
    );
  });

  it('counts a frame in the outlet’s own voice or in its quoted sources, as asked', async () => {
    const { e, idOf } = await story();
    const ids = OUTLET_ARTICLES.map((a) => idOf(a.title));
    const both = await e.invoke('compare.outlets', { articleIds: ids });
    const own = await e.invoke('compare.outlets', { articleIds: ids, voice: 'own' });
    const quoted = await e.invoke('compare.outlets', { articleIds: ids, voice: 'quoted' });
    expect(own.voice).toBe('own');
    const total = (result: typeof both) => result.frames.matrix.asserted.flat().reduce((a, b) => a + b, 0);
    // Every frame an article uses is in its own words, its sources', or both.
    expect(total(own)).toBeLessThanOrEqual(total(both));
    expect(total(quoted)).toBeLessThan(total(both));
    expect(total(own) + total(quoted)).toBeGreaterThanOrEqual(total(both));
  });
});

describe('wire copy that names its agency', () => {
  const { temp, engine } = useEngines();

  it('gives the agency as the reprint’s source, and lists pairs without aligning them all', async () => {
    const e = engine();
    await e.invoke('import.paths', [temp.file('strike.jsonl', outletArticlesJsonl())]);
    const ids = (await e.invoke('articles.list', {})).rows.map((row) => row.id);
    const result = await e.invoke('compare.outlets', { articleIds: ids });
    const pier = result.outlets.find((outlet) => outlet.outlet === 'Pier Post')!;
    expect(pier.reprints).toHaveLength(1);
    expect(pier.reprints[0]).toMatchObject({ sourceOutlet: 'Reuters', agency: 'Reuters' });
    expect(result.wirePairs).toBe(result.wire.length);

    const pairs = await e.invoke('compare.wire', { articleIds: ids, limit: 1 });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ agency: 'Reuters', reprint: true });
    expect(pairs[0]!.passages).toBeUndefined();
    const [withPassages] = await e.invoke('compare.wire', { articleIds: ids, limit: 1, passages: true });
    expect(withPassages!.passages!.length).toBeGreaterThan(0);
  });
});

describe('how each outlet introduces its sources', () => {
  const { temp, engine } = useEngines();

  it('counts the reporting verbs per outlet and speaker, the judging ones apart', async () => {
    const e = engine();
    await e.invoke('import.paths', [temp.file('strike.jsonl', outletArticlesJsonl())]);
    const ids = (await e.invoke('articles.list', {})).rows.map((row) => row.id);
    const { verbs } = await e.invoke('compare.outlets', { articleIds: ids });
    const ledger = verbs.perOutlet['Harbour Ledger']!;
    // "insisted" in dictionary form, as a judging verb, beside a plain "said".
    expect(ledger.verbs).toContainEqual({ verb: 'insist', count: 1, neutral: false });
    expect(ledger.verbs).toContainEqual({ verb: 'say', count: 1, neutral: true });
    expect(ledger.speakers.find((s) => s.speaker === 'Dara Venn')!.verbs).toEqual([
      { verb: 'insist', count: 1, neutral: false },
    ]);
    // Union Voice has an anonymous official "admit" and its union leader "insist"; Coast Courier only "say".
    const union = verbs.perOutlet['Union Voice']!;
    expect(union.speakers.find((s) => s.kind === 'anonymous')!.verbs[0]).toMatchObject({ verb: 'admit' });
    expect(union.verbs[0]).toMatchObject({ verb: 'say', count: 3 });
    expect(union.loaded).toBe(2);
    expect(verbs.perOutlet['Coast Courier']!.loaded).toBe(0);
    expect(verbs.verbs[0]).toBe('say');
  });
  it('counts a source who tweeted as reported, not judged', async () => {
    const e = engine();
    const lines = [
      'The mayor of Kilbride tweeted: "Many thanks to the volunteers who cleared the beach this morning."',
      '"The volunteers did it for nothing," the councillor claimed on Friday.',
    ].map((text, n) => JSON.stringify({ title: `Beach clean-up ${n + 1}`, outlet: 'Island News', text }));
    await e.invoke('import.paths', [temp.file('beach.jsonl', lines.join('\n'))]);
    const ids = (await e.invoke('articles.list', {})).rows.map((row) => row.id);
    const { verbs } = await e.invoke('compare.outlets', { articleIds: ids });
    const island = verbs.perOutlet['Island News']!;
    expect(island.verbs).toEqual(
      expect.arrayContaining([
        { verb: 'tweet', count: 1, neutral: true },
        { verb: 'claim', count: 1, neutral: false },
      ]),
    );
    expect(island.loaded).toBe(1);
  });
});

describe('distinctive words', () => {
  const { temp, engine } = useEngines();

  it('never lists page furniture, and says when an outlet has too few words for them to mean much', async () => {
    const e = engine();
    await e.invoke('import.paths', [temp.file('strike.jsonl', outletArticlesJsonl())]);
    const ids = (await e.invoke('articles.list', {})).rows.map((row) => row.id);
    const result = await e.invoke('compare.outlets', { articleIds: ids });
    const ledger = result.distinctive['Harbour Ledger']!.map((term) => term.term);
    // Its four pages all end in "Share this article" and "Sign up for our newsletter".
    expect(ledger.length).toBeGreaterThan(0);
    for (const furniture of ['share', 'article', 'newsletter', 'sign', 'share article'])
      expect(ledger).not.toContain(furniture);
    expect(ledger).toContain('euros');
    expect(result.distinctiveBasis['Harbour Ledger']!.words).toBeGreaterThan(100);
    expect(result.distinctiveBasis['Harbour Ledger']!.tooFew).toBe(true);
  });

  it('shows each word as the outlet writes it: acronyms and names in capitals, other words as they are', async () => {
    const e = engine();
    const report = (outlet: string, text: string, n: number) =>
      JSON.stringify({ title: `${outlet} report ${n}`, outlet, text });
    const lines = [1, 2, 3].flatMap((n) => [
      report(
        'Dune Courier',
        `The NATO liaison office and the EU delegation met at Velmar harbour. "We need the landing craft by Friday," the harbourmaster told them. NATO crews unloaded fuel drums while EU inspectors surveyed the breakwater (report ${n}).`,
        n,
      ),
      report(
        'Fjord Gazette',
        `Islanders on Velmar queued for bread at the bakery. The bakery ran out of flour by noon; more flour and yeast came by ferry, and the bakery opened again when the flour was unloaded at the quay (report ${n}).`,
        n,
      ),
    ]);
    await e.invoke('import.paths', [temp.file('velmar.jsonl', lines.join('\n'))]);
    const ids = (await e.invoke('articles.list', {})).rows.map((row) => row.id);
    const result = await e.invoke('compare.outlets', { articleIds: ids });
    const shown = (outlet: string) =>
      new Map(result.distinctive[outlet]!.map((term) => [term.term, term.written]));
    const courier = shown('Dune Courier');
    expect(courier.get('nato')).toBe('NATO');
    expect(courier.get('eu')).toBe('EU');
    // Words written in lower case stay so; none is shown in capitals it never has.
    const gazette = [...shown('Fjord Gazette')];
    expect(gazette.length).toBeGreaterThan(0);
    for (const [term, written] of gazette) expect(written).toBe(term === 'velmar' ? 'Velmar' : term);
    // The command line prints what the window shows.
    const db = join(temp.dir(), 'velmar-cli.sqlite');
    await framescope('import', '--db', db, '--no-analyze', temp.file('velmar-cli.jsonl', lines.join('\n')));
    const printed = await framescope('compare', '--db', db, '--articles', '1,2,3,4,5,6');
    expect(printed.out).toMatch(/distinctive: .*\bNATO \(z/);
    expect(printed.out).not.toMatch(/\b(nato|eu) \(z/);
  });
});

describe('framescope compare', () => {
  const { temp, engine } = useEngines();

  it('states whether outlets differ, the intervals, verbs and agency copy, in text and JSON', async () => {
    const e = engine('strike.sqlite');
    await e.invoke('import.paths', [temp.file('strike.jsonl', outletArticlesJsonl())]);
    await e.close();
    const db = join(temp.dir(), 'strike.sqlite');
    const text = await framescope('compare', '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Too few articles to compare (fewer than 3): Pier Post.');
    expect(text.out).toMatch(
      /(Outlets differ|No evidence that outlets differ|article of the 3 outlets compared)/,
    );
    expect(text.out).toMatch(/Harbour Ledger \d\/4 \(\d+%, 95% CI \d+%–\d+%\)/);
    expect(text.out).toMatch(/introduces its sources with: .*insist 1/);
    expect(text.out).toMatch(/article \d+ reprints Reuters copy, as article \d+ does/);
    expect(text.out).toContain('too few for the z-scores to mean much');

    const json = await framescope('compare', '--voice', 'own', '--json', '--db', db);
    const result = JSON.parse(json.out) as CompareResult;
    expect(result.voice).toBe('own');
    expect(result.frames.matrix.tests.length).toBe(result.frames.matrix.frames.length);
    expect(result.verbs.perOutlet['Union Voice']!.loaded).toBe(2);
    expect((await framescope('compare', '--voice', 'theirs', '--db', db)).code).not.toBe(0);
  });
});
