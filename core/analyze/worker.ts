// An analysis worker thread: receives article texts, sends back what analysis finds and what
// Compare counts in them.
import { parentPort } from 'node:worker_threads';
// Not from nlp/frames/index.ts, which checks the shipped codebooks as it loads: the codebooks a worker
// is given were checked by the thread that started it (analyse-text.ts).
import { cuesOf } from '../../nlp/frames/cue-record.ts';
import { articleFeatures } from '../compare/features.ts';
import { analyseText } from './analyse-text.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup, WorkerSetupMessage } from './pool.ts';

// Given by the pool's first message: the thread loads its modules before the project's codebooks are
// known (pool.ts), so that it can start while an import still reads.
let setup: (WorkerSetup & { cues: readonly string[] }) | null = null;

parentPort!.on('message', (message: WorkerSetupMessage | WorkerRequest) => {
  if ('setup' in message) {
    // The cue set the analysis records hits of (run.ts names the same list in the project).
    setup = { ...message.setup, cues: cuesOf(message.setup.codebooks) };
    return;
  }
  const { id, articleId, title, text } = message;
  let reply: WorkerReply;
  try {
    if (!setup) throw new Error('the analysis worker was given no codebooks');
    const { codebooks, lexicon, cues } = setup;
    const analysis = analyseText(text, codebooks, lexicon, cues);
    reply = { id, ok: true, analysis, features: articleFeatures(articleId, title, text, analysis.blocks) };
  } catch (error) {
    reply = { id, ok: false, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
