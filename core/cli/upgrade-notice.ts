import { basename } from 'node:path';
import { upgradeStarting, upgradeWaiting } from '../engine/upgrade.ts';
import type { Output } from './output.ts';

/** What a command that opens a project tells of its upgrade, on stderr. */
export interface UpgradeNotice {
  /** How far the upgrade got: a line per tenth (redrawn in place on a terminal). */
  onUpgrade: (done: number, total: number) => void;
  /** The project is open: says so when it was upgraded. */
  opened: () => void;
}

/**
 * Issue 12: a command that opens an older project (`framescope analyze`, `import`, `export`, `serve`…)
 * says at once, on stderr, that it is upgrading it (a long upgrade at 100,000 articles would otherwise
 * look like a hang), then how far it got, and that it is done. Nothing for a project at this version.
 */
export function upgradeNotice(output: Output, path: string): UpgradeNotice {
  let waiting = upgradeWaiting(path);
  if (waiting) output.err(`${upgradeStarting(path).label}\n`);
  const name = basename(path);
  let lastTenth = -1;
  let drawn = false;
  return {
    onUpgrade: (done, total) => {
      const share = total > 0 ? done / total : 1;
      const line = `Upgrading ${name}: ${Math.floor(share * 100)}% done`;
      if (output.errIsTty) {
        output.err(`\r${line}`);
        drawn = true;
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        output.err(`${line}\n`);
      }
    },
    opened: () => {
      if (drawn) output.err('\n');
      if (waiting) output.err(`${name} is upgraded for this version of Framescope.\n`);
      waiting = false;
    },
  };
}
