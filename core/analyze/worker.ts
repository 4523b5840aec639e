// An analysis worker thread: receives article texts, sends back what analysis finds and what
// Compare counts in them.
import { parentPort, workerData } from 'node:worker_threads';
// Not from nlp/frames/index.ts, which checks the shipped codebooks as it loads: the codebooks a worker
// is given were checked by the thread that started it (analyse-text.ts).
import { cuesOf } from '../../nlp/frames/cue-record.ts';
import type { Codebook } from '../../nlp/frames/types.ts';
import type { ProjectLexicon } from '../../nlp/index.ts';
import { articleFeatures } from '../compare/features.ts';
import { analyseText } from './analyse-text.ts';
import type { WorkerReply, WorkerRequest } from './pool.ts';

const { codebooks, lexicon } = workerData as { codebooks: Codebook[]; lexicon: ProjectLexicon };
// The cue set the analysis records hits of (run.ts names the same list in the project).
const cues = cuesOf(codebooks);

parentPort!.on('message', ({ id, articleId, title, text }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const analysis = analyseText(text, codebooks, lexicon, cues);
    reply = { id, ok: true, analysis, features: articleFeatures(articleId, title, text, analysis.blocks) };
  } catch (error) {
    reply = { id, ok: false, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
