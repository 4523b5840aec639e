// The window's own files are served under app://framescope/ rather than file://: a file:// page
// may read any file its URL can name and shares one origin with every other file, while app:// is
// an origin of its own that serves only the built window. Pure functions, tested without Electron.
import { extname, join, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://framescope`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The built file an app:// address names, or null for anything outside the window's folder. */
export function appFilePath(rendererDir: string, raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'framescope') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.split(/[\\/]/).includes('..')) return null;
  const base = resolve(rendererDir);
  const file = resolve(join(base, path === '/' ? 'index.html' : path));
  return file.startsWith(base + sep) ? file : null;
}

export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The address the window loads: the development server electron-vite names, but only in
 * development and only on this machine; the built files under app:// otherwise. A packaged app
 * never takes its page from an environment variable.
 */
export function rendererUrl(isPackaged: boolean, env: Record<string, string | undefined>): string {
  const dev = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && dev) {
    try {
      const url = new URL(dev);
      if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
        return url.href;
    } catch {
      // Not an address: use the built files.
    }
  }
  return APP_URL;
}
