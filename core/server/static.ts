import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Framescope</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40em; margin: 4em auto; color: #222">
<h1>Framescope is running, but its window has not been built yet</h1>
<p>Build the interface with <code>npx vite build --config renderer/vite.config.ts</code> (or run
<code>npm start</code>, which builds it), then reload this page.</p>
<p>The engine is working meanwhile: the API answers at <code>/api/call</code>.</p>
</body></html>
`;

/**
 * Serves a file of the built UI. Paths that climb out of the folder are refused; paths without a
 * file extension get index.html (the UI routes them). Nothing secret is in them: the page reaches the
 * API with the cookie the bridge set when the printed address was opened.
 */
export async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(response, 400, 'text/plain; charset=utf-8', 'That address is not valid.');
  }
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (
    decoded.includes('\0') ||
    decoded.split(/[\\/]/).includes('..') ||
    !(target === base || target.startsWith(base + sep))
  )
    return send(
      response,
      403,
      'text/plain; charset=utf-8',
      'Only the files of the Framescope window are served here.',
    );

  const isPage = target === base || extname(target) === '';
  const file = isPage ? join(base, 'index.html') : target;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (isPage) return send(response, 200, TYPES['.html']!, NOT_BUILT, true);
    return send(response, 404, 'text/plain; charset=utf-8', 'There is no such file.');
  }
  const body = await readFile(file);
  if (extname(file) === '.html') return send(response, 200, TYPES['.html']!, body, true);
  send(response, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
}

export function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  noStore = false,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...(noStore ? { 'Cache-Control': 'no-store' } : {}),
  });
  response.end(body);
}
