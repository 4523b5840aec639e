import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../core/server/index.ts';
import { SEED_PATH } from '../support/temp.ts';
import { createOtherUser, otherUserUnavailable, removeOtherUser, runNodeAs } from '../support/other-user.ts';

// Issue #10: as another OS user, a probe imported a 0600 file of the serving user through the
// bridge and wrote files as that user. Here another user probes a running bridge every way it can
// reach: the page, its scripts, the API, the event stream, and the serving process's /proc entries.

const PROBE = `
const [port, pid] = process.argv.slice(2);
const base = 'http://127.0.0.1:' + port;
const results = [];
const record = async (what, promise) => {
  try { const r = await promise; results.push({ what, status: r.status, body: await r.text() }); }
  catch (error) { results.push({ what, error: String(error) }); }
};
const post = (body, headers = {}) => fetch(base + '/api/call', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
await record('page', fetch(base + '/'));
await record('page-with-guess', fetch(base + '/?token=' + 'A'.repeat(43)));
await record('script', fetch(base + '/assets/index.js'));
await record('events', fetch(base + '/api/events', { signal: AbortSignal.timeout(2000) }));
await record('info', post({ method: 'project.info', args: [] }));
await record('import-secret', post({ method: 'import.paths', args: [[process.argv[4]]] }));
await record('save-copy', post({ method: 'project.saveCopy', args: ['/tmp/stolen-' + pid + '.sqlite'] }));
await record('bearer-guess', post({ method: 'project.info', args: [] }, { Authorization: 'Bearer ' + 'A'.repeat(43) }));
await record('cookie-guess', post({ method: 'project.info', args: [] }, { Cookie: 'framescope-' + port + '=' + 'A'.repeat(43) }));
const fs = await import('node:fs');
for (const entry of ['cmdline', 'environ']) {
  try { results.push({ what: 'proc-' + entry, body: fs.readFileSync('/proc/' + pid + '/' + entry, 'latin1') }); }
  catch (error) { results.push({ what: 'proc-' + entry, error: error.code }); }
}
try { results.push({ what: 'fds', body: fs.readdirSync('/proc/' + pid + '/fd').join(' ') }); }
catch (error) { results.push({ what: 'fds', error: error.code }); }
process.stdout.write(JSON.stringify(results));
`;

const unavailable = otherUserUnavailable();

describe.skipIf(unavailable !== null)(
  `the bridge as seen by another user of this computer${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let dir: string;
    let user: string;
    let server: RunningServer;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'framescope-probe-'));
      user = createOtherUser();
      writeFileSync(join(dir, 'secret.txt'), readFileSync(SEED_PATH));
      chmodSync(join(dir, 'secret.txt'), 0o600);
      writeFileSync(join(dir, 'probe.mjs'), PROBE);
      chmodSync(join(dir, 'probe.mjs'), 0o644);
      chmodSync(dir, 0o755);
      server = await startServer({ dbPath: join(dir, 'project.sqlite'), port: 0, log: () => {} });
      chmodSync(join(dir, 'project.sqlite'), 0o600);
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      if (user) removeOtherUser(user);
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('cannot fetch the page, learn the token or call the API', async () => {
      const run = await runNodeAs(user, join(dir, 'probe.mjs'), [
        String(server.port),
        String(process.pid),
        join(dir, 'secret.txt'),
      ]);
      expect(run.stderr).toBe('');
      const results = JSON.parse(run.stdout) as {
        what: string;
        status?: number;
        body?: string;
        error?: string;
      }[];
      const byName = new Map(results.map((result) => [result.what, result]));
      for (const what of [
        'page',
        'page-with-guess',
        'script',
        'events',
        'info',
        'import-secret',
        'save-copy',
        'bearer-guess',
        'cookie-guess',
      ])
        expect(byName.get(what)?.status, what).toBe(401);
      expect(byName.get('proc-environ')?.error).toBe('EACCES');
      expect(byName.get('fds')?.error).toBe('EACCES');
      for (const result of results) expect(JSON.stringify(result)).not.toContain(server.token);
      // Nothing was imported and nothing was written for the probe.
      expect(server.engine.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
    });
  },
);
