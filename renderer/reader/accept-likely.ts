import { mutate } from '../api/freshness.ts';
import { coderArgs } from '../hooks/coder.ts';
import { createStore } from '../hooks/store.ts';
import { showError, showToast } from '../hooks/toast.ts';
import { percent, plural } from '../components/format.ts';

// Issue 9: accepting in one action the frame evidence the model learned from the coders' decisions
// is sure of. The threshold is the coder's: shown beside the count, changed there, and shared by the
// Reader and the Codebook view (kept for the session).

/** The learned probability (0.5–1) a frame must reach in an article for its evidence to be accepted in bulk. */
export const likelyThreshold = createStore<number>(0.9, 'framescope.likelyThreshold');

/** "3 likely evidence sentences", "1 likely evidence sentence". */
export function likelyCount(n: number): string {
  return plural(n, 'likely evidence sentence');
}

/**
 * Accepts the suggested evidence (of an article, a frame, or one frame in one article) whose frame
 * the learned model finds at least `threshold` likely: one edit, undone by one Ctrl+Z.
 */
export async function acceptLikely(scope: {
  articleId?: number;
  codeId?: number;
  threshold: number;
}): Promise<void> {
  try {
    const done = await mutate('frames.acceptLikely', { ...scope, ...(await coderArgs()) });
    const where = done.articles === 1 ? '' : ` in ${done.articles.toLocaleString('en')} articles`;
    showToast(
      done.evidence === 0
        ? `Nothing left to accept at ${percent(scope.threshold)} or more.`
        : `${likelyCount(done.evidence)} accepted${where} (learned: ${percent(scope.threshold)} or more).`,
      { undo: done.evidence > 0 },
    );
  } catch (error) {
    showError(error, 'accept the likely evidence');
  }
}
