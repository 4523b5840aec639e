import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../engine/engine.ts';
import type { EngineEvent, Envelope } from '../contract.ts';
import { pathsInCall } from '../engine/path-arguments.ts';
import type { AllowedFolders } from './allowed-folders.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { send } from './static.ts';

/**
 * No call needs more: the window uploads files in batches of a few MB and sends larger files in
 * parts (`import.stage`), so nobody who knows the port can make the bridge buffer hundreds of MB.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(envelope), true);
}

function failure(message: string, code: 'invalid-arguments' = 'invalid-arguments'): Envelope<never> {
  return { ok: false, error: { message, code } };
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `POST /api/call` with `{method, args}`: answers with the engine's envelope. */
export async function handleCall(
  engine: Engine,
  request: IncomingMessage,
  response: ServerResponse,
  allowed: AllowedFolders,
): Promise<void> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
    return sendEnvelope(response, 415, failure('A call is sent as JSON (Content-Type: application/json).'));
  const declared = Number(request.headers['content-length'] ?? 0);
  const body = declared > MAX_BODY_BYTES ? null : await readBody(request);
  if (body === null) {
    request.resume();
    return sendEnvelope(
      response,
      413,
      failure(
        `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, the most one call may carry; ` +
          'import fewer files at a time (the Import button sends large files in parts by itself).',
      ),
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return sendEnvelope(response, 400, failure('The request is not valid JSON.'));
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    typeof (parsed as { method?: unknown }).method !== 'string'
  )
    return sendEnvelope(response, 400, failure('A call needs a "method" and its "args" list.'));
  const { method, args } = parsed as { method: string; args?: unknown };
  const paths = pathsInCall(method, args);
  const refusal = paths && allowed.refusal(paths);
  if (refusal) return sendEnvelope(response, 403, failure(refusal));
  sendEnvelope(response, 200, await engine.call(method, args ?? []));
}

/** `GET /api/events`: the engine's events (and an upgrade's) as Server-Sent Events, until the page goes away. */
export function handleEvents(
  subscribe: (listener: (event: EngineEvent) => void) => () => void,
  request: IncomingMessage,
  response: ServerResponse,
): () => void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  response.write('retry: 2000\n: connected\n\n');
  const unsubscribe = subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
  // A comment now and then keeps proxies and idle timeouts from closing a quiet stream.
  const heartbeat = setInterval(() => response.write(': still here\n\n'), 20_000);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.on('close', stop);
  return () => {
    stop();
    response.end();
  };
}
