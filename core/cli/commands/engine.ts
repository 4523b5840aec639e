import { describeFileFailure } from '../../../db/failures.ts';
import { Engine } from '../../engine/engine.ts';
import { projectPathFor, type ProjectMode } from '../project.ts';
import { upgradeNotice } from '../upgrade-notice.ts';
import type { Output } from '../output.ts';

/**
 * Runs a command through the engine, so story edits land in the same undo history as the app's
 * and errors read the same. A command that only reads refuses a project that does not exist.
 */
export async function withEngine(
  dbOption: string | undefined,
  mode: ProjectMode,
  output: Output,
  run: (engine: Engine) => Promise<number>,
): Promise<number> {
  // An older project is upgraded as it opens: a long upgrade says how far it got, on stderr.
  const path = projectPathFor(dbOption, mode);
  const notice = upgradeNotice(output, path);
  const engine = new Engine(path, { readOnly: mode === 'read', onUpgrade: notice.onUpgrade });
  notice.opened();
  try {
    return await run(engine);
  } catch (error) {
    // The engine's own errors are sentences for the user; anything else is a bug and goes up.
    const fileFailure = describeFileFailure(engine.path, error, engine.readOnly);
    if (fileFailure) {
      output.err(`${fileFailure}\n`);
      return 1;
    }
    const code = (error as { code?: string }).code;
    if (code === undefined || code === 'internal' || code.startsWith('SQLITE_')) throw error;
    output.err(`${(error as Error).message}\n`);
    return code === 'invalid-arguments' ? 2 : 1;
  } finally {
    await engine.close();
  }
}

/** Task progress on stderr: redrawn in place on a terminal, a line per tenth otherwise. */
export function taskProgress(engine: Engine, output: Output): () => void {
  let lastTenth = -1;
  const stop = engine.subscribe((event) => {
    if (event.type !== 'progress' || event.total === 0) return;
    const share = event.done / event.total;
    const line = `${Math.floor(share * 100)}% ${event.label ?? ''}`.trim();
    if (output.errIsTty) output.err(`\r${line.padEnd(40)}`);
    else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      output.err(`${line}\n`);
    }
  });
  return () => {
    stop();
    if (output.errIsTty) output.err(`\r${' '.repeat(40)}\r`);
  };
}
