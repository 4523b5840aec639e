import type { AnnotationView } from '../../api/contract.ts';
import { sameTarget, type Target } from '../../reader/marks.ts';
import { PanelItem } from './PanelItem.tsx';
import { Passage } from './Passage.tsx';
import { ReviewButtons } from './ReviewButtons.tsx';
import type { ReviewTabProps } from './tab-props.ts';

/** The frames the article uses, each with its evidence sentences to accept or reject. */
export function FramesTab({ detail, selected, onSelect, showRejected }: ReviewTabProps) {
  const evidence = detail.annotations.filter(
    (a) => a.codeKind === 'frame' && (showRejected || a.status !== 'rejected'),
  );
  if (evidence.length === 0) {
    return (
      <p className="panel-empty">
        No frame evidence in this article. Frames are found by their cue words; edit them in Codebook.
      </p>
    );
  }
  const groups = new Map<number, AnnotationView[]>();
  for (const a of evidence) groups.set(a.codeId, [...(groups.get(a.codeId) ?? []), a]);
  const score = new Map(detail.frames.map((f) => [f.codeId, f]));
  return (
    <div>
      {[...groups].map(([codeId, list]) => {
        const first = list[0]!;
        const frame = score.get(codeId);
        return (
          <section key={codeId} className="panel-group" aria-label={`Frame ${first.codeName}`}>
            <h3>
              <span className="swatch" style={{ background: first.color ?? undefined }} aria-hidden="true" />
              {first.codeName}
              <span className="num faint" title="Hits per 100 words">
                {frame ? `${frame.hits} · ${frame.score.toFixed(2)}/100w` : ''}
              </span>
            </h3>
            <ul>
              {list.map((a) => {
                const target: Target = { kind: 'annotation', id: a.id };
                return (
                  <PanelItem
                    key={a.id}
                    selected={sameTarget(selected, target)}
                    status={a.status}
                    label={`Evidence for ${a.codeName}`}
                    onSelect={() => onSelect(target)}
                  >
                    <div className="frame-evidence" style={{ borderColor: a.color ?? undefined }}>
                      <Passage text={detail.text} start={a.start} end={a.end} cue={a.cue} />
                    </div>
                    <div className="item-foot">
                      <span className="faint">
                        {a.cue ? `cue “${a.cue.text}”` : 'by hand'}
                        {a.negated ? ' · negated' : ''}
                        {a.status === 'suggested'
                          ? ' · suggested'
                          : a.status === 'rejected'
                            ? ' · rejected'
                            : ''}
                      </span>
                      <ReviewButtons target={target} status={a.status} what={`evidence for ${a.codeName}`} />
                    </div>
                  </PanelItem>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
