import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { upgradeNotice, type UpgradeNotice } from '../upgrade-notice.ts';
import { startServer } from '../../server/index.ts';
import { UpgradeStopped } from '../../engine/upgrade.ts';
import { defaultProjectPath } from '../../paths.ts';
import type { Output } from '../output.ts';

export interface ServeCommandOptions {
  db?: string;
  port?: string;
  static?: string;
  allow?: string[];
}

/**
 * `framescope serve`: the app's UI and engine for a browser on this machine, until Ctrl+C.
 * `stop` resolves when the server should close (tests pass their own; default: SIGINT/SIGTERM).
 */
export async function serveCommand(
  options: ServeCommandOptions,
  output: Output,
  stop: Promise<unknown> = signalled(),
): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    output.err(`--port ${options.port}: give a port number from 0 to 65535 (0 picks a free one).\n`);
    return 2;
  }
  const dbPath = options.db ?? defaultProjectPath();
  for (const folder of options.allow ?? []) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      output.err(`--allow ${folder}: there is no such folder; name a folder the window may use.\n`);
      return 2;
    }
  }
  if (!options.db) mkdirSync(dirname(dbPath), { recursive: true });
  let notice: UpgradeNotice | null = null;
  // Stopped during an older project's upgrade: the upgrade stops at its next step, as closing the
  // window's project does, instead of the process being cut off in the middle of a migration.
  const stopping = new AbortController();
  void stop.then(() => stopping.abort());
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      dbPath,
      port,
      staticDir: options.static,
      allow: options.allow,
      log: (line) => output.err(`${line}\n`),
      // The address is printed as soon as the bridge listens: an older project's upgrade follows, and
      // the window (and stderr) show how far it got.
      onListening: (url) => {
        output.out(`Framescope is serving ${dbPath} at ${url}\n`);
        output.out(
          'Open that address in a browser on this computer; it carries the key of this run, so keep it to yourself. Ctrl+C stops it.\n',
        );
        if (options.allow?.length)
          output.out(`The window may open, import from and save to: ${options.allow.join(', ')}\n`);
        notice = upgradeNotice(output, dbPath);
      },
      onUpgrade: (done, total) => notice?.onUpgrade(done, total),
      signal: stopping.signal,
    });
  } catch (error) {
    if (!(error instanceof UpgradeStopped)) throw error;
    output.err(`\n${error.message}\n`);
    output.out('Stopped; the project is closed, at its old version.\n');
    return 0;
  }
  (notice as UpgradeNotice | null)?.opened();
  await stop;
  await server.close();
  output.out('Stopped; the project is saved and closed.\n');
  return 0;
}

function signalled(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
