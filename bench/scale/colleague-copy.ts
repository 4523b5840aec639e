// Makes a colleague's copy of a project for bench/scale/bulk-writes.ts's merge: on a copy of the
// project, a coder of their own denies the most used frame in its first ARTICLES articles and asserts
// it as primary in as many others without it, through the engine, one decision at a time.
// It writes: run it on a copy (with the code of the older side, so both sides can read the copy).
//
//   node bench/scale/colleague-copy.ts COPY [ARTICLES=1000]
import { Engine } from '../../core/engine/engine.ts';
import { mostUsedFrame } from './calls.ts';

const [copy, count] = process.argv.slice(2);
if (!copy) throw new Error('usage: node bench/scale/colleague-copy.ts COPY [ARTICLES=1000]');
const n = Number(count ?? 1000);
const engine = new Engine(copy);
try {
  const codeId = mostUsedFrame(engine.db);
  const coderId = (await engine.invoke('coders.ensure', 'Colleague')).id;
  const holding = engine.db
    .prepare(
      'SELECT article_id FROM frame_state WHERE code_id = ? AND denied = 0 ORDER BY article_id LIMIT ?',
    )
    .pluck()
    .all(codeId, n) as number[];
  const without = engine.db
    .prepare(
      `SELECT id FROM articles WHERE id != 0 AND id NOT IN (SELECT article_id FROM frame_state WHERE code_id = ?)
       ORDER BY id LIMIT ?`,
    )
    .pluck()
    .all(codeId, n) as number[];
  for (const articleId of holding)
    await engine.invoke('frames.decide', articleId, codeId, { denied: true, coderId });
  for (const articleId of without)
    await engine.invoke('frames.decide', articleId, codeId, { primary: true, coderId });
  console.log(`frame ${codeId}: denied in ${holding.length} articles, asserted in ${without.length}`);
} finally {
  await engine.close();
}
