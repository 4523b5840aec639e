import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURE_WEB_PREFERENCES,
  externalLinkToOpen,
  isAppNavigation,
} from '../../electron/security.ts';

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
