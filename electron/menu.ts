import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EngineHost } from './engine-host.ts';
import type { RecentProjects } from './recent.ts';
import { viewMenuRoles } from './security.ts';
import { describeMerge } from '../core/merge/describe.ts';
import type { MergeReport } from '../core/merge/types.ts';

export const PROJECT_FILTER = { name: 'Framescope project', extensions: ['sqlite'] };
export const ARTICLE_FILTER = {
  name: 'Articles',
  extensions: [
    'txt',
    'md',
    'html',
    'htm',
    'csv',
    'tsv',
    'json',
    'jsonl',
    'ndjson',
    'rss',
    'atom',
    'xml',
    'docx',
    'pdf',
  ],
};

/** The application menu: projects, import, save a copy, quit. Results and errors show in the window. */
export function installMenu(
  window: BrowserWindow,
  engine: EngineHost,
  recent: RecentProjects,
  isPackaged: boolean,
): void {
  // Menu clicks cannot await; errors are shown by `report`.
  const run = (action: () => Promise<unknown>) => () => void action();
  const report = async (method: string, args: unknown[]) => {
    const envelope = await engine.call(method, args);
    if (!envelope.ok) await dialog.showMessageBox(window, { type: 'error', message: envelope.error.message });
    return envelope.ok;
  };
  const openProject = async (path: string) => {
    if (await report('project.open', [path])) recent.add(path);
    installMenu(window, engine, recent, isPackaged);
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        {
          label: 'New Project…',
          accelerator: 'CmdOrCtrl+N',
          click: run(async () => {
            const { filePath } = await dialog.showSaveDialog(window, { filters: [PROJECT_FILTER] });
            if (filePath && (await report('project.create', [filePath]))) recent.add(filePath);
          }),
        },
        {
          label: 'Open Project…',
          accelerator: 'CmdOrCtrl+O',
          click: run(async () => {
            const { filePaths } = await dialog.showOpenDialog(window, {
              filters: [PROJECT_FILTER],
              properties: ['openFile'],
            });
            if (filePaths[0]) await openProject(filePaths[0]);
          }),
        },
        {
          label: 'Open Recent',
          submenu: recent.list().map((path) => ({ label: path, click: () => void openProject(path) })),
        },
        { type: 'separator' },
        {
          label: 'Import Files or Folder…',
          accelerator: 'CmdOrCtrl+I',
          click: run(async () => {
            const { filePaths } = await dialog.showOpenDialog(window, {
              filters: [ARTICLE_FILTER],
              properties: ['openFile', 'openDirectory', 'multiSelections'],
            });
            if (filePaths.length > 0) await report('import.paths', [filePaths]);
          }),
        },
        {
          label: 'Merge a Colleague’s Project…',
          click: run(async () => {
            const { filePaths } = await dialog.showOpenDialog(window, {
              filters: [PROJECT_FILTER],
              properties: ['openFile'],
            });
            if (!filePaths[0]) return;
            const envelope = await engine.call('project.merge', [filePaths[0]]);
            await dialog.showMessageBox(window, {
              type: envelope.ok ? 'info' : 'error',
              message: envelope.ok ? describeMerge(envelope.value as MergeReport) : envelope.error.message,
            });
          }),
        },
        {
          label: 'Save a Copy As…',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: run(async () => {
            const { filePath } = await dialog.showSaveDialog(window, { filters: [PROJECT_FILTER] });
            if (filePath) await report('project.saveCopy', [filePath]);
          }),
        },
        {
          label: 'Save Annotations Only for a Colleague…',
          click: run(async () => {
            const { filePath } = await dialog.showSaveDialog(window, { filters: [PROJECT_FILTER] });
            if (filePath) await report('project.saveCopy', [filePath, { annotationsOnly: true }]);
          }),
        },
        {
          label: 'Save a Copy for Students…',
          click: run(async () => {
            const { filePath } = await dialog.showSaveDialog(window, { filters: [PROJECT_FILTER] });
            if (filePath) await report('project.saveStudentsCopy', [filePath]);
          }),
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: viewMenuRoles(isPackaged).map((role) => ({ role }) as MenuItemConstructorOptions),
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
