import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Some tests act as another person on the same machine: a user made for the test with useradd and
// removed afterwards. That needs root; elsewhere those tests skip and say why.

export function otherUserUnavailable(): string | null {
  if (process.platform !== 'linux') return 'it needs Linux';
  if (process.getuid?.() !== 0) return 'making another OS user needs root';
  for (const tool of ['/usr/sbin/useradd', '/usr/sbin/userdel', '/usr/sbin/runuser'])
    if (!existsSync(tool)) return `${tool} is missing`;
  return null;
}

/** Creates a user without a home or a login shell, named with `prefix` and a random suffix. */
export function createOtherUser(prefix = 'fsprobe'): string {
  const name = `${prefix}${Math.random().toString(36).slice(2, 8)}`;
  execFileSync('/usr/sbin/useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  return name;
}

export function removeOtherUser(name: string): void {
  spawnSync('/usr/sbin/userdel', [name]);
}

/** Runs Node as `user` on a script, without blocking this process (which may be the one probed). */
export function runNodeAs(
  user: string,
  script: string,
  args: string[],
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/sbin/runuser',
      ['-u', user, '--', process.execPath, script, ...args],
      { encoding: 'utf8', timeout: 60_000, cwd: '/' },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve({ stdout, stderr }),
    );
  });
}
