import { Engine } from '../../core/engine/engine.ts';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { brownText } from '../support/brown.ts';
import { SEED_PATH } from '../support/temp.ts';
import { errorOf, useEngines } from './support.ts';

const WIRE = [
  {
    title: 'Aid lands in Rome',
    text: 'Russian planes carried aid to Rome. "We are grateful," Giuseppe Conte said.',
    source: 'Agenzia',
    date: '2020-03-23',
  },
  {
    title: 'Sanctions debate',
    text: 'The sanctions were not part of the talks, officials said.',
    source: 'Gazette',
    date: '2020-03-25',
  },
  {
    title: 'Doctors arrive',
    text: 'Military doctors arrived in Bergamo on Tuesday.',
    source: 'Gazette',
    date: '2020-04-02',
  },
];

describe('the library methods', () => {
  const { temp, engine, seeded } = useEngines();

  async function library() {
    const project = engine();
    // The event's own codebook, for the whole project (a new project has the policy frames only).
    await project.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    const jsonl = temp.file('wire.jsonl', WIRE.map((row) => JSON.stringify(row)).join('\n'));
    const brown = temp.file('ca01.txt', brownText('ca01'));
    const result = await project.invoke('import.paths', [SEED_PATH, jsonl, brown], { outlet: 'Wire' });
    expect(result.imported).toHaveLength(5);
    expect(result.analysis?.analysed).toBe(5);
    return project;
  }

  it('pages through articles with counts, frames and filters', async () => {
    const project = await library();
    const info = await project.invoke('project.info');
    expect(info.name).toBe('project');
    expect(info.counts).toMatchObject({ articles: 5, analysed: 5, outlets: 3 });

    const all = await project.invoke('articles.list', { sort: 'published', descending: true, limit: 2 });
    expect(all.total).toBe(5);
    expect(all.rows.map((row) => row.title)).toEqual(['Doctors arrive', 'Sanctions debate']);
    const next = await project.invoke('articles.list', {
      sort: 'published',
      descending: true,
      limit: 2,
      offset: 2,
    });
    expect(next.rows.map((row) => row.title)).toEqual(['Aid lands in Rome', expect.any(String)]);

    const seed = (await project.invoke('articles.list', { outlets: ['Wire'], sort: 'words' })).rows;
    expect(seed.map((row) => row.outlet)).toEqual(['Wire', 'Wire']);
    const seedRow = seed.find((row) => row.title?.startsWith('‘From Russia'))!;
    expect(seedRow.quotes).toBeGreaterThan(3);
    // Peskov denies the link to sanctions: the frame is present, marked denied, and not the primary.
    const linkage = seedRow.frames.find((frame) => frame.name === 'Political linkage and sanctions')!;
    expect(linkage).toMatchObject({ denied: true, primary: false });
    expect(seedRow.frames.find((frame) => frame.name === 'Humanitarian aid and goodwill')).toMatchObject({
      denied: false,
      primary: true,
    });
    expect(seedRow.frames.map((frame) => frame.name)).not.toContain('Military presence');

    const march = await project.invoke('articles.list', { dateFrom: '2020-03-24', dateTo: '2020-03' });
    expect(march.rows.map((row) => row.title)).toEqual(['Sanctions debate']);

    const quotingPeskov = await project.invoke('articles.list', { speaker: 'Dmitry Peskov' });
    expect(quotingPeskov.rows.map((row) => row.id)).toEqual([seedRow.id]);
  });

  it('searches with FTS syntax and returns the snippet as plain segments', async () => {
    const project = await library();
    const found = await project.invoke('articles.list', { search: 'sanction* NOT goodwill' });
    expect(found.rows.map((row) => row.title)).toEqual(['Sanctions debate']);
    const snippet = found.rows[0]!.snippet!;
    expect(snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['sanctions']);
    expect(snippet.map((segment) => segment.text).join('')).toBe(
      'The sanctions were not part of the talks, officials said.',
    );
    expect((await project.invoke('articles.list', { search: '   ' })).total).toBe(5);
  });

  it('counts facets over the filtered articles', async () => {
    const project = await library();
    const facets = await project.invoke('articles.facets', { outlets: ['Gazette'] });
    // The outlet facet ignores the outlet filter, so other outlets can be added.
    expect(facets.outlets).toEqual([
      { outlet: 'Gazette', articles: 2 },
      { outlet: 'Wire', articles: 2 },
      { outlet: 'Agenzia', articles: 1 },
    ]);
    expect(facets.bucket).toBe('day');
    expect(facets.dates).toEqual([
      { bucket: '2020-03-25', articles: 1 },
      { bucket: '2020-04-02', articles: 1 },
    ]);
    const everything = await project.invoke('articles.facets', {}, { top: 3 });
    expect(everything.entities).toHaveLength(3);
    expect(everything.undated).toBe(2);
    expect(everything.speakers.map((speaker) => speaker.name)).toContain('Dmitry Peskov');
    const peskov = everything.speakers.find((speaker) => speaker.name === 'Dmitry Peskov')!;
    expect(peskov.entityId).toEqual(expect.any(Number));
    // The facet counts articles asserting a frame; denials are counted apart and filtered apart.
    const frame = everything.codes.find((code) => code.name === 'Political linkage and sanctions')!;
    expect(frame.denied).toBe(1);
    const asserting = await project.invoke('articles.list', { codeId: frame.id });
    expect(asserting.total).toBe(frame.articles);
    expect(asserting.rows.map((row) => row.title)).not.toContainEqual(expect.stringMatching(/^‘From Russia/));
    const denying = await project.invoke('articles.list', { deniedCodeId: frame.id });
    expect(denying.rows.map((row) => row.title)).toEqual([expect.stringMatching(/^‘From Russia/)]);
    const goodwill = everything.codes.find((code) => code.name === 'Humanitarian aid and goodwill')!;
    expect((await project.invoke('articles.list', { codeId: goodwill.id })).total).toBe(goodwill.articles);
  });

  it('returns one article with its entities, quotes, annotations and frames', async () => {
    const project = await seeded();
    const article = await project.invoke('articles.get', 1);
    expect(article.title).toBe('‘From Russia with Love’: Putin sends aid to Italy to fight virus');
    const peskov = article.entities.find((entity) => entity.name === 'Dmitry Peskov')!;
    expect(peskov.aliases).toContain('Peskov');
    for (const mention of peskov.mentions)
      expect(article.text.slice(mention.start, mention.end)).toMatch(/Peskov/);
    const unrelated = article.quotes.find((quote) => quote.text.startsWith('No, this is unrelated'))!;
    expect(unrelated).toMatchObject({
      speakerName: 'Dmitry Peskov',
      speakerEntityId: peskov.id,
      status: 'suggested',
    });
    const evidence = article.annotations.find(
      (annotation) => annotation.codeName === 'Political linkage and sanctions',
    )!;
    expect(evidence.cue!.start).toBeGreaterThanOrEqual(evidence.start);
    expect(evidence.cue!.end).toBeLessThanOrEqual(evidence.end);
    expect(article.text.slice(evidence.start, evidence.end)).toMatch(/sanction|conditions/i);
    // Evidence is the whole sentence, listing its cues; a denial inside Peskov's words is his.
    expect(evidence).toMatchObject({ negated: true, inQuote: true, speaker: 'Dmitry Peskov' });
    for (const cue of evidence.cues) {
      expect(cue.start).toBeGreaterThanOrEqual(evidence.start);
      expect(cue.end).toBeLessThanOrEqual(evidence.end);
    }
    expect(article.frames[0]!.score).toBeGreaterThan(0);
    expect(article.frames[0]!.primary).toBe(true);
    const linkage = article.decisions.find((d) => d.name === 'Political linkage and sanctions')!;
    expect(linkage).toMatchObject({ present: true, denied: true, primary: false, origin: 'auto' });
  });

  it('answers bad calls with sentences and error codes, never stack traces', async () => {
    const project = engine();
    const bad = errorOf(await project.call('articles.list', [{ limit: 'ten', colour: 'red' }]));
    expect(bad.code).toBe('invalid-arguments');
    expect(bad.message).toMatch(
      /^articles\.list was called with arguments it does not accept: argument 1 \(limit\)/,
    );
    expect(bad.message).toContain('"colour"');
    expect(errorOf(await project.call('articles.get', ['seven'])).code).toBe('invalid-arguments');
    expect(errorOf(await project.call('articles.get', [99]))).toEqual({
      code: 'not-found',
      message: 'There is no article 99 in this project; it may have been deleted.',
    });
    expect(errorOf(await project.call('articles.drop', []))).toEqual({
      code: 'unknown-method',
      message: 'There is no method "articles.drop".',
    });
    const search = errorOf(await project.call('articles.list', [{ search: '"unclosed' }]));
    expect(search.code).toBe('search-syntax');
    expect(search.message).not.toMatch(/\.ts:\d+/);
  });

  it('opens and creates projects, refusing files that are not projects', async () => {
    const project = engine();
    const refused = errorOf(await project.call('project.open', [SEED_PATH]));
    expect(refused).toEqual({
      code: 'project-file',
      message: `${SEED_PATH} is not a Framescope project (it is not an SQLite database).`,
    });
    expect((await project.invoke('project.info')).path).toBe(join(temp.dir(), 'project.sqlite'));

    const other = join(temp.dir(), 'other.sqlite');
    expect((await project.invoke('project.create', other)).counts.articles).toBe(0);
    expect(errorOf(await project.call('project.create', [other])).message).toContain('already exists');
    await project.invoke('import.paths', [SEED_PATH], { analyse: false });
    const reopened = await project.invoke('project.open', join(temp.dir(), 'project.sqlite'));
    expect(reopened.counts.articles).toBe(0);
    expect((await project.invoke('project.open', other)).counts).toMatchObject({ articles: 1, analysed: 0 });
  });

  it('saves a copy of the project for a colleague, which opens with everything in it', async () => {
    const project = await seeded();
    const copy = join(temp.dir(), 'for-a-colleague.sqlite');
    const saved = await project.invoke('project.saveCopy', copy);
    expect(saved.bytes).toBeGreaterThan(0);
    expect(errorOf(await project.call('project.saveCopy', [copy])).message).toContain('already exists');
    expect((await project.invoke('project.info')).path).toBe(join(temp.dir(), 'project.sqlite'));
    const colleague = new Engine(copy);
    expect((await colleague.invoke('project.info')).counts).toMatchObject({ articles: 1, analysed: 1 });
    await colleague.close();
  });
});
