import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURE_WEB_PREFERENCES,
  denyPermission,
  externalLinkToOpen,
  isAppNavigation,
  viewMenuRoles,
} from '../../electron/security.ts';
import { META_CONTENT_SECURITY_POLICY } from '../../core/server/csp.ts';
import { APP_URL, appFilePath, rendererUrl } from '../../electron/app-protocol.ts';
import { FileGrants } from '../../electron/grants.ts';
import { quitAfterEngineCloses } from '../../electron/quit.ts';

describe('links the window hands to the system browser', () => {
  it.each([
    [
      'https://www.reuters.com/world/europe/russia-italy-aid',
      'https://www.reuters.com/world/europe/russia-italy-aid',
    ],
    ['http://tass.com/politics/1134567', 'http://tass.com/politics/1134567'],
    ['javascript:alert(document.cookie)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['file://attacker.example/share/payload.exe', null],
    ['smb://attacker.example/share', null],
    ['ms-msdt:/id PCWDiagnostic', null],
    ['vscode://file/etc/passwd', null],
    ['https://user:pass@evil.example/login', null],
    ['http://localhost:3000/admin', null],
    ['http://127.0.0.1:8080/', null],
    ['http://[::1]/', null],
    ['http://192.168.1.1/router', null],
    ['http://intranet/', null],
    ['http://printer.local/', null],
    ['https://evil.example/\nSet-Cookie: x', null],
    [' https://evil.example/', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(externalLinkToOpen(url)).toBe(expected);
  });
});

describe('navigation inside the window', () => {
  it.each([
    ['http://127.0.0.1:5173/#/reader/3', 'http://127.0.0.1:5173/', true],
    ['http://127.0.0.1:5174/', 'http://127.0.0.1:5173/', false],
    ['https://evil.example/', 'http://127.0.0.1:5173/', false],
    ['file:///app/dist/renderer/index.html#/library', 'file:///app/dist/renderer/index.html', true],
    ['file:///etc/passwd', 'file:///app/dist/renderer/index.html', false],
    ['javascript:alert(1)', 'file:///app/dist/renderer/index.html', false],
  ])('%s from %s → %s', (url, app, allowed) => {
    expect(isAppNavigation(url, app)).toBe(allowed);
  });
});

describe('the window settings', () => {
  it('isolate the page from Node and Electron', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });
  it('allow no remote or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('the app:// origin of the built window', () => {
  const dir = '/opt/framescope/out/renderer';
  it.each([
    ['app://framescope/index.html', `${dir}/index.html`],
    ['app://framescope/', `${dir}/index.html`],
    ['app://framescope/assets/index-abc.js', `${dir}/assets/index-abc.js`],
    // The URL parser folds "..", so these stay inside the folder (and name nothing there).
    ['app://framescope/../../etc/passwd', `${dir}/etc/passwd`],
    ['app://framescope/%2e%2e/%2e%2e/etc/passwd', `${dir}/etc/passwd`],
    ['app://framescope/assets/..%2f..%2f..%2fetc%2fpasswd', null],
    ['app://framescope/a%00.js', null],
    ['app://other/index.html', null],
    ['file:///opt/framescope/out/renderer/index.html', null],
  ])('%s → %s', (url, file) => {
    expect(appFilePath(dir, url)).toBe(file);
  });

  it('is where an installed app always loads its window from, whatever the environment says', () => {
    expect(rendererUrl(true, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toBe(APP_URL);
    expect(rendererUrl(true, {})).toBe(APP_URL);
    expect(rendererUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBe(
      'http://localhost:5173/',
    );
    expect(rendererUrl(false, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBe(APP_URL);
    expect(rendererUrl(false, { ELECTRON_RENDERER_URL: 'file:///tmp/x.html' })).toBe(APP_URL);
    expect(rendererUrl(false, {})).toBe(APP_URL);
  });

  it.each([
    ['app://framescope/index.html#/reader/3', true],
    ['app://evil/index.html', false],
    ['evil://framescope/index.html', false],
    ['other://x/', false],
    ['https://framescope/', false],
  ])('navigation to %s from the app → %s', (url, allowed) => {
    expect(isAppNavigation(url, APP_URL)).toBe(allowed);
  });
});

describe('the content security policy', () => {
  it('is in the page itself as a meta tag, the same as the header but for frame-ancestors', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});

describe('permissions and developer tools', () => {
  it('denies every permission check and request', () => {
    expect(denyPermission()).toBe(false);
  });
  it('leaves the developer tools and reload out of an installed app’s menu', () => {
    expect(viewMenuRoles(true)).not.toContain('toggleDevTools');
    expect(viewMenuRoles(true)).not.toContain('reload');
    expect(viewMenuRoles(false)).toContain('toggleDevTools');
  });
});

describe('file names from the window', () => {
  it('are refused unless they are tokens the main process handed out for that use, each used once', () => {
    const grants = new FileGrants();
    for (const [method, args] of [
      ['import.paths', [['/home/someone/.ssh/id_rsa']]],
      ['project.open', ['/etc/passwd']],
      ['project.create', ['/home/someone/.bashrc']],
      ['project.saveCopy', ['/tmp/stolen.sqlite']],
    ] as const)
      expect(grants.resolve(method, args)).toEqual({ refusal: expect.stringMatching(/files you picked/) });

    const [coverage, wire] = grants.grant(['/home/me/coverage', '/home/me/wire.txt'], 'import');
    const [copy] = grants.grant(['/home/me/copy.sqlite'], 'save');
    // A token picked for import does not open or overwrite anything.
    expect(grants.resolve('project.saveCopy', [coverage])).toHaveProperty('refusal');
    expect(grants.resolve('import.paths', [[coverage, wire], { analyse: false }])).toEqual({
      args: [['/home/me/coverage', '/home/me/wire.txt'], { analyse: false }],
    });
    expect(grants.resolve('import.paths', [[coverage]])).toHaveProperty('refusal');
    expect(grants.resolve('project.saveCopy', [copy])).toEqual({ args: ['/home/me/copy.sqlite'] });
    // An export is named in a save dialog of its own; a project-copy token does not write one, nor the reverse.
    const [qdpx, tables] = grants.grant(['/home/me/aid.qdpx', '/home/me/tables'], 'export');
    const [another] = grants.grant(['/home/me/another.sqlite'], 'save');
    expect(grants.resolve('exchange.exportQdpx', [another])).toHaveProperty('refusal');
    expect(grants.resolve('project.saveCopy', [qdpx])).toHaveProperty('refusal');
    expect(grants.resolve('exchange.exportQdpx', [qdpx])).toEqual({ args: ['/home/me/aid.qdpx'] });
    expect(grants.resolve('exchange.exportTidy', [tables])).toEqual({ args: ['/home/me/tables'] });
    expect(grants.resolve('exchange.exportTidy', [tables])).toHaveProperty('refusal');
    // Calls that name no files pass as they are.
    expect(grants.resolve('articles.get', [3])).toEqual({ args: [3] });
  });
});

describe('quitting', () => {
  it('waits for the engine to close the project, once, then quits', async () => {
    let finishClose!: () => void;
    let closes = 0;
    let quits = 0;
    const onQuit = quitAfterEngineCloses(
      () => {
        closes++;
        return new Promise<void>((resolve) => (finishClose = resolve));
      },
      () => quits++,
    );
    const held = {
      prevented: 0,
      preventDefault() {
        this.prevented++;
      },
    };
    onQuit(held);
    onQuit(held); // a second Ctrl+Q while closing
    expect(held.prevented).toBe(2);
    expect(closes).toBe(1);
    expect(quits).toBe(0);
    finishClose();
    await expect.poll(() => quits).toBe(1);
    const final = {
      prevented: 0,
      preventDefault() {
        this.prevented++;
      },
    };
    onQuit(final); // the quit the handler itself asked for goes through
    expect(final.prevented).toBe(0);
  });
});
