// The desktop app's main process: a window, its menu, and the engine on a thread of its own.
import { app } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultProjectPath } from '../core/paths.ts';
import { SAMPLE_ARTICLE, ensureDefaultProject } from '../core/sample.ts';
import engineWorkerPath from './engine-worker.ts?modulePath';
import analysisWorkerPath from '../core/analyze/worker.ts?modulePath';
import { EngineHost } from './engine-host.ts';
import { routeCalls } from './ipc.ts';
import { installMenu } from './menu.ts';
import { RecentProjects } from './recent.ts';
import { createMainWindow } from './window.ts';

// userData is then ~/.config/Framescope, the folder the CLI's default project lives in too.
app.setName('Framescope');
app.enableSandbox();

async function start(): Promise<void> {
  process.env.FRAMESCOPE_ANALYSIS_WORKER = analysisWorkerPath;
  const projectPath = defaultProjectPath();
  const sample = app.isPackaged
    ? join(process.resourcesPath, 'samples', 'russia-italy-aid.txt')
    : SAMPLE_ARTICLE;
  // The engine thread's "Open the sample article" reads it from here too.
  process.env.FRAMESCOPE_SAMPLE = sample;
  await ensureDefaultProject(projectPath, sample);
  const engine = new EngineHost(engineWorkerPath, projectPath);
  const recent = new RecentProjects(app.getPath('userData'));
  recent.add(projectPath);

  // electron-vite serves the renderer during development and sets this; a build loads the file.
  const appUrl =
    process.env.ELECTRON_RENDERER_URL ??
    pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
  const window = createMainWindow(appUrl, join(import.meta.dirname, '../preload/index.cjs'));
  routeCalls(engine, window, appUrl);
  installMenu(window, engine, recent);
  app.on('before-quit', () => void engine.close());
}

app.on('window-all-closed', () => app.quit());
void app.whenReady().then(start);
