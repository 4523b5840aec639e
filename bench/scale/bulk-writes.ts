// What the bulk writes that change many articles' kept rows cost (issue 12: the kept sums per frame
// of migration 031 were kept row by row in triggers; migration 033 holds them for bulk writes):
// wall time and the process's CPU, on a project file opened directly. It writes: run it on a copy.
// Run it with main's code on one copy and with this code on another, alternated (their sums are
// compared by bench/scale/frame-facet-hashes.ts afterwards).
//
//   node bench/scale/bulk-writes.ts PROJECT rerun [ARTICLES=2000]   the frames re-run's writes
//        for the first ARTICLES articles (detection first, untimed; batches of 10 as the engine writes)
//   node bench/scale/bulk-writes.ts PROJECT analysis [ARTICLES=500]   the first ARTICLES articles
//        analysed again (the texts' analysis made first, untimed, so the run times reading and writing)
//   node bench/scale/bulk-writes.ts PROJECT merge THEIRS [keep]   a colleague's copy merged in, and
//        undone (unless `keep`)
import { analyseArticles } from '../../core/analyze/run.ts';
import { analyseText } from '../../core/analyze/analyse-text.ts';
import { ensureShippedCodebooks, loadProjectCodebooks } from '../../core/analyze/codebooks.ts';
import { getProjectLexicon } from '../../core/analyze/lexicon.ts';
import type { ArticleAnalysis } from '../../core/analyze/types.ts';
import { undoEdit } from '../../core/engine/history.ts';
import {
  FRAME_BATCH,
  detectFrameBatches,
  frameCodeIds,
  storeFrameBatch,
  type ArticleFrames,
} from '../../core/engine/frames-rerun.ts';
import { mergeProjectFile } from '../../core/merge/run.ts';
import { closeProject, openProject } from '../../db/open.ts';
import { cuesOf } from '../../nlp/frames/index.ts';
import { timed } from './timing.ts';

const [project, part, arg] = process.argv.slice(2);
if (!project || !part)
  throw new Error('usage: node bench/scale/bulk-writes.ts PROJECT rerun|analysis|merge [N|THEIRS]');
const db = openProject(project);
const firstIds = (n: number) =>
  db.prepare('SELECT id FROM articles WHERE id != 0 ORDER BY id LIMIT ?').pluck().all(n) as number[];

try {
  if (part === 'rerun') {
    const n = Number(arg ?? 2000);
    const codeIds = frameCodeIds(db);
    const batches: ArticleFrames[][] = [];
    const stop = new AbortController();
    let seen = 0;
    await detectFrameBatches(
      db,
      (batch) => {
        batches.push(batch);
        seen += batch.length;
        if (seen >= n) stop.abort();
      },
      () => {},
      stop.signal,
    );
    await timed(`frames re-run's writes, ${seen} articles in batches of ${FRAME_BATCH}`, () => {
      for (const batch of batches) storeFrameBatch(db, batch, codeIds);
    });
  } else if (part === 'analysis') {
    const ids = firstIds(Number(arg ?? 500));
    ensureShippedCodebooks(db);
    const { codebooks } = loadProjectCodebooks(db);
    const lexicon = getProjectLexicon(db);
    const cues = cuesOf(codebooks);
    const made = new Map<string, ArticleAnalysis>();
    const read = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
    for (const id of ids) {
      const text = read.get(id) as string;
      made.set(text, analyseText(text, codebooks, lexicon, cues));
    }
    await timed(`analysis of ${ids.length} articles again (reading and writing)`, () =>
      analyseArticles(db, ids, { threads: 1, analyseInProcess: (text) => made.get(text)! }),
    );
  } else if (part === 'merge') {
    if (!arg) throw new Error('merge: name the colleague’s copy');
    let added = 0;
    await timed('a colleague’s copy merged in', () => {
      added = mergeProjectFile(db, project, arg).frameDecisions.added;
    });
    console.log(`  (${added} frame decisions added)`);
    if (process.argv[5] !== 'keep') await timed('  and the merge undone', () => undoEdit(db));
  } else throw new Error(`no such part: ${part}`);
} finally {
  closeProject(db);
}
