import { request } from 'node:http';
import { readFileSync } from 'node:fs';
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
): Promise<{ status: number; body: string }> {
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
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function call(server: RunningServer, method: string, args: unknown[], token = server.token) {
  const response = await fetch(`${server.url}api/call`, {
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
  const start = async (staticDir?: string) => {
    const server = await startServer({
      dbPath: join(temp.dir(), 'served.sqlite'),
      port: 0,
      staticDir,
      log: () => {},
    });
    servers.push(server);
    return server;
  };

  it('answers calls only with the token and only under 127.0.0.1 or localhost', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token.length).toBeGreaterThanOrEqual(40);

    const ok = await call(server, 'project.info', []);
    expect(ok.status).toBe(200);
    expect(ok.envelope).toMatchObject({ ok: true, value: { name: 'served', counts: { articles: 0 } } });

    expect((await call(server, 'project.info', [], 'wrong-token')).status).toBe(401);
    const noToken = await raw(server, {
      path: '/api/call',
      method: 'POST',
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
      headers: { Host: `localhost:${server.port}`, Authorization: `Bearer ${server.token}` },
      body: '{"method":"project.info","args":[]}',
    });
    expect(localhost.status).toBe(200);

    const bad = await call(server, 'articles.get', ['x']);
    expect(bad.envelope).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const notJson = await raw(server, {
      path: '/api/call',
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{method',
    });
    expect(JSON.parse(notJson.body)).toEqual({
      ok: false,
      error: { message: 'The request is not valid JSON.', code: 'invalid-arguments' },
    });
  });

  it('serves the built UI with the token written in, and refuses paths outside it', async () => {
    const ui = join(temp.dir(), 'ui');
    temp.file(
      'ui/index.html',
      '<!doctype html><html><head><title>Framescope</title></head><body></body></html>',
    );
    temp.file('ui/assets/app.js', 'console.log("app");');
    temp.file('secret.txt', 'not for the browser');
    const server = await start(ui);

    const page = await raw(server, { path: '/' });
    expect(page.body).toContain(`<meta name="framescope-token" content="${server.token}">`);
    expect((await raw(server, { path: '/library/article/3' })).body).toContain('framescope-token');
    expect(await raw(server, { path: '/assets/app.js' })).toEqual({
      status: 200,
      body: 'console.log("app");',
    });
    expect((await raw(server, { path: '/assets/missing.js' })).status).toBe(404);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const refused = await raw(server, { path });
      expect(refused.status, path).toBe(403);
      expect(refused.body).not.toContain('not for the browser');
    }
  });

  it('says how to build the UI when it has not been built, and the API still works', async () => {
    const server = await start(join(temp.dir(), 'not-built'));
    const page = await raw(server, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('npx vite build --config renderer/vite.config.ts');
    expect((await call(server, 'history.state', [])).envelope).toMatchObject({
      ok: true,
      value: { canUndo: false },
    });
  });

  it('streams progress events while an import runs', async () => {
    const server = await start();
    expect((await fetch(`${server.url}api/events`)).status).toBe(401);
    const events: EngineEvent[] = [];
    const stream = await fetch(`${server.url}api/events?token=${server.token}`);
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
    await expect.poll(() => out).toMatch(/at http:\/\/127\.0\.0\.1:\d+\//);
    const url = /at (http:\S+)/.exec(out)![1]!;
    expect(out).toContain(`Framescope is serving ${db} at ${url}`);
    expect((await fetch(url)).status).toBe(200);
    stop();
    expect(await running).toBe(0);
    expect(out).toContain('Stopped; the project is saved and closed.');
    await expect(fetch(url)).rejects.toThrow();
  });
});
