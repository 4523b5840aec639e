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

/** Asked by the page (camera, notifications, clipboard, …) or checked by Chromium: always no. */
export function denyPermission(): boolean {
  return false;
}

/**
 * The View menu: zoom and full screen for everyone; reload and the developer tools only while
 * developing, never in an installed app.
 */
export function viewMenuRoles(isPackaged: boolean): string[] {
  const everyone = ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'];
  return isPackaged ? everyone : ['reload', 'forceReload', 'toggleDevTools', ...everyone];
}

/** Navigation inside the window is allowed only within the app's own pages. */
export function isAppNavigation(raw: string, appUrl: string): boolean {
  try {
    const url = new URL(raw);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
    // URL.origin is "null" for schemes it does not know (app:), so compare scheme, host and port.
    return (
      url.protocol === app.protocol && url.host === app.host && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}
