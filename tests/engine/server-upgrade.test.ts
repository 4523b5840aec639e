import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../core/server/index.ts';
import { serveCommand } from '../../core/cli/commands/serve.ts';
import type { Output } from '../../core/cli/output.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { BEFORE_FRAME_SUMS, projectBeforeFrameSums, versionOf } from '../support/old-project.ts';
import { useTempDir } from '../support/temp.ts';
import { expectFrameSums } from './counted-facets.ts';

// Issue 12: the bridge upgrades an older project on a thread of its own while it already listens,
// and tells its windows how far it got. A bridge killed part way leaves the file at the version it
// had; the next start upgrades it from there.

describe('an older project served through the bridge', () => {
  const temp = useTempDir();

  it('listens before the upgrade is done, tells how far it got, and opens the upgraded project', async () => {
    const path = join(temp.dir(), 'old.sqlite');
    await projectBeforeFrameSums(path);
    const reports: number[] = [];
    let listened = false;
    const server = await startServer({
      dbPath: path,
      port: 0,
      staticDir: join(temp.dir(), 'no-ui'),
      onListening: () => (listened = true),
      onUpgrade: (done) => {
        // Each report comes while the bridge already answers: the window can watch.
        expect(listened).toBe(true);
        reports.push(done);
      },
    });
    try {
      // The sums in twenty steps, then the kept rows put in article order (one step for one article).
      expect(reports).toEqual([...Array(21).keys(), 0, 1]);
      expect(versionOf(path).version).toBe(latestVersion);
      expectFrameSums(server.engine.db);
      expect((await server.engine.invoke('articles.list', {})).rows.length).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('killed half way through the upgrade, leaves the file at its old version; the next start upgrades it', async () => {
    const path = join(temp.dir(), 'old.sqlite');
    await projectBeforeFrameSums(path);
    const child = spawn(process.execPath, [join(import.meta.dirname, '../support/serve-held.ts'), path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      let said = '';
      child.stdout.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        if (said.includes('held')) resolve();
      });
      child.on('exit', (code) =>
        reject(new Error(`the bridge ended before its upgrade was half done (${code})`)),
      );
    });
    const ended = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await ended;
    // Half the sums were added in the upgrade's transaction, which never committed.
    expect(versionOf(path)).toEqual({ version: BEFORE_FRAME_SUMS, sums: false });

    const reports: number[] = [];
    const server = await startServer({
      dbPath: path,
      port: 0,
      staticDir: join(temp.dir(), 'no-ui'),
      onUpgrade: (done) => void reports.push(done),
    });
    try {
      expect(reports).toEqual([...Array(21).keys(), 0, 1]);
      expect(versionOf(path)).toEqual({ version: latestVersion, sums: true });
      expectFrameSums(server.engine.db);
    } finally {
      await server.close();
    }
  });

  it('framescope serve stopped during the upgrade stops it at its next step; the next start upgrades it', async () => {
    const path = join(temp.dir(), 'old.sqlite');
    await projectBeforeFrameSums(path);
    let out = '';
    let err = '';
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const output: Output = {
      out: (text) => void (out += text),
      err: (text) => {
        err += text;
        // Ctrl+C once the upgrade has said how far it got.
        if (/Upgrading old\.sqlite: \d+% done/.test(err)) stop();
      },
      isTty: false,
      errIsTty: false,
      columns: 100,
    };
    const code = await serveCommand(
      { db: path, port: '0', static: join(temp.dir(), 'no-ui') },
      output,
      stopped,
    );
    expect(code).toBe(0);
    expect(err).toContain('The upgrade of old.sqlite was stopped; the file stays at its old version');
    expect(out).toContain('Stopped; the project is closed, at its old version.');
    expect(out).not.toContain('saved and closed');
    // The migration under way rolled back, as asked, not cut off.
    expect(versionOf(path)).toEqual({ version: BEFORE_FRAME_SUMS, sums: false });

    const server = await startServer({ dbPath: path, port: 0, staticDir: join(temp.dir(), 'no-ui') });
    try {
      expect(versionOf(path)).toEqual({ version: latestVersion, sums: true });
      expectFrameSums(server.engine.db);
    } finally {
      await server.close();
    }
  });
});
