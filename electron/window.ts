import { BrowserWindow, session, shell } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  SECURE_WEB_PREFERENCES,
  denyPermission,
  externalLinkToOpen,
  isAppNavigation,
} from './security.ts';

/**
 * The one window factory: isolated, sandboxed, no Node, a strict CSP, no navigation away from the
 * app, no new windows; vetted http(s) links go to the system browser.
 */
export function createMainWindow(appUrl: string, preloadPath: string, devTools: boolean): BrowserWindow {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(denyPermission()),
  );
  session.defaultSession.setPermissionCheckHandler(denyPermission);

  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1280,
    minHeight: 800,
    title: 'Framescope',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, devTools, preload: preloadPath },
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppNavigation(url, appUrl)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    const link = externalLinkToOpen(url);
    if (link) void shell.openExternal(link);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}
