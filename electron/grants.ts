// The window never names files on the computer: the main process's own dialogs do, and hand the
// window a token for each file or folder the user picked. A call that takes file names
// (import.paths, project.open/create/saveCopy, exchange.export*) is accepted from the window only with such tokens,
// each for the kind of use it was picked for, and each used once. Pure, tested without Electron.
import { randomUUID } from 'node:crypto';
import { pathsInCall, withPaths } from '../core/engine/path-arguments.ts';

export type Purpose = 'import' | 'open' | 'save' | 'export';

const PURPOSE_OF: Record<string, Purpose> = {
  'import.paths': 'import',
  'project.open': 'open',
  'project.create': 'save',
  'project.saveCopy': 'save',
  'project.saveStudentsCopy': 'save',
  // A REFI-QDA file or a new folder of tables, named in a save dialog of its own (no project filter).
  'exchange.exportQdpx': 'export',
  'exchange.exportTidy': 'export',
};
const PREFIX = 'picked:';

export class FileGrants {
  private readonly granted = new Map<string, { path: string; purpose: Purpose }>();

  /** Tokens for what the user picked in a dialog of the main process. */
  grant(paths: readonly string[], purpose: Purpose): string[] {
    return paths.map((path) => {
      const token = `${PREFIX}${randomUUID()}`;
      this.granted.set(token, { path, purpose });
      return token;
    });
  }

  /**
   * The call with its tokens swapped for the files they stand for, or a refusal when it names a
   * file the user did not pick for this use. Calls without file names pass unchanged.
   */
  resolve(method: string, args: unknown): { args: unknown } | { refusal: string } {
    const names = pathsInCall(method, args);
    if (names === null) return { args };
    const purpose = PURPOSE_OF[method];
    for (const name of names) {
      const grant = this.granted.get(name);
      if (!grant || grant.purpose !== purpose)
        return {
          refusal:
            'The window may only use files you picked in one of Framescope’s own dialogs (File menu, or the Import button); pick the file again.',
        };
    }
    const resolved = withPaths(method, args, (name) => this.granted.get(name)!.path);
    for (const name of names) this.granted.delete(name);
    return { args: resolved };
  }
}
