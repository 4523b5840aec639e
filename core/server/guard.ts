import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Who may talk to the bridge: only this machine (it listens on 127.0.0.1), only under the names
// 127.0.0.1 and localhost (a web page that rebinds its own domain to 127.0.0.1 still sends its
// domain as Host), only from our own origin, and for everything it serves (the page too) only with
// the secret of this run: the address `framescope serve` prints carries it once, after which the
// browser holds it in an HttpOnly, SameSite=Strict cookie. Other users of the machine can reach the
// port, but not the printed address, so they get nothing.

export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host?.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * A page of another origin may send requests; a browser marks them with its Origin, which must be
 * ours. Cookies do not tell ports apart, so this is what keeps a page served by someone else on
 * 127.0.0.1 from calling with our cookie.
 */
export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  return (
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
  );
}

/** One cookie per port, so two bridges running side by side do not overwrite each other's. */
export function cookieName(port: number): string {
  return `framescope-${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function cookieValue(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

export function sameSecret(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The secret from `Authorization: Bearer …` (scripts, tests) or from this run's cookie (the browser). */
export function requestAuthorised(request: IncomingMessage, port: number, token: string): boolean {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  return sameSecret(bearer ?? cookieValue(request, cookieName(port)), token);
}
