import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Engine, type EngineOptions } from '../engine/engine.ts';
import { hostAllowed, originAllowed, requestAuthorised, sameSecret, sessionCookie } from './guard.ts';
import { handleCall, handleEvents } from './api.ts';
import { AllowedFolders } from './allowed-folders.ts';
import { EventHub } from './event-hub.ts';
import {
  UPGRADE_TASK,
  UpgradeStopped,
  upgradeFinished,
  upgradeInWorker,
  upgradeStarting,
  upgradeWaiting,
} from '../engine/upgrade.ts';
import { send, serveStatic } from './static.ts';

export interface ServerOptions {
  dbPath: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  /** The built UI; default dist/renderer under the current folder. */
  staticDir?: string;
  /** Where bugs (not user mistakes) are logged; default stderr. */
  log?: (message: string) => void;
  /** Folders the window may open projects in, import from and save to; none by default (uploads only). */
  allow?: readonly string[];
  /** How long after a person's last frame decision learned proposals are refreshed (EngineOptions). */
  refreshProposalsAfterMs?: number | false;
  /**
   * Told the window's address as soon as the bridge listens: before an older project's upgrade is
   * done (startServer resolves after it), so a person can open the window and watch it.
   */
  onListening?: (url: string) => void;
  /**
   * Told how far an older project's upgrade got, as the window is; the upgrade goes on once it has
   * returned (or its promise settled).
   */
  onUpgrade?: (done: number, total: number, label: string) => void | Promise<void>;
  /**
   * The same for an older project the window opens later (`project.open`), which the engine
   * upgrades on a thread of its own while the bridge goes on answering.
   */
  onOpenUpgrade?: EngineOptions['onUpgrade'];
  /**
   * Stops an older project's upgrade at its next step (`framescope serve` stopped with Ctrl+C or
   * SIGTERM meanwhile): the migration under way rolls back, the file keeps its old version, the
   * bridge stops listening, and startServer rejects with UpgradeStopped.
   */
  signal?: AbortSignal;
}

export interface RunningServer {
  /**
   * The address to open, http://127.0.0.1:PORT/?token=…: it carries this run's secret, so only the
   * person it is printed for can open the window. The bridge swaps it for a cookie at once.
   */
  url: string;
  /** http://127.0.0.1:PORT/, the bridge's own address; nothing is served there without the secret. */
  address: string;
  port: number;
  /** Required on every request: `Authorization: Bearer <token>`, or the cookie the url sets. */
  token: string;
  engine: Engine;
  /** Stops serving and closes the project once running work is done. */
  close(): Promise<void>;
}

/** How long a closing bridge waits for a window's calls in flight before it cuts their connections. */
const CLOSE_GRACE_MS = 3000;

/**
 * The local HTTP bridge: the engine's contract over `POST /api/call`, its events over SSE at
 * `GET /api/events`, and the built UI, on 127.0.0.1 only, guarded by a random token per run.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const hub = new EventHub();
  const openEngine = () => {
    const opened = new Engine(options.dbPath, {
      readerThreads: true,
      ...(options.onOpenUpgrade ? { onUpgrade: options.onOpenUpgrade } : {}),
      ...(options.refreshProposalsAfterMs !== undefined
        ? { refreshProposalsAfterMs: options.refreshProposalsAfterMs }
        : {}),
      onInternalError: (method, error) =>
        log(`Framescope: ${method} failed: ${(error as Error).stack ?? String(error)}`),
    });
    opened.subscribe((event) => hub.emit(event));
    return opened;
  };
  // An older project is upgraded on a thread of its own once the bridge listens (the window shows
  // how far it got); any other is opened now, as before, and a file that cannot be opened fails here.
  const upgrading = upgradeWaiting(options.dbPath);
  let engine: Engine | null = upgrading ? null : openEngine();
  let engineOpened!: (opened: Engine) => void;
  let engineFailed!: (error: unknown) => void;
  const ready = new Promise<Engine>((resolveReady, rejectReady) => {
    engineOpened = resolveReady;
    engineFailed = rejectReady;
  });
  ready.catch(() => {});
  if (engine) engineOpened(engine);
  const token = randomBytes(32).toString('base64url');
  const staticDir = resolve(options.staticDir ?? 'dist/renderer');
  const streams = new Set<() => void>();
  const allowed = new AllowedFolders(options.allow ?? []);
  let port = 0;

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!hostAllowed(request, port) || !originAllowed(request, port))
      return send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Framescope answers only to 127.0.0.1 and localhost.',
      );
    // URL parsing resolves "..", even written as %2e%2e, so a climbing path is refused before it is parsed.
    if (climbs(request.url ?? '/'))
      return send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Only the files of the Framescope window are served here.',
      );
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const given = url.searchParams.get('token');
    if (given !== null && request.method === 'GET' && !url.pathname.startsWith('/api/')) {
      // The printed address: trade its secret for a cookie, then show a clean address, so the secret
      // stays out of the address bar, bookmarks and the Referer of anything the page loads.
      if (!sameSecret(given, token)) return refuseWithoutSecret(response);
      url.searchParams.delete('token');
      return send(response, 303, 'text/plain; charset=utf-8', 'Opening Framescope…', true, {
        Location: url.pathname + url.search,
        'Set-Cookie': sessionCookie(port, token),
      });
    }
    if (!requestAuthorised(request, port, token)) return refuseWithoutSecret(response);
    if (url.pathname.startsWith('/api/')) {
      // A call made while the project is upgraded waits for it to open.
      if (url.pathname === '/api/call' && request.method === 'POST')
        return handleCall(engine ?? (await ready), request, response, allowed);
      if (url.pathname === '/api/events' && request.method === 'GET') {
        const end = handleEvents((listener) => hub.subscribe(listener), request, response);
        streams.add(end);
        request.on('close', () => streams.delete(end));
        return;
      }
      return send(response, 404, 'text/plain; charset=utf-8', 'There is no such API address.');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'Only GET is served here.');
    return serveStatic(staticDir, url.pathname, response);
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log(`Framescope: ${request.method} ${request.url} failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent)
        send(response, 500, 'text/plain; charset=utf-8', 'Framescope could not answer that.');
      else response.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: nothing on the network can reach the project.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const address = `http://127.0.0.1:${port}/`;
  const url = `${address}?token=${token}`;
  options.onListening?.(url);
  if (!engine) engine = await upgradeThenOpen(server);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      for (const end of streams) end();
      await new Promise<void>((done) => {
        // A window still asking (a call in flight, a stream reconnecting) must not keep the bridge
        // open: after a moment its connections are cut; the engine then finishes what it runs.
        const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(cut);
          done();
        });
        server.closeIdleConnections();
      });
      await opened.close();
    })());

  const opened = engine;
  return { url, address, port, token, engine: opened, close };

  /** Upgrades the project on its own thread, telling the windows, then opens it; or stops serving. */
  async function upgradeThenOpen(listening: Server): Promise<Engine> {
    // Told at once, before the first migration: the window shows which project is being upgraded.
    hub.emit({ type: 'progress', taskId: UPGRADE_TASK, task: 'upgrade', ...upgradeStarting(options.dbPath) });
    let opened: Engine | null = null;
    try {
      opened = await upgradeInWorker(
        options.dbPath,
        async (done, total, label) => {
          hub.emit({ type: 'progress', taskId: UPGRADE_TASK, task: 'upgrade', done, total, label });
          await options.onUpgrade?.(done, total, label);
        },
        openEngine,
        options.signal ? { signal: options.signal } : {},
      );
    } catch (error) {
      if (error instanceof UpgradeStopped) {
        // Stopped as asked: the file keeps its old version, and nothing opens it here.
        hub.emit(upgradeFinished('stopped', error.message));
        engineFailed(error);
        listening.closeAllConnections();
        await new Promise((closed) => listening.close(closed));
        throw error;
      }
      // Else the engine's own open, next, upgrades it or says in a sentence what is wrong with the file.
    }
    try {
      opened ??= openEngine();
      hub.emit(upgradeFinished('upgraded'));
      engineOpened(opened);
      return opened;
    } catch (error) {
      hub.emit(upgradeFinished('failed', (error as Error).message));
      engineFailed(error);
      listening.closeAllConnections();
      await new Promise((closed) => listening.close(closed));
      throw error;
    }
  }
}

function refuseWithoutSecret(response: ServerResponse): void {
  response.setHeader('WWW-Authenticate', 'Bearer');
  send(
    response,
    401,
    'text/plain; charset=utf-8',
    'This Framescope window opens only from the address framescope serve printed (it carries the key of this run). Open that address again, or restart framescope serve for a new one.',
    true,
  );
}

function climbs(rawUrl: string): boolean {
  const path = rawUrl.split('?')[0]!;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Left as it is; the static server answers malformed escapes.
  }
  return [path, decoded].some((form) => form.split(/[\\/]/).includes('..'));
}
