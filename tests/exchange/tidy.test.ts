import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell as csvField } from '../../core/csv.ts';
import { useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';

function readCsv(path: string): Record<string, string>[] {
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
  return rows;
}

describe('tidy CSV export', () => {
  const engines = useEngines();

  it('writes one file per table with the article metadata on every row', async () => {
    const engine = await engines.seeded();
    const hostile = engines.temp.file(
      'hostile.csv',
      'title,outlet,date,text\n"=HYPERLINK(""http://example.com"",""click"")",@Monitor,2020-03-24,"-2 planes landed 😀 at Pratica di Mare, the ministry said on Tuesday."\n',
    );
    await engine.invoke('import.paths', [hostile]);
    const anna = (await engine.invoke('coders.ensure', 'Anna')).id;
    const codebookId = (await engine.invoke('codebooks.list'))[1]!.id;
    const code = await engine.invoke('codes.create', {
      codebookId,
      kind: 'code',
      name: 'Arrival',
      color: '#4477aa',
    });
    const text = (await engine.invoke('articles.get', 2)).text;
    const start = text.indexOf('landed');
    await engine.invoke('annotations.create', {
      articleId: 2,
      codeId: code.id,
      coderId: anna,
      start,
      end: start + 20,
      memo: '=cmd|calc',
    });
    const path = engine.path;
    await engine.close();

    const folder = join(engines.temp.dir(), 'tables');
    const run = await framescope('export', '--format', 'tidy', '--out', folder, '--db', path);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Wrote 9 tables/);
    for (const table of [
      'articles',
      'quotes',
      'entity_mentions',
      'frame_evidence',
      'article_frames',
      'article_frame_decisions',
      'codes',
      'codings',
      'coders',
    ])
      expect(run.out).toContain(`${table}.csv`);

    const articles = readCsv(join(folder, 'articles.csv'));
    expect(articles).toHaveLength(2);
    const bad = articles.find((row) => row.article_id === '2')!;
    expect(bad.title).toBe(`'=HYPERLINK("http://example.com","click")`);
    expect(bad.outlet).toBe("'@Monitor");
    expect(bad.text!.startsWith("'-2 planes")).toBe(true);
    expect(bad.words).toBe('12');

    const quotes = readCsv(join(folder, 'quotes.csv'));
    const seed = articles.find((row) => row.article_id === '1')!;
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes.filter((q) => q.article_id === '1')) {
      expect(quote.article_uid).toBe(seed.article_uid);
      expect(quote.outlet).toBe(seed.outlet);
      expect(seed.text!.slice(Number(quote.start), Number(quote.end))).toBe(quote.quote!.replace(/^'/, ''));
    }
    const codings = readCsv(join(folder, 'codings.csv'));
    expect(codings).toEqual([
      expect.objectContaining({
        code: 'Arrival',
        coder: 'Anna',
        passage: text.slice(start, start + 20),
        memo: "'=cmd|calc",
        outlet: "'@Monitor",
      }),
    ]);
    const frames = readCsv(join(folder, 'article_frames.csv'));
    expect(frames.some((row) => row.article_id === '1' && Number(row.hits) > 0)).toBe(true);
    const mentions = readCsv(join(folder, 'entity_mentions.csv'));
    expect(mentions.every((m) => m.surface!.length > 0 && m.entity_type!.length > 0)).toBe(true);
  });

  it('holds the frame decision that counts per article, and whose voice each piece of evidence is in', async () => {
    const engine = engines.engine();
    const file = engines.temp.file(
      'port-tax.txt',
      [
        'Port tax will cost dock jobs, workers fear',
        'Dock workers fear the new port tax will cost hundreds of jobs and cut their wages.',
        '“The tax will cost us our wages and our jobs,” said the union leader, Mara Quist.',
        'The harbour board said the levy would pay for new cranes.',
      ].join('\n\n'),
    );
    await engine.invoke('import.paths', [file]);
    const [article] = (await engine.invoke('articles.list', { limit: 5 })).rows;
    const book = (await engine.invoke('codebooks.list')).find((b) => b.key === 'policy-frames')!;
    const codeOf = (key: string) => book.codes.find((code) => code.key === key)!.id;
    const anna = (await engine.invoke('coders.ensure', 'Anna')).id;
    await engine.invoke('frames.decide', article!.id, codeOf('economic'), {
      present: true,
      primary: true,
      coderId: anna,
    });
    await engine.invoke('frames.decide', article!.id, codeOf('morality'), { present: false, coderId: anna });
    const folder = join(engines.temp.dir(), 'tables');
    await engine.invoke('exchange.exportTidy', folder);

    const decisions = readCsv(join(folder, 'article_frame_decisions.csv'));
    expect(decisions.find((row) => row.frame_key === 'economic')).toMatchObject({
      article_title: 'Port tax will cost dock jobs, workers fear',
      codebook: 'policy-frames',
      present: '1',
      primary: '1',
      denied: '0',
      decided_by: 'manual',
      coder: 'Anna',
    });
    // A frame the coder decided absent is a row of its own, not a frame left out.
    expect(decisions.find((row) => row.frame_key === 'morality')).toMatchObject({
      present: '0',
      coder: 'Anna',
    });
    const evidence = readCsv(join(folder, 'frame_evidence.csv')).filter(
      (row) => row.frame_key === 'economic',
    );
    expect(evidence.find((row) => row.sentence!.startsWith('“The tax'))).toMatchObject({
      in_quote: '1',
      speaker: 'Mara Quist',
    });
    expect(evidence.find((row) => row.sentence!.startsWith('Dock workers'))).toMatchObject({
      in_quote: '0',
      speaker: '',
    });
  });

  it('neutralises formulas in one CSV cell function, leaving numbers and plain text alone', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@x')).toBe("'@x");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });
});
