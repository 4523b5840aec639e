// npm start: builds the app and opens it in Electron; where no Electron binary can be had (as on
// machines that cannot download it), serves the same UI to the browser and prints its URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultProjectPath } from '../core/paths.ts';
import { ensureDefaultProject } from '../core/sample.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron binary, or why there is none (electron downloads it on first use). */
function findElectron(): { path: string } | { missing: string } {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const path = probe.stdout.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  return {
    missing: /fetch failed|ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(probe.stderr)
      ? 'it could not be downloaded'
      : 'it is not installed',
  };
}

const electron = process.env.FRAMESCOPE_BROWSER ? { missing: 'FRAMESCOPE_BROWSER is set' } : findElectron();
if ('path' in electron) {
  run(bin('electron-vite'), ['build']);
  const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`No Electron binary here (${electron.missing}), so Framescope opens in your browser instead.`);
  run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const dbPath = process.argv[2] ?? defaultProjectPath();
  if (!process.argv[2]) await ensureDefaultProject(dbPath);
  const { startServer } = await import('../core/server/index.ts');
  // Ctrl+C during an older project's upgrade stops it at its next step (the file keeps its version).
  const stopping = new AbortController();
  const stopUpgrade = () => stopping.abort();
  process.once('SIGINT', stopUpgrade);
  process.once('SIGTERM', stopUpgrade);
  const server = await startServer({
    dbPath,
    port: Number(process.env.PORT ?? 0),
    staticDir: join(root, 'dist/renderer'),
    signal: stopping.signal,
  }).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(stopping.signal.aborted ? 0 : 1);
  });
  process.off('SIGINT', stopUpgrade);
  process.off('SIGTERM', stopUpgrade);
  console.log(`Framescope is serving ${dbPath} at ${server.url}`);
  console.log(
    'Open that address in a browser; it carries the key of this run, so keep it to yourself. Ctrl+C stops it.',
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
