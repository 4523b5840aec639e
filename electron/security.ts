// The security rules of the one window factory (see window.ts), as plain functions that tests can
// check without an Electron binary.

export { CONTENT_SECURITY_POLICY } from '../core/server/csp.ts';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/**
 * The link to hand to the system browser, or null to drop it: only http(s) links to a named
 * host, without credentials, that are not the app's own or this machine's.
 */
export function externalLinkToOpen(raw: string): string | null {
  // White space or control characters smuggle headers or arguments past a URL check.
  if ([...raw].some((c) => c.trim() === '' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  if (!host.includes('.') || host.endsWith('.localhost') || host.endsWith('.local')) return null;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) return null; // no bare IP addresses
  return url.href;
}

/** Navigation inside the window is allowed only within the app's own pages. */
export function isAppNavigation(raw: string, appUrl: string): boolean {
  try {
    const url = new URL(raw);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
    return url.origin === app.origin;
  } catch {
    return false;
  }
}
