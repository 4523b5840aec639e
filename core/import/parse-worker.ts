// A reading thread: parses one file at a time in a format whose readers can be slow or hungry on
// crafted input (web pages, feeds, Word, PDF), so that the importer can stop it (see isolated.ts).
import './quiet.ts';
import { parentPort } from 'node:worker_threads';
import { ISOLATED_FORMATS } from './formats/index.ts';
import { onHeartbeat } from './heartbeat.ts';
import type { ParseRequest, ParseMessage } from './isolated.ts';

const port = parentPort!;
let lastBeat = 0;
onHeartbeat(() => {
  const now = Date.now();
  if (now - lastBeat < 250) return;
  lastBeat = now;
  port.postMessage({ type: 'alive' });
});
// The readers are loaded: from now on the importer's clock for a stalled file runs.
port.postMessage({ type: 'ready' });
port.on('message', ({ id, format, path, options }: ParseRequest) => {
  void (async () => {
    try {
      const parse = ISOLATED_FORMATS[format];
      if (!parse) throw new Error(`no reader for ${format}`);
      for await (const record of parse(path, options))
        port.postMessage({ id, type: 'record', record } satisfies ParseMessage);
      port.postMessage({ id, type: 'done' } satisfies ParseMessage);
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id, type: 'error', name, message } satisfies ParseMessage);
    }
  })();
});
