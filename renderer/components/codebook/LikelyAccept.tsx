import { useEngine } from '../../hooks/useEngine.ts';
import { useStore } from '../../hooks/store.ts';
import { acceptLikely, likelyCount, likelyThreshold } from '../../reader/accept-likely.ts';
import { ThresholdInput } from '../ThresholdInput.tsx';
import { plural } from '../format.ts';

/**
 * One frame's bulk accept across the project (issue 9): its suggested evidence in the articles where
 * the stored model (the last refresh) finds the frame at least as likely as the coder's threshold,
 * counted before, accepted in one edit that one Ctrl+Z takes back.
 */
export function LikelyAccept({ codeId, name }: { codeId: number; name: string }) {
  const threshold = useStore(likelyThreshold);
  const count = useEngine('frames.likely', [{ codeId, threshold }]);
  const n = count.data?.threshold === threshold ? count.data : undefined;
  return (
    <div className="sure-bar likely-bar" role="group" aria-label={`Likely evidence of ${name}`}>
      <span>
        Evidence where the last refresh finds “{name}”{' '}
        <ThresholdInput label="Learned likelihood to accept at" /> likely:{' '}
        {n === undefined
          ? '…'
          : n.evidence === 0
            ? 'none left to review'
            : `${likelyCount(n.evidence)} in ${plural(n.articles, 'article')}`}
      </span>
      {n !== undefined && n.evidence > 0 && (
        <button type="button" className="btn small" onClick={() => void acceptLikely({ codeId, threshold })}>
          Accept {n.evidence.toLocaleString('en')}
        </button>
      )}
    </div>
  );
}
