import { request } from 'node:http';
import { connect } from 'node:net';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../core/server/index.ts';
import { serveCommand } from '../../core/cli/commands/serve.ts';
import type { EngineEvent, Envelope } from '../../core/contract.ts';
import type { Output } from '../../core/cli/output.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

/** A raw request, so tests can send what a browser would not: any Host, any path. */
function raw(
  server: RunningServer,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function call(server: RunningServer, method: string, args: unknown[], token = server.token) {
  const response = await fetch(`${server.address}api/call`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ method, args }),
  });
  return {
    status: response.status,
    envelope: (await response.json().catch(() => null)) as Envelope<unknown> | null,
  };
}

describe('the local HTTP bridge', () => {
  const temp = useTempDir();
  const servers: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  const start = async (staticDir?: string, allow?: string[]) => {
    const server = await startServer({
      dbPath: join(temp.dir(), 'served.sqlite'),
      port: 0,
      staticDir,
      allow,
      log: () => {},
    });
    servers.push(server);
    return server;
  };

  it('answers calls only with the token and only under 127.0.0.1 or localhost', async () => {
    const server = await start();
    expect(server.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).toBe(`${server.address}?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);

    const ok = await call(server, 'project.info', []);
    expect(ok.status).toBe(200);
    expect(ok.envelope).toMatchObject({ ok: true, value: { name: 'served', counts: { articles: 0 } } });

    expect((await call(server, 'project.info', [], 'wrong-token')).status).toBe(401);
    const noToken = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"method":"project.info","args":[]}',
    });
    expect(noToken.status).toBe(401);

    const rebound = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { Host: `evil.example:${server.port}`, Authorization: `Bearer ${server.token}` },
      body: '{"method":"project.info","args":[]}',
    });
    expect(rebound.status).toBe(403);
    expect((await raw(server, { path: '/', headers: { Host: `evil.example:${server.port}` } })).status).toBe(
      403,
    );
    const crossSite = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { Origin: 'http://evil.example', Authorization: `Bearer ${server.token}` },
      body: '{"method":"project.info","args":[]}',
    });
    expect(crossSite.status).toBe(403);
    const localhost = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: {
        Host: `localhost:${server.port}`,
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/json',
      },
      body: '{"method":"project.info","args":[]}',
    });
    expect(localhost.status).toBe(200);

    const bad = await call(server, 'articles.get', ['x']);
    expect(bad.envelope).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const notJson = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{method',
    });
    expect(JSON.parse(notJson.body)).toEqual({
      ok: false,
      error: { message: 'The request is not valid JSON.', code: 'invalid-arguments' },
    });
  });

  it('serves the page only to whoever opened the printed address, and refuses paths outside the UI', async () => {
    const ui = join(temp.dir(), 'ui');
    temp.file(
      'ui/index.html',
      '<!doctype html><html><head><title>Framescope</title></head><body></body></html>',
    );
    temp.file('ui/assets/app.js', 'console.log("app");');
    temp.file('secret.txt', 'not for the browser');
    const server = await start(ui);

    // Without the secret: neither the page, nor its scripts, nor anything holding the token.
    for (const path of ['/', '/library/article/3', '/assets/app.js', '/?token=guess']) {
      const refused = await raw(server, { path });
      expect(refused.status, path).toBe(401);
      expect(refused.body).not.toContain(server.token);
      expect(refused.body).toMatch(/address framescope serve printed/);
    }

    // The printed address trades the secret for a cookie and shows a clean address.
    const opened = await raw(server, { path: `/?token=${server.token}` });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    const cookie = String(opened.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^framescope-${server.port}=${server.token};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = { Cookie: `framescope-${server.port}=${server.token}` };

    const page = await raw(server, { path: '/', headers: withCookie });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(server.token);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(page.headers['cache-control']).toBe('no-store');
    const asset = await raw(server, { path: '/assets/app.js', headers: withCookie });
    expect(asset).toMatchObject({ status: 200, body: 'console.log("app");' });
    expect(asset.headers['content-security-policy']).toBeDefined();
    // The cookie of another run (another port) opens nothing here.
    expect(
      (await raw(server, { path: '/', headers: { Cookie: `framescope-1=${server.token}` } })).status,
    ).toBe(401);
    expect((await raw(server, { path: '/assets/missing.js', headers: withCookie })).status).toBe(404);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const refused = await raw(server, { path, headers: withCookie });
      expect(refused.status, path).toBe(403);
      expect(refused.body).not.toContain('not for the browser');
    }
    // The cookie alone answers calls from the page, but not calls another origin makes with it.
    const fromPage = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { ...withCookie, 'Content-Type': 'application/json', Origin: server.address.slice(0, -1) },
      body: '{"method":"project.info","args":[]}',
    });
    expect(fromPage.status).toBe(200);
    const otherPort = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { ...withCookie, 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:9' },
      body: '{"method":"project.info","args":[]}',
    });
    expect(otherPort.status).toBe(403);
    // A form another page submits cannot send JSON.
    const form = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { ...withCookie, 'Content-Type': 'text/plain' },
      body: '{"method":"project.info","args":[]}',
    });
    expect(form.status).toBe(415);
  });

  it('refuses bodies over 8 MB with a sentence, and takes large files in parts', async () => {
    const server = await start();
    const huge = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        method: 'import.upload',
        args: [[{ name: 'a.txt', base64: 'A'.repeat(9 << 20) }]],
      }),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/larger than 8 MB.*import fewer files/) },
    });

    const seed = readFileSync(SEED_PATH);
    const half = Math.floor(seed.length / 2);
    const first = await call(server, 'import.stage', [null, seed.subarray(0, half).toString('base64')]);
    const { stage } = (first.envelope as { ok: true; value: { stage: string } }).value;
    const second = await call(server, 'import.stage', [stage, seed.subarray(half).toString('base64')]);
    expect(second.envelope).toMatchObject({ ok: true, value: { stage, bytes: seed.length } });
    const imported = await call(server, 'import.upload', [[{ name: 'big/seed.txt', staged: stage }]]);
    expect(imported.envelope).toMatchObject({
      ok: true,
      value: { imported: [{ file: 'big/seed.txt' }], failures: [] },
    });
    // A staged file is used once.
    const again = await call(server, 'import.upload', [[{ name: 'seed.txt', staged: stage }]]);
    expect(again.envelope).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/import it again/) },
    });
  });

  it('lets the window name files only inside the folders serve was allowed', async () => {
    const allowed = join(temp.dir(), 'allowed');
    temp.file('allowed/coverage/seed.txt', readFileSync(SEED_PATH));
    const secret = temp.file('private/secret.txt', 'A private letter that is not an article for the window.');
    symlinkSync(secret, join(allowed, 'link.txt'));

    const closed = await start();
    for (const [method, args] of [
      ['import.paths', [[secret]]],
      ['project.open', [secret]],
      ['project.create', [join(temp.dir(), 'new.sqlite')]],
      ['project.saveCopy', [join(temp.dir(), 'copy.sqlite')]],
      ['exchange.exportQdpx', [join(temp.dir(), 'out.qdpx')]],
      ['exchange.importQdpx', [secret]],
      ['exchange.exportTidy', [temp.dir()]],
    ] as const) {
      const refused = await call(closed, method, [...args]);
      expect(refused.status, method).toBe(403);
      expect(refused.envelope).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/cannot name files on this computer.*--allow FOLDER/) },
      });
    }
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);

    const open = await start(undefined, [allowed]);
    expect((await call(open, 'import.paths', [[join(allowed, 'coverage')]])).envelope).toMatchObject({
      ok: true,
      value: { imported: [{ file: expect.stringContaining('seed.txt') }] },
    });
    for (const [method, args] of [
      ['import.paths', [[secret]]],
      ['import.paths', [[join(allowed, 'link.txt')]]],
      ['import.paths', [[join(allowed, '..', 'private')]]],
      ['project.saveCopy', [join(temp.dir(), 'copy.sqlite')]],
    ] as const) {
      const refused = await call(open, method, [...args]);
      expect(refused.status, `${method} ${JSON.stringify(args)}`).toBe(403);
      expect(refused.envelope).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/outside the folders this Framescope window may use/) },
      });
    }
    expect((await call(open, 'project.saveCopy', [join(allowed, 'copy.sqlite')])).envelope).toMatchObject({
      ok: true,
    });
    expect(existsSync(join(temp.dir(), 'copy.sqlite'))).toBe(false);
  });

  it('says how to build the UI when it has not been built, and the API still works', async () => {
    const server = await start(join(temp.dir(), 'not-built'));
    const page = await raw(server, {
      path: '/',
      headers: { Cookie: `framescope-${server.port}=${server.token}` },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('npx vite build --config renderer/vite.config.ts');
    expect((await call(server, 'history.state', [])).envelope).toMatchObject({
      ok: true,
      value: { canUndo: false },
    });
  });

  it('streams progress events while an import runs', async () => {
    const server = await start();
    expect((await fetch(`${server.address}api/events`)).status).toBe(401);
    // A token in the address of the stream is not accepted: it would land in logs and history.
    expect((await fetch(`${server.address}api/events?token=${server.token}`)).status).toBe(401);
    const events: EngineEvent[] = [];
    const stream = await fetch(`${server.address}api/events`, {
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    const analysed = (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (const [, data] of buffer.matchAll(/^data: (.*)$/gm))
          events.push(JSON.parse(data!) as EngineEvent);
        buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        if (events.some((event) => event.type === 'finished' && event.task === 'analysis')) return;
      }
    })();
    const imported = await call(server, 'import.upload', [
      [
        { name: 'coverage/seed.txt', base64: readFileSync(SEED_PATH).toString('base64') },
        { name: 'coverage/empty.txt', base64: '' },
      ],
    ]);
    await analysed;
    await reader.cancel();
    expect(imported.envelope).toMatchObject({
      ok: true,
      value: {
        imported: [{ id: 1, file: 'coverage/seed.txt' }],
        failures: [{ file: 'coverage/empty.txt', reason: expect.stringMatching(/empty/) }],
        analysis: { analysed: 1 },
      },
    });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'progress', task: 'import', done: 2, total: 2 }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'progress', task: 'analysis', done: 1, total: 1 }),
    );
    expect(events).toContainEqual({
      type: 'finished',
      taskId: expect.any(Number),
      task: 'import',
      ok: true,
      message: 'Imported 1 article; 0 duplicates skipped, 1 failure.',
    });

    const escape = await call(server, 'import.upload', [[{ name: '../../escape.txt', base64: 'eA==' }]]);
    expect(escape.envelope).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('cannot be used') },
    });
  });

  it('closes within seconds even while a window is still sending a call', async () => {
    const server = await start();
    // A request whose headers have not all arrived keeps its connection busy, never idle.
    const socket = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`);
    socket.on('error', () => undefined);
    const cut = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const closed = server.close().then(() => 'closed');
    const waited = new Promise((resolve) => setTimeout(() => resolve('still open'), 20_000));
    expect(await Promise.race([closed, waited])).toBe('closed');
    await cut;
  }, 30_000);

  it('runs as "framescope serve", printing the address, until stopped', async () => {
    let out = '';
    const output: Output = {
      out: (text) => (out += text),
      err: () => {},
      isTty: false,
      errIsTty: false,
      columns: 100,
    };
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const db = join(temp.dir(), 'cli.sqlite');
    const running = serveCommand({ db, port: '0', static: join(temp.dir(), 'none') }, output, stopped);
    await expect.poll(() => out).toMatch(/at http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const url = /at (http:\S+)/.exec(out)![1]!;
    expect(out).toContain(`Framescope is serving ${db} at ${url}`);
    expect(out).toMatch(/keep it to yourself/);
    const opened = await fetch(url, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await fetch(new URL('/', url))).status).toBe(401);
    stop();
    expect(await running).toBe(0);
    expect(out).toContain('Stopped; the project is saved and closed.');
    await expect(fetch(url)).rejects.toThrow();
  });
});
