import { mutate } from '../api/freshness.ts';
import { showError, showToast } from '../hooks/toast.ts';
import { coderArgs } from '../hooks/coder.ts';
import type { Target } from './marks.ts';

type Status = 'accepted' | 'rejected' | 'suggested';

/** Accepts or rejects a quote or a piece of frame evidence (entities are not reviewed). */
export async function review(target: Target, status: Status): Promise<boolean> {
  try {
    if (target.kind !== 'quote' && target.kind !== 'annotation') return false;
    const coder = await coderArgs();
    if (target.kind === 'quote') await mutate('quotes.update', target.id, { status, ...coder });
    else await mutate('annotations.update', target.id, { status, ...coder });
    const what = target.kind === 'quote' ? 'Quote' : 'Evidence';
    showToast(`${what} ${status === 'suggested' ? 'back to suggested' : status}.`, { undo: true });
    return true;
  } catch (error) {
    showError(error, status === 'accepted' ? 'accept it' : status === 'rejected' ? 'reject it' : 'change it');
    return false;
  }
}
