import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

/** The meta tag the UI reads its API token from; the page is only ever served to this machine. */
export function injectToken(html: string, token: string): string {
  const tag = `<meta name="framescope-token" content="${token}">`;
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`)
    : `${tag}\n${html}`;
}

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
 * file extension get index.html (the UI routes them), with this run's token written into it.
 */
export async function serveStatic(
  root: string,
  pathname: string,
  token: string,
  response: ServerResponse,
): Promise<void> {
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
  if (extname(file) === '.html')
    return send(response, 200, TYPES['.html']!, injectToken(body.toString('utf8'), token), true);
  send(response, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
}

export function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  noStore = false,
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    ...(noStore ? { 'Cache-Control': 'no-store' } : {}),
  });
  response.end(body);
}
