import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_RECENT = 10;

/** The projects opened lately, newest first, kept in the app's data folder. */
export class RecentProjects {
  private readonly file: string;

  constructor(userDataFolder: string) {
    this.file = join(userDataFolder, 'recent-projects.json');
  }

  list(): string[] {
    try {
      const paths = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      return [];
    }
  }

  add(path: string): void {
    const paths = [path, ...this.list().filter((p) => p !== path)].slice(0, MAX_RECENT);
    writeFileSync(this.file, JSON.stringify(paths, null, 2));
  }
}
