import { mutate } from '../api/freshness.ts';
import type { FrameDecisionPatch } from '../api/contract.ts';
import { coderArgs } from '../hooks/coder.ts';
import { showError, showToast } from '../hooks/toast.ts';

/** Records the chosen coder's decision on a frame of an article (undoable, like every correction). */
export async function decideFrame(
  articleId: number,
  codeId: number,
  patch: Omit<FrameDecisionPatch, 'coderId'>,
  done: string,
): Promise<void> {
  try {
    await mutate('frames.decide', articleId, codeId, { ...patch, ...(await coderArgs()) });
    showToast(done, { undo: true });
  } catch (error) {
    showError(error, 'record the decision');
  }
}

/** Takes back the chosen coder's decision, so the analysis's suggestion counts again. */
export async function undecideFrame(articleId: number, codeId: number, name: string): Promise<void> {
  try {
    await mutate('frames.undecide', articleId, codeId, await coderArgs());
    showToast(`“${name}” is back to the suggestion.`, { undo: true });
  } catch (error) {
    showError(error, 'go back to the suggestion');
  }
}
