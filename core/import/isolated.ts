import { Worker } from 'node:worker_threads';
import type { ParseOptions, ParsedRecord } from './types.ts';
import { ImportFileError } from './types.ts';

// Web pages, feeds, Word documents and PDFs are read on a thread of their own that can be stopped:
// crafted files can make their readers (Readability, XML and zip libraries, pdf.js) run for minutes
// or swallow memory, and a thread stuck in a library cannot be interrupted any other way.

/**
 * A reader that has produced nothing for this long (no article, and for PDFs no page) is stopped,
 * and the file reported. Readers of real files never pause this long; crafted ones can for ever.
 */
export const PARSE_STALL_MS = 8_000;
/** However busy a reader keeps itself, one file may take no longer than this. */
export const PARSE_TOTAL_MS = 120_000;
/** The reading thread's heap; beyond it the thread dies and the file is reported. */
export const PARSE_HEAP_MB = 512;

export interface ParseRequest {
  id: number;
  format: string;
  path: string;
  options: ParseOptions;
}
export type ParseMessage =
  | { id: number; type: 'record'; record: ParsedRecord }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; name: string; message: string };

type Incoming = ParseMessage | { type: 'died'; error: Error } | { type: 'alive' };
type Inbox = { push: (message: Incoming) => void };

type Reader = { worker: Worker; inbox: Inbox | null; ready: Promise<void> };

let reader: Reader | null = null;
let nextId = 1;

function parseWorkerScript(): string | URL {
  return process.env.FRAMESCOPE_PARSE_WORKER ?? new URL('./parse-worker.ts', import.meta.url);
}

function startReader(): Reader {
  // Libraries print warnings about damaged files; they are not for the user's terminal, and the
  // thread silences them itself (quiet.ts): reading its output here kept the process from ever
  // exiting (an unref'd worker's flowing stdout still holds the event loop).
  const worker = new Worker(parseWorkerScript(), {
    resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB },
  });
  worker.unref();
  let markReady = () => {};
  const current: Reader = { worker, inbox: null, ready: new Promise((resolve) => (markReady = resolve)) };
  worker.on('message', (message: ParseMessage | { type: 'ready' } | { type: 'alive' }) => {
    if (message.type === 'ready') markReady();
    else if (message.type === 'alive') current.inbox?.push({ type: 'alive' });
    else current.inbox?.push(message);
  });
  worker.on('error', (error: Error) => {
    markReady();
    current.inbox?.push({ type: 'died', error });
    if (reader === current) reader = null;
  });
  worker.on('exit', () => {
    markReady();
    current.inbox?.push({ type: 'died', error: new Error('the reader stopped') });
    if (reader === current) reader = null;
  });
  return current;
}

function stop(current: { worker: Worker }): void {
  if (reader === current) reader = null;
  void current.worker.terminate();
}

/**
 * The records of one file, read on the reading thread; stalls and memory exhaustion end with an
 * ImportFileError that says what happened, and the next file gets a fresh thread.
 */
export async function* parseIsolated(
  format: string,
  path: string,
  options: ParseOptions,
  stallMs = PARSE_STALL_MS,
): AsyncGenerator<ParsedRecord> {
  const current = (reader ??= startReader());
  const queue: Incoming[] = [];
  let wake: (() => void) | null = null;
  current.inbox = {
    push: (message) => {
      queue.push(message);
      wake?.();
    },
  };
  const id = nextId++;
  current.worker.ref();
  // Loading the readers (pdf.js, Readability) is not the file's time.
  await current.ready;
  current.worker.postMessage({ id, format, path, options } satisfies ParseRequest);
  let finished = false;
  const deadline = Date.now() + PARSE_TOTAL_MS;
  try {
    for (;;) {
      if (Date.now() > deadline) {
        stop(current);
        throw new ImportFileError(
          `reading it took more than ${PARSE_TOTAL_MS / 60_000} minutes, so Framescope stopped; split the file into smaller ones`,
        );
      }
      if (queue.length === 0) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const stalled = await new Promise<boolean>((resolve) => {
          wake = () => resolve(false);
          timer = setTimeout(() => resolve(true), Math.min(stallMs, Math.max(0, deadline - Date.now())));
        });
        clearTimeout(timer);
        wake = null;
        if (stalled) {
          stop(current);
          throw new ImportFileError(
            `its reader worked for ${Math.round(stallMs / 1000)} seconds without getting anywhere, so Framescope stopped it; the file is damaged or built to stall readers, so save it again from the program that made it`,
          );
        }
        continue;
      }
      const message = queue.shift()!;
      if (message.type === 'alive') continue; // still working: the watchdog starts again
      if (message.type === 'died') {
        stop(current);
        throw new ImportFileError(
          /memory/i.test(message.error.message) ||
            (message.error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `reading it needed more than ${PARSE_HEAP_MB} MB of memory, so Framescope stopped; the file is damaged or built to exhaust memory`
            : `its reader stopped unexpectedly (${message.error.message})`,
        );
      }
      if (message.id !== id) continue;
      if (message.type === 'record') yield message.record;
      else if (message.type === 'done') {
        finished = true;
        return;
      } else {
        finished = true;
        throw message.name === 'ImportFileError'
          ? new ImportFileError(message.message)
          : Object.assign(new Error(message.message), { name: message.name });
      }
    }
  } finally {
    current.inbox = null;
    // A caller that stops early leaves the thread mid-file: start afresh next time.
    if (!finished) stop(current);
    else if (reader === current) current.worker.unref();
  }
}
