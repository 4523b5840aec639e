import { describe, expect, it } from 'vitest';
import { groupStories } from '../../core/compare/grouping.ts';
import { compareOutlets } from '../../core/compare/outlets.ts';
import { alignArticles, wirePairs } from '../../core/compare/pairs.ts';
import { frameEvidence } from '../../core/compare/evidence.ts';
import { listStories, storyArticleIds } from '../../db/stories.ts';
import { getArticle } from '../../db/articles.ts';
import { useTempDir } from '../support/temp.ts';
import { ARTICLES, EVENT_TITLES, FLOOD_TITLES, REPRINT_LEAD, WIRE_BODY, WIRE_LEAD } from './fixture.ts';
import { fixtureProject } from './project.ts';

const [GOODWILL, PRETEXT, REPRINT, LOGISTICS] = EVENT_TITLES as [string, string, string, string];
const LINKAGE = [
  { name: 'aid', terms: ['aid', 'help', 'humanitarian*'] },
  { name: 'sanctions', terms: ['sanction*', 'veto'] },
];

describe('comparing outlets on one story', () => {
  const temp = useTempDir();

  it('groups the articles into stories as a reader would: the aid flights, and the floods weeks later', async () => {
    const { db, idOf } = await fixtureProject(temp);
    const summary = await groupStories(db);
    expect(summary).toMatchObject({
      articles: ARTICLES.length,
      stories: 2,
      grouped: ARTICLES.length,
      finished: true,
    });
    const stories = listStories(db);
    const members = stories.map((story) => storyArticleIds(db, story.id));
    expect(members).toEqual([
      EVENT_TITLES.map(idOf).sort((a, b) => a - b),
      FLOOD_TITLES.map(idOf).sort((a, b) => a - b),
    ]);
    expect(EVENT_TITLES).toContain(stories[0]!.name);
    expect(stories[0]).toMatchObject({ articles: 4, outlets: 4, origin: 'auto' });
    db.close();
  });

  it('finds the reprint, its shared passages and the changed lead, and names the earlier article its source', async () => {
    const { db, idOf } = await fixtureProject(temp);
    const pairs = wirePairs(db, { articleIds: EVENT_TITLES.map(idOf) }, { passages: true });
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair).toMatchObject({
      sourceId: idOf(GOODWILL),
      copyId: idOf(REPRINT),
      sourceOutlet: 'Adriatic Wire',
      copyOutlet: 'Capital Daily',
      reprint: true,
      sourceBy: 'date',
    });
    expect(pair!.share).toBeGreaterThan(0.8);
    const source = getArticle(db, idOf(GOODWILL))!.text;
    const copy = getArticle(db, idOf(REPRINT))!.text;
    expect(pair!.passages!.map((p) => source.slice(p.source.start, p.source.end))).toEqual([
      WIRE_BODY.join('\n\n'),
    ]);
    expect(pair!.passages!.map((p) => copy.slice(p.copy.start, p.copy.end))).toEqual([
      WIRE_BODY.join('\n\n'),
    ]);

    const alignment = alignArticles(db, idOf(GOODWILL), idOf(REPRINT))!;
    const shown = alignment.segments.map((segment) =>
      segment.kind === 'left'
        ? ['left', source.slice(segment.left.start, segment.left.end)]
        : segment.kind === 'right'
          ? ['right', copy.slice(segment.right.start, segment.right.end)]
          : ['shared', source.slice(segment.left.start, segment.left.end)],
    );
    expect(shown).toEqual([
      ['left', WIRE_LEAD],
      ['right', REPRINT_LEAD],
      ['shared', WIRE_BODY.join('\n\n')],
    ]);
    db.close();
  });

  it('tells each outlet’s frames and sources apart, leaving the reprint out unless asked', async () => {
    const { db, idOf } = await fixtureProject(temp);
    const result = compareOutlets(db, { articleIds: EVENT_TITLES.map(idOf) }, { linkage: LINKAGE });
    const frames = (outlet: string) =>
      Object.fromEntries(result.frames.perOutlet[outlet]!.map((frame) => [frame.key, frame]));
    const goodwill = frames('Adriatic Wire');
    const pretext = frames('Baltic Monitor');
    expect(goodwill['humanitarian-aid']!.hitShare).toBeGreaterThan(0.3);
    expect(goodwill['humanitarian-aid']!.hitShare).toBeGreaterThan(
      goodwill['political-linkage']?.hitShare ?? 0,
    );
    // The one linkage cue in the goodwill story is denied: "no conditions attached".
    expect(goodwill['political-linkage']?.negated ?? 0).toBe(goodwill['political-linkage']?.hits ?? 0);
    expect(pretext['political-linkage']!.hitShare).toBeGreaterThan(pretext['humanitarian-aid']!.hitShare);
    expect(pretext['propaganda-soft-power']!.articleShare).toBe(1);
    // Planes, trucks and a defence ministry that carry the aid are logistics, not military presence.
    expect(result.frames.perOutlet['Delta Times']!.map((f) => f.key)).not.toContain('military-presence');

    const matrix = result.frames.matrix;
    const cell = (outlet: string, key: string) =>
      matrix.articleShare[matrix.outlets.indexOf(outlet)]![matrix.frames.findIndex((f) => f.key === key)];
    expect(cell('Baltic Monitor', 'political-linkage')).toBe(1);
    expect(cell('Delta Times', 'political-linkage')).toBe(0);

    // The reprint counts as Adriatic Wire's framing, not Capital Daily's own.
    const capital = result.outlets.find((o) => o.outlet === 'Capital Daily')!;
    expect(capital).toMatchObject({ articles: 1, counted: 0 });
    expect(capital.reprints).toEqual([
      {
        articleId: idOf(REPRINT),
        sourceId: idOf(GOODWILL),
        sourceOutlet: 'Adriatic Wire',
        agency: null,
        share: expect.any(Number),
      },
    ]);
    expect(result.frames.perOutlet['Capital Daily']).toEqual([]);
    const counted = compareOutlets(db, { articleIds: EVENT_TITLES.map(idOf) }, { discountReprints: false });
    expect(counted.frames.perOutlet['Capital Daily']!.map((f) => f.key)).toContain('humanitarian-aid');

    const speakers = result.speakers.perOutlet;
    expect(speakers['Adriatic Wire']!.firstSources).toEqual([
      { articleId: idOf(GOODWILL), speaker: 'Sergei Lavrov', kind: 'official' },
    ]);
    expect(speakers['Adriatic Wire']!.speakers.map((s) => [s.speaker, s.kind])).toEqual([
      ['Sergei Lavrov', 'official'],
      ['Giuseppe Conte', 'official'],
      ['Maria Rossi', 'other'],
    ]);
    expect(speakers['Adriatic Wire']!.kinds.official.wordShare).toBeGreaterThan(0.5);
    const baltic = speakers['Baltic Monitor']!;
    expect(baltic.kinds.official.quotes).toBe(0);
    expect(baltic.speakers.find((s) => s.speaker === 'European Commission')!.kind).toBe('institution');
    expect(baltic.speakers.find((s) => s.speaker === 'Nathalie Tocci')!.kind).toBe('other');
    expect(speakers['Delta Times']!.kinds.institution.wordShare).toBe(1);
    db.close();
  });

  it('finds each outlet’s framing vocabulary among its distinctive words, and Moscow among its entities', async () => {
    const { db, idOf } = await fixtureProject(temp);
    const result = compareOutlets(db, { articleIds: EVENT_TITLES.map(idOf) });
    const top = (outlet: string, n: number) => result.distinctive[outlet]!.slice(0, n).map((t) => t.term);
    expect(top('Baltic Monitor', 1)).toEqual(['sanctions']);
    expect(top('Baltic Monitor', 8)).toEqual(expect.arrayContaining(['brussels', 'european union']));
    expect(top('Adriatic Wire', 3)).toEqual(expect.arrayContaining(['goodwill', 'gesture']));
    expect(top('Delta Times', 6)).toContain('defence ministry');
    expect(result.distinctive['Adriatic Wire']!.map((t) => t.term)).not.toContain('sanctions');
    const entities = (outlet: string) => result.entities[outlet]!.map((e) => e.name);
    expect(entities('Adriatic Wire')).toEqual(expect.arrayContaining(['Giuseppe Conte', 'Moscow']));
    expect(entities('Baltic Monitor')).toContain('Nathalie Tocci');
    db.close();
  });

  it('counts where aid and sanctions meet, per outlet, as a reader counts them', async () => {
    const { db, idOf } = await fixtureProject(temp);
    const [link] = compareOutlets(db, { articleIds: EVENT_TITLES.map(idOf) }, { linkage: LINKAGE }).linkage;
    expect([link!.a, link!.b]).toEqual(['aid', 'sanctions']);
    // Baltic Monitor: aid in 5 sentences, sanctions in 6, both in 3 (paragraphs 1, 3 and 5 of 5).
    const { examples, ...baltic } = link!.perOutlet['Baltic Monitor']!;
    expect(baltic).toEqual({
      articles: 1,
      sentencesA: 5,
      sentencesB: 6,
      sentencesBoth: 3,
      sentenceShare: 0.375,
      paragraphsBoth: 3,
      paragraphShare: 0.6,
      articlesBoth: 1,
      articleShare: 1,
    });
    const text = getArticle(db, idOf(PRETEXT))!.text;
    expect(examples.map((e) => text.slice(e.start, e.end))).toEqual(examples.map((e) => e.text));
    expect(examples[2]!.text).toBe(
      'Critics were not convinced: the sanctions question, one diplomat said, now hangs over every shipment of aid.',
    );
    expect(link!.perOutlet['Adriatic Wire']).toMatchObject({
      sentencesA: 3,
      sentencesB: 0,
      sentencesBoth: 0,
    });
    expect(link!.perOutlet['Delta Times']!.sentencesBoth).toBe(0);
    db.close();
  });

  it('lists a frame’s evidence as keyword in context, with offsets into the stored text', async () => {
    const { db, idOf } = await fixtureProject(temp);
    const code = db.prepare("SELECT id FROM codes WHERE key = 'political-linkage'").pluck().get() as number;
    const { total, rows } = frameEvidence(db, {
      articleIds: EVENT_TITLES.map(idOf),
      frameCodeId: code,
      outlet: 'Baltic Monitor',
    });
    expect(total).toBe(rows.length);
    // One row per evidence sentence, the keyword its first cue.
    expect(rows.length).toBeGreaterThan(4);
    const text = getArticle(db, idOf(PRETEXT))!.text;
    for (const row of rows) {
      expect(row.outlet).toBe('Baltic Monitor');
      expect(text.slice(row.cueStart, row.cueEnd)).toBe(row.cue);
      expect(text.slice(row.sentenceStart, row.sentenceEnd)).toContain(`${row.left}${row.cue}`);
    }
    expect(rows.map((row) => row.cue.toLowerCase())).toContain('leverage');
    db.close();
  });

  it('compares the articles a search finds', async () => {
    const { db, idOf } = await fixtureProject(temp);
    const result = compareOutlets(db, { query: 'veto OR sanctions' });
    expect(result.articles).toBe(1);
    expect(result.outlets.map((o) => o.outlet)).toEqual(['Baltic Monitor']);
    expect(result.selection).toEqual({ query: 'veto OR sanctions' });
    expect(compareOutlets(db, { query: 'Valencia' }).outlets.map((o) => o.articles)).toEqual([1, 1]);
    expect(idOf(PRETEXT)).toBeGreaterThan(0);
    void LOGISTICS;
    db.close();
  });
});
