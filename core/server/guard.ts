import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Who may talk to the bridge: only this machine (it listens on 127.0.0.1), only under the names
// 127.0.0.1 and localhost (a web page that rebinds its own domain to 127.0.0.1 still sends its
// domain as Host), and for the API only with the token of this run.

export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host?.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A cross-site page may send requests; a browser marks them with its Origin, which must be ours. */
export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  return (
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
  );
}

/** The token from `Authorization: Bearer …`, or from `?token=` where headers cannot be set (EventSource). */
export function tokenAllowed(
  request: IncomingMessage,
  url: URL,
  token: string,
  allowQuery: boolean,
): boolean {
  const header = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  const given = header ?? (allowQuery ? url.searchParams.get('token') : null);
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
