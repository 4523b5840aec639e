// The desktop app's main process: a window, its menu, and the engine on a thread of its own.
import { app, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultProjectPath } from '../core/paths.ts';
import { SAMPLE_ARTICLE, ensureDefaultProject } from '../core/sample.ts';
import engineWorkerPath from './engine-worker.ts?modulePath';
import analysisWorkerPath from '../core/analyze/worker.ts?modulePath';
import parseWorkerPath from '../core/import/parse-worker.ts?modulePath';
import mergeWorkerPath from '../core/merge/worker.ts?modulePath';
import readerWorkerPath from '../core/engine/off-thread-worker.ts?modulePath';
import cueWorkerPath from '../core/engine/cue-helper-worker.ts?modulePath';
import groupingWorkerPath from '../core/compare/grouping-worker.ts?modulePath';
import upgradeWorkerPath from '../core/engine/upgrade-worker.ts?modulePath';
import { APP_SCHEME, appFilePath, contentTypeOf, rendererUrl } from './app-protocol.ts';
import { FileGrants } from './grants.ts';
import { quitAfterEngineCloses } from './quit.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { EngineHost } from './engine-host.ts';
import { routeCalls } from './ipc.ts';
import { installMenu } from './menu.ts';
import { RecentProjects } from './recent.ts';
import { createMainWindow } from './window.ts';

// userData is then ~/.config/Framescope, the folder the CLI's default project lives in too.
app.setName('Framescope');
app.enableSandbox();
// The window's own origin (see app-protocol.ts); it must be declared before the app is ready.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** Serves the built window under app://framescope/, with its content security policy. */
function serveAppFiles(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFilePath(rendererDir, request.url);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404 });
    return new Response(body, {
      headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
}

async function start(): Promise<void> {
  process.env.FRAMESCOPE_ANALYSIS_WORKER = analysisWorkerPath;
  process.env.FRAMESCOPE_PARSE_WORKER = parseWorkerPath;
  process.env.FRAMESCOPE_MERGE_WORKER = mergeWorkerPath;
  process.env.FRAMESCOPE_READER_WORKER = readerWorkerPath;
  process.env.FRAMESCOPE_CUE_WORKER = cueWorkerPath;
  process.env.FRAMESCOPE_GROUPING_WORKER = groupingWorkerPath;
  // An older project opened from the menu is upgraded on a thread of its own (core/engine/upgrade.ts).
  process.env.FRAMESCOPE_UPGRADE_WORKER = upgradeWorkerPath;
  const projectPath = defaultProjectPath();
  const sample = app.isPackaged
    ? join(process.resourcesPath, 'samples', 'russia-italy-aid.txt')
    : SAMPLE_ARTICLE;
  // The engine thread's "Open the sample article" reads it from here too.
  process.env.FRAMESCOPE_SAMPLE = sample;
  if (app.isPackaged) process.env.FRAMESCOPE_SAMPLE_STORY = join(process.resourcesPath, 'samples', 'convoy');
  await ensureDefaultProject(projectPath, sample);
  const engine = new EngineHost(engineWorkerPath, projectPath);
  const recent = new RecentProjects(app.getPath('userData'));
  recent.add(projectPath);

  serveAppFiles(join(import.meta.dirname, '../renderer'));
  // electron-vite serves the renderer during development and names it; an installed app never does.
  const appUrl = rendererUrl(app.isPackaged, process.env);
  const window = createMainWindow(appUrl, join(import.meta.dirname, '../preload/index.cjs'), !app.isPackaged);
  routeCalls(engine, window, appUrl, new FileGrants());
  installMenu(window, engine, recent, app.isPackaged);
  app.on(
    'before-quit',
    quitAfterEngineCloses(
      () => engine.close(),
      () => app.quit(),
    ),
  );
}

app.on('window-all-closed', () => app.quit());
void app.whenReady().then(start);
