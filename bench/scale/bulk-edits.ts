// What a person's bulk edits cost (issue 12, branch writes14: they hold the kept sums per frame as the
// frames re-run, analysis and merges do since migration 033): wall time and the process's CPU of
// each edit through the engine, on a project file. It writes and keeps what it wrote: run it on a
// copy, with main's code on one copy and this code on another, then compare their facets with
// bench/scale/frame-facet-hashes.ts.
//
//   node bench/scale/bulk-edits.ts PROJECT [ARTICLES=2000]
//
// In order: the likely evidence of the most used frame accepted in ARTICLES articles (the learned
// probabilities written first, untimed), the sure quotes of ARTICLES articles accepted one article at
// a time, an adjudicator's decisions on ARTICLES / 10 articles, the two most mentioned people merged,
// and the least used frame deleted with its evidence.
import { Engine } from '../../core/engine/engine.ts';
import type { Db } from '../../db/open.ts';
import { timed } from './timing.ts';

const [project, count] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/bulk-edits.ts PROJECT [ARTICLES]');
const articles = Number(count ?? 2000);
const many = (db: Db, sql: string, ...args: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .all(...args) as number[];

const engine = new Engine(project);
try {
  const db = engine.db;
  const frames = many(db, 'SELECT code_id FROM frame_state GROUP BY code_id ORDER BY count(*) DESC, code_id');
  const [most] = frames;
  const least = frames.at(-1)!;

  // Learned probabilities for the most used frame in the first ARTICLES articles with its evidence.
  db.prepare(
    `INSERT OR REPLACE INTO learned_scores (article_id, code_id, probability)
     SELECT article_id, code_id, 0.95 FROM (SELECT DISTINCT article_id, code_id FROM annotations
       WHERE code_id = ? AND status = 'suggested' AND negated = 0 ORDER BY article_id LIMIT ?)`,
  ).run(most, articles);
  const coder = await engine.invoke('coders.ensure', 'Bench coder');
  let accepted = 0;
  await timed(
    `likely evidence of the most used frame accepted in ${articles} articles, one edit`,
    async () => {
      accepted = (await engine.invoke('frames.acceptLikely', { codeId: most!, coderId: coder.id })).evidence;
    },
  );
  console.log(`  (${accepted} evidence sentences)`);

  const withSure = many(
    db,
    `SELECT article_id FROM quotes WHERE status = 'suggested' AND confidence >= 0.9
     GROUP BY article_id HAVING count(*) > 1 ORDER BY article_id LIMIT ?`,
    articles,
  );
  let quotes = 0;
  await timed(`sure quotes accepted in ${withSure.length} articles, an edit each`, async () => {
    for (const articleId of withSure)
      quotes += (await engine.invoke('quotes.acceptSure', { articleId, coderId: coder.id })).accepted;
  });
  console.log(`  (${quotes} quotes)`);

  const adjudicator = await engine.invoke('coders.ensure', 'Bench adjudicator');
  await engine.invoke('coders.setRole', adjudicator.id, 'adjudicator');
  const units = db
    .prepare(
      `SELECT article_id, code_id, start, end FROM annotations WHERE code_id = ? AND status = 'suggested'
       GROUP BY article_id ORDER BY article_id DESC LIMIT ?`,
    )
    .all(most, Math.round(articles / 10)) as {
    article_id: number;
    code_id: number;
    start: number;
    end: number;
  }[];
  await timed(`an adjudicator's decisions on ${units.length} articles' passages, an edit each`, async () => {
    for (const [i, unit] of units.entries())
      await engine.invoke('disagreements.adjudicate', {
        articleId: unit.article_id,
        codeId: unit.code_id,
        start: unit.start,
        end: unit.end,
        present: i % 2 === 0,
        coderId: adjudicator.id,
      });
  });

  const [into, from] = many(
    db,
    `SELECT m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.type = 'person'
     GROUP BY m.entity_id ORDER BY count(DISTINCT m.article_id) DESC LIMIT 2`,
  );
  const inArticles = db
    .prepare('SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id IN (?, ?)')
    .pluck()
    .get(into, from) as number;
  await timed(`the two most mentioned people merged (${inArticles} articles)`, () =>
    engine.invoke('entities.merge', from!, into!),
  );

  const evidence = db
    .prepare('SELECT count(*) FROM annotations WHERE code_id = ?')
    .pluck()
    .get(least) as number;
  await timed(`the least used frame deleted with its ${evidence} evidence sentences`, () =>
    engine.invoke('codes.delete', least),
  );
} finally {
  await engine.close();
}
