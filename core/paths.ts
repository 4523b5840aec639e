import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Framescope keeps its default project in: `FRAMESCOPE_HOME` when set, else the
 * platform's app-data folder, the one Electron's `userData` uses for an app named Framescope.
 */
export function appDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FRAMESCOPE_HOME) return env.FRAMESCOPE_HOME;
  const home = homedir();
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Framescope');
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Framescope');
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Framescope');
  }
}

export function defaultProjectPath(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  return join(appDataFolder(env, platform), 'default.sqlite');
}
