import type { CodebookUpdate, FrameUpdate } from '../../contract.ts';
import { printJson, type Output } from '../output.ts';
import { taskProgress, withEngine } from './engine.ts';

// `framescope codebooks updates` and `framescope codebooks update KEY` (issue 9): a project made by an
// older release holds the cues shipped then; these show and apply the newer ones. Nothing changes
// unless a person asks, and a frame a person edited only when named with --frame.

export interface CodebookUpdatesOptions {
  db?: string;
  json?: boolean;
  frame?: string[];
  rerun?: boolean;
}

/** `framescope codebooks updates`: what the shipped codebooks would change, frame by frame. */
export function listUpdatesCommand(options: CodebookUpdatesOptions, output: Output): Promise<number> {
  return withEngine(options.db, 'read', output, async (engine) => {
    const updates = await engine.invoke('codebooks.updates');
    if (options.json) printJson(output, updates);
    else output.out(describeUpdates(updates));
    return 0;
  });
}

/** `framescope codebooks update KEY [--frame KEY…] [--rerun]`: brings frames to the shipped cues. */
export function updateCommand(key: string, options: CodebookUpdatesOptions, output: Output): Promise<number> {
  return withEngine(options.db, 'write', output, async (engine) => {
    const result = await engine.invoke('codebooks.update', {
      codebook: key,
      ...(options.frame?.length ? { frames: options.frame } : {}),
    });
    let rerun: number | undefined;
    if (options.rerun && result.updated.length > 0) {
      const done = taskProgress(engine, output);
      rerun = (await engine.invoke('frames.rerun').finally(done)).articles;
    }
    if (options.json) {
      printJson(output, { ...result, ...(rerun === undefined ? {} : { rerunArticles: rerun }) });
      return 0;
    }
    const lines: string[] = [];
    if (result.updated.length === 0) lines.push(`No frame of “${key}” was changed.`);
    else
      lines.push(
        `Updated to the shipped cues: ${result.updated.join(', ')} (one edit, which Undo in the app takes back).`,
      );
    if (result.keptEdited.length > 0)
      lines.push(
        `Kept as edited in this project: ${result.keptEdited.join(', ')} (name one with --frame KEY to replace its cues with the shipped ones).`,
      );
    if (rerun !== undefined) lines.push(`Frames detected again in ${rerun.toLocaleString('en')} articles.`);
    else if (result.updated.length > 0)
      lines.push(
        'Frames already found keep the evidence of the old cues until frames are run again: add --rerun, or Re-run frames in the Codebook view.',
      );
    output.out(`${lines.join('\n')}\n`);
    return 0;
  });
}

function describeUpdates(updates: readonly CodebookUpdate[]): string {
  if (updates.length === 0) return 'Every shipped codebook in this project has the shipped cues.\n';
  const lines: string[] = [];
  for (const book of updates) {
    lines.push(
      `${book.name} (${book.key}): newer shipped cues for ${book.frames.length} ${book.frames.length === 1 ? 'frame' : 'frames'}, ${book.behind} nobody here edited`,
    );
    for (const frame of book.frames) lines.push(`  ${describeFrame(frame)}`);
    if (book.behind > 0) lines.push(`  Update them: framescope codebooks update ${book.key}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeFrame(frame: FrameUpdate): string {
  const state =
    frame.state === 'edited'
      ? ` (edited here: kept unless named, --frame ${frame.key})`
      : ' (as shipped before)';
  const list = (cues: string[]) => (cues.length > 6 ? `${cues.slice(0, 6).join(', ')}, …` : cues.join(', '));
  const parts = [
    frame.added.length > 0 ? `+${frame.added.length} cues (${list(frame.added)})` : '',
    frame.removed.length > 0 ? `−${frame.removed.length} cues (${list(frame.removed)})` : '',
    frame.weakened.length > 0 ? `${frame.weakened.length} made weak (${list(frame.weakened)})` : '',
    frame.strengthened.length > 0
      ? `${frame.strengthened.length} no longer weak (${list(frame.strengthened)})`
      : '',
  ].filter(Boolean);
  return `${frame.name}${state}: ${parts.join('; ') || 'the same cues in another order'}`;
}
