import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type ServerOptions } from '../../core/server/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIST = join(ROOT, 'dist/renderer');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the UI the way `npm start` serves it. */
export async function buildRenderer(): Promise<void> {
  await build({ configFile: join(ROOT, 'renderer/vite.config.ts'), logLevel: 'warn' });
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves what the user sees as test-artifacts/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

export interface BrowserSession {
  /** A temporary folder, removed afterwards, holding the project and any files a test writes. */
  dir: string;
  server: Awaited<ReturnType<typeof startServer>>;
  page: Page;
}

/**
 * For a describe block: the built UI served over the bridge on a new project in a temporary
 * folder, and a 1440×900 page in Chromium; all closed and removed afterwards. The fields are set
 * once the block's beforeAll has run.
 */
export function useBrowserSession(
  projectFile = 'project.sqlite',
  /** Fills the project file before the bridge opens it (given its path). */
  prepare?: (path: string) => Promise<void> | void,
  /** More options for the bridge (the project, port and UI are the session's). */
  serverOptions: Omit<ServerOptions, 'dbPath' | 'port' | 'staticDir'> = {},
): BrowserSession {
  const session = {} as BrowserSession;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await buildRenderer();
    session.dir = mkdtempSync(join(tmpdir(), 'framescope-e2e-'));
    await prepare?.(join(session.dir, projectFile));
    session.server = await startServer({
      dbPath: join(session.dir, projectFile),
      port: 0,
      staticDir: RENDERER_DIST,
      ...serverOptions,
    });
    browser = await launchChromium();
    session.page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // The app asks who is coding before the first correction; these tests code as one person, chosen
    // once per tab (a test that wants the question removes the name and reloads).
    await session.page.addInitScript(() => {
      try {
        if (sessionStorage.getItem('framescope.e2e')) return;
        sessionStorage.setItem('framescope.e2e', '1');
        localStorage.setItem('framescope.coder', 'Tester');
      } catch {
        // about:blank has no storage; the app's own pages do.
      }
    });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await session.server?.close();
    if (session.dir) rmSync(session.dir, { recursive: true, force: true });
  });
  return session;
}

/** The engine methods the page calls through the bridge, in order, from now on. */
export function recordCalls(page: Page): { methods: () => string[]; clear: () => void } {
  const methods: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/call') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { method?: string } | null;
    if (body?.method) methods.push(body.method);
  });
  return { methods: () => [...methods], clear: () => methods.splice(0) };
}
