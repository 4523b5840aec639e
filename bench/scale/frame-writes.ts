// What the writes that change frames cost on one project (issue 12: kept sums per frame add to
// them, migration 031): a coder's decision on the most framed article of the most used frame and
// its undo, then a frames re-run of the whole project, timed through the engine (wall and the
// process's CPU, worker threads included). It writes: run it on a copy.
//
//   node bench/scale/frame-writes.ts PROJECT [rerun=yes]
import { Engine } from '../../core/engine/engine.ts';
import { mostUsedFrame } from './calls.ts';
import { timed } from './timing.ts';

const [project, rerun] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/frame-writes.ts PROJECT [rerun=yes]');
const engine = new Engine(project);
try {
  const codeId = mostUsedFrame(engine.db);
  const articleId = engine.db
    .prepare(
      `SELECT s.article_id FROM frame_state s JOIN article_facets f ON f.article_id = s.article_id
       WHERE s.code_id = ? AND s.denied = 0 ORDER BY length(f.frames) DESC, s.article_id LIMIT 1`,
    )
    .pluck()
    .get(codeId) as number;
  const coderId = (await engine.invoke('coders.ensure', 'Bench')).id;
  for (let i = 0; i < 3; i++) {
    await timed(`a coder denies frame ${codeId} in article ${articleId}`, () =>
      engine.invoke('frames.decide', articleId, codeId, { denied: true, coderId }),
    );
    await timed('  and takes the decision back', () =>
      engine.invoke('frames.undecide', articleId, codeId, { coderId }),
    );
  }
  if (rerun !== 'no') await timed('frames re-run, whole project', () => engine.invoke('frames.rerun'));
} finally {
  await engine.close();
}
