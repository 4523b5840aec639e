import type { ArticleDetail, LikelyCount } from '../../api/contract.ts';
import { useStore } from '../../hooks/store.ts';
import { acceptLikely, likelyCount, likelyThreshold } from '../../reader/accept-likely.ts';
import { percent } from '../format.ts';
import { ThresholdInput } from '../ThresholdInput.tsx';

/**
 * The Frames tab's bulk accept: the article's suggested evidence whose frame the learned model finds
 * at least as likely as the coder's threshold, counted before (per frame), accepted in one undoable
 * edit. Shown only where some frame of the article has a model.
 */
export function LikelyBar({ detail, count }: { detail: ArticleDetail; count: LikelyCount | undefined }) {
  const threshold = useStore(likelyThreshold);
  const learned = detail.evidenceOrder.flatMap((item) => (item.learned === null ? [] : [item.learned]));
  if (learned.length === 0) return null;
  const likeliest = Math.max(...learned);
  const n = count?.threshold === threshold ? count.evidence : undefined;
  return (
    <div className="sure-bar likely-bar" role="group" aria-label="Likely evidence">
      <span>
        Learned <ThresholdInput label="Learned likelihood to accept at" /> likely:{' '}
        {n === undefined
          ? '…'
          : n > 0
            ? `${likelyCount(n)} (${count!.frames.map((f) => `${f.name} ${f.evidence}`).join(', ')})`
            : `none here (likeliest ${percent(likeliest)})`}
      </span>
      {n !== undefined && n > 0 && (
        <button
          type="button"
          className="btn small"
          onClick={() => void acceptLikely({ articleId: detail.id, threshold })}
        >
          Accept {n}
        </button>
      )}
    </div>
  );
}
