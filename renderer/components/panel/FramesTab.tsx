import type {
  AnnotationView,
  ArticleDetail,
  FrameDecisionView,
  LikelyFrameCount,
} from '../../api/contract.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { useStore } from '../../hooks/store.ts';
import { acceptLikely, likelyThreshold } from '../../reader/accept-likely.ts';
import { percent } from '../format.ts';
import { sameTarget, type Target } from '../../reader/marks.ts';
import { FrameDecisionHead } from './FrameDecisionHead.tsx';
import { LearnedProposals } from './LearnedProposals.tsx';
import { LikelyBar } from './LikelyBar.tsx';
import { PanelItem } from './PanelItem.tsx';
import { Passage } from './Passage.tsx';
import { ReviewButtons } from './ReviewButtons.tsx';
import type { ReviewTabProps } from './tab-props.ts';

/** Whether some frame of the article has a learned model, which then orders its evidence for review. */
export function learnedOrder(detail: ArticleDetail): boolean {
  return detail.evidenceOrder.some((item) => item.learned !== null);
}

/**
 * The frames in the order n / p review their evidence where a frame has a learned model (issue 9):
 * by where each frame's first suggested evidence is in the engine's review order, least likely
 * first, and the frames with nothing left to review after, in their own order (primary first).
 * Without a model, the frames' own order.
 */
export function framesInReviewOrder(detail: ArticleDetail): FrameDecisionView[] {
  if (!learnedOrder(detail)) return detail.decisions;
  const codeOf = new Map(detail.annotations.map((a) => [a.id, a.codeId]));
  const first = new Map<number, number>();
  detail.evidenceOrder.forEach((item, index) => {
    const codeId = codeOf.get(item.id);
    if (codeId !== undefined && !first.has(codeId)) first.set(codeId, index);
  });
  const rank = (d: FrameDecisionView) => first.get(d.codeId) ?? Infinity;
  // A stable sort: frames with nothing to review keep their own order.
  return [...detail.decisions].sort((a, b) => rank(a) - rank(b));
}

/**
 * The article's frame decisions (present, primary, denied, absent; salience), each with its evidence
 * sentences to accept or reject; a coder decides a frame otherwise with the buttons in its head.
 * Where a frame has a model learned from the coders' decisions, the frames follow the review order
 * of n / p, and the evidence the model is sure of can be accepted in bulk.
 */
export function FramesTab({ detail, selected, onSelect, showRejected }: ReviewTabProps) {
  const threshold = useStore(likelyThreshold);
  const learned = learnedOrder(detail);
  const likely = useEngine('frames.likely', learned ? [{ articleId: detail.id, threshold }] : null);
  const count = learned && likely.data?.threshold === threshold ? likely.data : undefined;
  const evidence = detail.annotations.filter(
    (a) => a.codeKind === 'frame' && (showRejected || a.status !== 'rejected'),
  );
  if (detail.decisions.length === 0 && evidence.length === 0 && detail.learned.length === 0) {
    return (
      <p className="panel-empty">
        No frame is present in this article. A frame is present when sentences treat the issue in its terms;
        edit the cues in Codebook.
      </p>
    );
  }
  const byFrame = new Map<number, AnnotationView[]>();
  for (const a of evidence) byFrame.set(a.codeId, [...(byFrame.get(a.codeId) ?? []), a]);
  const probabilities = new Map(detail.evidenceOrder.map((item) => [item.id, item.learned]));
  return (
    <div>
      <LikelyBar detail={detail} count={count} />
      <LearnedProposals detail={detail} />
      {framesInReviewOrder(detail).map((decision) => (
        <FrameSection
          key={decision.codeId}
          articleId={detail.id}
          decision={decision}
          evidence={byFrame.get(decision.codeId) ?? []}
          text={detail.text}
          learned={probabilities}
          likely={count?.frames.find((f) => f.codeId === decision.codeId)}
          threshold={threshold}
          selected={selected}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}

function FrameSection({
  articleId,
  decision,
  evidence,
  text,
  learned,
  likely,
  threshold,
  selected,
  onSelect,
}: {
  articleId: number;
  decision: FrameDecisionView;
  evidence: AnnotationView[];
  text: string;
  /** Per suggested evidence, how likely the frame's learned model finds the frame here (review order). */
  learned: ReadonlyMap<number, number | null>;
  /** The frame's evidence here that the bulk accept would take at the threshold, if any. */
  likely: LikelyFrameCount | undefined;
  threshold: number;
  selected: Target | null;
  onSelect: (target: Target) => void;
}) {
  return (
    <section
      className={`panel-group${decision.present ? '' : ' absent'}`}
      aria-label={`Frame ${decision.name}`}
    >
      <FrameDecisionHead articleId={articleId} decision={decision} />
      {likely && (
        <p className="likely-frame">
          <button
            type="button"
            className="btn small"
            onClick={() => void acceptLikely({ articleId, codeId: decision.codeId, threshold })}
          >
            Accept {likely.evidence} likely
          </button>{' '}
          <span className="faint">at {percent(threshold)} or more, learned</span>
        </p>
      )}
      <ul>
        {evidence.map((a) => {
          const target: Target = { kind: 'annotation', id: a.id };
          return (
            <PanelItem
              key={a.id}
              selected={sameTarget(selected, target)}
              status={a.status}
              label={`Evidence for ${a.codeName}${a.negated ? ' (denied)' : ''}`}
              onSelect={() => onSelect(target)}
            >
              <div
                className={`frame-evidence${a.negated ? ' denied' : ''}`}
                style={{ borderColor: a.color ?? undefined }}
              >
                <Passage
                  text={text}
                  start={a.start}
                  end={a.end}
                  cues={a.cues.length > 0 ? a.cues : a.cue ? [a.cue] : []}
                />
              </div>
              <div className="item-foot">
                <span className="faint">
                  {a.negated && <strong className="denied-tag">denies the frame</strong>}
                  {a.negated ? ' · ' : ''}
                  {a.inQuote
                    ? `in the words of ${a.speaker ?? 'an unnamed source'}`
                    : a.cue
                      ? 'the outlet’s own words'
                      : 'by hand'}
                  {a.status === 'suggested' ? ' · suggested' : a.status === 'rejected' ? ' · rejected' : ''}
                  <LearnedOrder probability={learned.get(a.id)} />
                </span>
                <ReviewButtons target={target} status={a.status} what={`evidence for ${a.codeName}`} />
              </div>
            </PanelItem>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Why a suggestion is where n / p reach it: the model learned from the coders' decisions finds its
 * frame this likely here, and the least likely is reviewed first (nothing shown without a model).
 */
function LearnedOrder({ probability }: { probability: number | null | undefined }) {
  if (probability === null || probability === undefined) return null;
  return (
    <span
      className="learned-order"
      title="n and p review frame evidence least likely first, by the model learned from your decisions (it decides nothing)"
    >
      {' · '}learned: {percent(probability)} likely
    </span>
  );
}
