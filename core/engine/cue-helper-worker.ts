// A helper thread of the cue preview (core/engine/cue-helpers.ts): counts each cue's hits in a run of
// articles, read through its own read-only connection to the project, and sends them back.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { openProject, type Db } from '../../db/open.ts';
import { statement } from '../../db/statements.ts';
import { cueHitsByFrame, type Codebook } from '../../nlp/frames/index.ts';
import { FindsBuilder } from './cue-finds.ts';
import { oneFramePerCue } from '../../nlp/frames/index.ts';
import type { FromHelper, ToHelper } from './cue-helpers.ts';

const port = parentPort!;
/** Articles counted between two looks at the messages (a stop) and two progress reports. */
const SLICE = 50;
const connections = new Map<string, Db>();
const stopped = new Set<number>();
/**
 * The codebook of the cues counted last: a preview sends the same cues with each run, and a codebook
 * is compiled (its patterns parsed, its word search built) once per object.
 */
let last: { cues: string; book: Codebook } | null = null;

port.on('message', (message: ToHelper) => {
  if (message.kind === 'stop') stopped.add(message.id);
  else if (message.kind === 'close') {
    for (const db of connections.values()) db.close();
    connections.clear();
    port.close();
  } else
    count(message).catch((error: unknown) =>
      port.postMessage({
        kind: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
      } satisfies FromHelper),
    );
});

async function count({ id, path, cues, ids }: Extract<ToHelper, { kind: 'count' }>): Promise<void> {
  let db = connections.get(path);
  if (!db) {
    // The engine that asked opened and checked the file (db/trust/verify.ts).
    db = openProject(path, { readonly: true, create: false, checked: true });
    connections.set(path, db);
  }
  const key = JSON.stringify(cues);
  if (last?.cues !== key) last = { cues: key, book: oneFramePerCue(cues) };
  const { book } = last;
  const readText = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  const builders = cues.map(() => new FindsBuilder());
  let done = 0;
  for (const article of ids) {
    if (stopped.has(id)) break;
    const text = (readText.get(article) as string | undefined) ?? '';
    for (const found of cueHitsByFrame(text, book)) builders[Number(found.frame)]?.add(article, found.hits);
    if (++done % SLICE === 0) {
      port.postMessage({ kind: 'progress', id, done } satisfies FromHelper);
      await yieldToEventLoop();
    }
  }
  if (stopped.delete(id)) {
    port.postMessage({ kind: 'done', id, finds: null } satisfies FromHelper);
    return;
  }
  const finds = builders.map((builder) => builder.done());
  // Handed over, not copied: the arrays were made for this message.
  const buffers = finds.flatMap((cue) =>
    [cue.articles, cue.starts, cue.ends, cue.sentenceStarts, cue.sentenceEnds].map(
      (column) => column.buffer as ArrayBuffer,
    ),
  );
  port.postMessage({ kind: 'done', id, finds } satisfies FromHelper, buffers);
}
