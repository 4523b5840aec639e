import { describe, expect, it } from 'vitest';
import type { Engine } from '../../core/engine/engine.ts';
import type { Db } from '../../db/open.ts';
import { brownText } from '../support/brown.ts';
import { SEED_PATH } from '../support/temp.ts';
import { RANKED_FRAME_DECISIONS } from '../support/ranked-frames.ts';
import { useEngines } from './support.ts';

// The library's unfiltered facets, the codebook's use counts and the frame filter read counts that
// triggers keep (migration 011). Each check recounts from the rows themselves, the way the library
// counted before, after real analysis and after each kind of edit a person makes.

const WIRE = [
  {
    title: 'Aid lands in Rome',
    text: 'Russian planes carried aid to Rome. "We are grateful for the help," Giuseppe Conte said. The aid was a gift of solidarity, the embassy said.',
    source: 'Agenzia',
    date: '2020-03-23',
  },
  {
    title: 'Sanctions debate',
    text: 'The sanctions were not part of the talks, officials said. Critics called the aid a propaganda stunt and a geopolitical move by Moscow.',
    source: 'Gazette',
    date: '2020-03-25',
  },
];

/** The counts as the library computed them before: over every annotation, mention and decision. */
function recount(db: Db) {
  return {
    codes: db
      .prepare(
        `SELECT code_id, sum(status = 'accepted') AS accepted, sum(status = 'suggested') AS suggested,
           sum(status = 'rejected') AS rejected,
           count(DISTINCT CASE WHEN status != 'rejected' THEN article_id END) AS articles
         FROM annotations GROUP BY code_id ORDER BY code_id`,
      )
      .all(),
    entities: db
      .prepare(
        `SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles
         FROM mentions GROUP BY entity_id ORDER BY entity_id`,
      )
      .all(),
    frames: db
      .prepare(
        `SELECT article_id, code_id, denied FROM (${RANKED_FRAME_DECISIONS}) WHERE present = 1
         ORDER BY article_id, code_id`,
      )
      .all(),
  };
}

function kept(db: Db) {
  return {
    codes: db
      .prepare(
        `SELECT code_id, accepted, suggested, rejected, articles FROM code_use
         WHERE accepted + suggested + rejected > 0 ORDER BY code_id`,
      )
      .all(),
    entities: db
      .prepare('SELECT entity_id, mentions, articles FROM entity_use WHERE mentions > 0 ORDER BY entity_id')
      .all(),
    frames: db
      .prepare('SELECT article_id, code_id, denied FROM frame_state ORDER BY article_id, code_id')
      .all(),
  };
}

function frameUse(db: Db) {
  return db
    .prepare('SELECT code_id, asserted, denied FROM frame_use WHERE asserted + denied > 0 ORDER BY code_id')
    .all();
}

function frameUseRecounted(db: Db) {
  return db
    .prepare(
      `SELECT code_id, sum(denied = 0) AS asserted, sum(denied = 1) AS denied FROM (${RANKED_FRAME_DECISIONS})
       WHERE present = 1 GROUP BY code_id ORDER BY code_id`,
    )
    .all();
}

describe('counts kept as the project changes', () => {
  const { temp, engine } = useEngines();

  async function analysed(): Promise<Engine> {
    const project = engine();
    await project.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    const jsonl = temp.file('wire.jsonl', WIRE.map((row) => JSON.stringify(row)).join('\n'));
    const brown = temp.file('ca01.txt', brownText('ca01'));
    const result = await project.invoke('import.paths', [SEED_PATH, jsonl, brown], { outlet: 'Wire' });
    expect(result.analysis?.analysed).toBe(4);
    return project;
  }

  /** Facets with no filter (from the kept counts) and over every outlet (counted from the rows). */
  async function facetsBothWays(project: Engine) {
    const outlets = (await project.invoke('articles.facets')).outlets.map((row) => row.outlet!);
    const unfiltered = await project.invoke('articles.facets');
    const counted = await project.invoke('articles.facets', { outlets });
    return { unfiltered, counted };
  }

  function expectKept(db: Db) {
    expect(kept(db)).toEqual(recount(db));
    expect(frameUse(db)).toEqual(frameUseRecounted(db));
  }

  it('match a recount after analysis, reviews, frame decisions, merges, undo and redo', async () => {
    const project = await analysed();
    const db = project.db;
    expectKept(db);
    expect(kept(db).frames.length).toBeGreaterThan(0);
    expect(kept(db).entities.length).toBeGreaterThan(3);

    // Rejecting every piece of evidence of a frame in an article takes the machine's decision away.
    const evidence = db
      .prepare(
        `SELECT a.id, a.article_id, a.code_id FROM annotations a JOIN codes c ON c.id = a.code_id
         WHERE c.kind = 'frame' AND a.status = 'suggested' ORDER BY a.article_id, a.code_id, a.id`,
      )
      .all() as { id: number; article_id: number; code_id: number }[];
    const first = evidence[0]!;
    const before = frameUse(db);
    for (const row of evidence.filter(
      (e) => e.article_id === first.article_id && e.code_id === first.code_id,
    ))
      await project.invoke('annotations.update', row.id, { status: 'rejected' });
    expectKept(db);
    expect(frameUse(db)).not.toEqual(before);

    // A coder's decisions: denied, then absent, on another frame; then undone and redone.
    const other = evidence.find((e) => e.code_id !== first.code_id)!;
    await project.invoke('frames.decide', other.article_id, other.code_id, { denied: true });
    expectKept(db);
    await project.invoke('frames.decide', other.article_id, other.code_id, { present: false });
    expectKept(db);
    await project.invoke('history.undo');
    await project.invoke('history.undo');
    expectKept(db);
    await project.invoke('history.redo');
    expectKept(db);

    // A hand code used twice in one article counts the article once; deleting one keeps it counted.
    const codebooks = await project.invoke('codebooks.list');
    const codebookId = codebooks[0]!.id;
    const code = await project.invoke('codes.create', {
      codebookId,
      name: 'Gratitude',
      kind: 'code',
      color: '#aa3377',
    });
    const article = first.article_id;
    const one = await project.invoke('annotations.create', {
      articleId: article,
      codeId: code.id,
      start: 0,
      end: 5,
    });
    await project.invoke('annotations.create', { articleId: article, codeId: code.id, start: 6, end: 12 });
    expectKept(db);
    expect(kept(db).codes.find((row) => (row as { code_id: number }).code_id === code.id)).toMatchObject({
      articles: 1,
      suggested: 0,
    });
    await project.invoke('annotations.delete', one.id);
    expectKept(db);

    // Merging two entities moves their mentions.
    const [a, b] = db.prepare('SELECT id FROM entities ORDER BY id LIMIT 2').pluck().all() as number[];
    await project.invoke('entities.merge', a!, b!);
    expectKept(db);
    await project.invoke('history.undo');
    expectKept(db);
  });

  it('give the library the same facets as counting, and the codebook its use, after each correction', async () => {
    const project = await analysed();
    let { unfiltered, counted } = await facetsBothWays(project);
    expect(unfiltered.codes).toEqual(counted.codes);
    expect(unfiltered.entities).toEqual(counted.entities);
    expect(unfiltered.speakers).toEqual(counted.speakers);
    const frame = unfiltered.codes.find((code) => code.kind === 'frame' && code.articles > 0)!;

    // The frame filter finds the articles asserting it; deny it in one of them and the counts follow.
    const listed = await project.invoke('articles.list', { codeId: frame.id });
    expect(listed.total).toBe(frame.articles);
    const articleId = listed.rows[0]!.id;
    await project.invoke('frames.decide', articleId, frame.id, { denied: true });
    ({ unfiltered, counted } = await facetsBothWays(project));
    expect(unfiltered.codes).toEqual(counted.codes);
    const after = unfiltered.codes.find((code) => code.id === frame.id)!;
    expect(after).toMatchObject({ articles: frame.articles - 1, denied: frame.denied + 1 });
    expect(
      (await project.invoke('articles.list', { deniedCodeId: frame.id })).rows.map((row) => row.id),
    ).toContain(articleId);

    const uses = (await project.invoke('codebooks.list')).flatMap((book) => book.codes);
    const used = uses.find((code) => code.id === frame.id)!;
    expect(used.articles).toBeGreaterThan(0);
    const info = await project.invoke('project.info');
    await project.invoke('codes.delete', frame.id);
    const gone = await project.invoke('articles.facets');
    expect(gone.codes.some((code) => code.id === frame.id)).toBe(false);
    expect((await project.invoke('project.info')).counts).toEqual(info.counts);
  });
});
