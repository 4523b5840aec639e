// Kinds of source in "who is quoted" (issue #8): news media and anonymous sources beside officials,
// institutions and others; reported speech counted when asked; speakers analysis could not name are
// drawn as unnamed sources, never as a speaker called "newspaper".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { compareOutlets } from '../../core/compare/outlets.ts';
import { useTempDir } from '../support/temp.ts';

const ARTICLES = [
  {
    title: 'Dam plan stalls',
    source: 'North Herald',
    date: '2024-05-02',
    text: [
      'The dam plan stalled on Thursday.',
      '"The money is not there," a senior official told reporters.',
      'The newspaper writes that "the contractors have walked away".',
      'Reuters reported, citing people familiar with the matter, that the bank had withdrawn.',
      'Mayor Lena Ortiz told reporters that the town would wait.',
    ].join('\n\n'),
  },
  {
    title: 'Dam plan on hold',
    source: 'South Courier',
    date: '2024-05-02',
    text: [
      'Work on the dam is on hold.',
      '"We will finish it," Mayor Lena Ortiz said.',
      '"The river board has not approved the design," the water ministry said.',
    ].join('\n\n'),
  },
];

describe('who is quoted, by kind of source', () => {
  const temp = useTempDir();

  async function project() {
    const db = openProject(join(temp.dir(), 'sources.sqlite'));
    const file = temp.file('dam.jsonl', ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
    const { imported } = await importPaths(db, [file]);
    await analyseArticles(
      db,
      imported.map((a) => a.id),
      { threads: 1 },
    );
    return { db, ids: imported.map((a) => a.id) };
  }

  it('counts news media and anonymous sources as kinds of their own', async () => {
    const { db, ids } = await project();
    const result = compareOutlets(db, { articleIds: ids });
    const north = result.speakers.perOutlet['North Herald']!;
    expect(north.speakers.map((s) => [s.speaker, s.kind])).toEqual([
      ['(unnamed news outlet)', 'media'],
      ['senior official', 'anonymous'],
    ]);
    expect(north.kinds.media.quotes).toBe(1);
    expect(north.kinds.anonymous.quotes).toBe(1);
    const south = result.speakers.perOutlet['South Courier']!;
    expect(south.speakers.map((s) => [s.speaker, s.kind])).toEqual([
      ['water ministry', 'institution'],
      ['Lena Ortiz', 'official'],
    ]);
    expect(result.includeReported).toBe(false);
    db.close();
  });

  it('counts reported speech as sourcing when asked', async () => {
    const { db, ids } = await project();
    const result = compareOutlets(db, { articleIds: ids }, { includeReported: true });
    const north = result.speakers.perOutlet['North Herald']!;
    expect(north.speakers.map((s) => [s.speaker, s.kind])).toEqual(
      expect.arrayContaining([
        ['people familiar with the matter', 'anonymous'],
        ['Lena Ortiz', 'official'],
      ]),
    );
    expect(north.quotes).toBeGreaterThan(2);
    expect(result.includeReported).toBe(true);
    db.close();
  });
});
