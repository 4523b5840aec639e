import type { ArticleDetail } from '../../api/contract.ts';
import { decideFrame } from '../../reader/decide.ts';
import { formatDateTime, percent } from '../format.ts';

/**
 * Frames a model learned from the coders' decisions proposes for this article: marked as learned
 * (never a decision, never counted), with buttons for a coder to decide, which removes the proposal.
 */
export function LearnedProposals({ detail }: { detail: ArticleDetail }) {
  if (detail.learned.length === 0) return null;
  return (
    <section className="panel-group learned-proposals" aria-label="Learned proposals">
      <h3 className="learned-proposals-title">Proposed by the model learned from your decisions</h3>
      <ul>
        {detail.learned.map((p) => (
          <li key={p.codeId} className="frame-decision">
            <p className="decision-state">
              <span className="swatch" style={{ background: p.color ?? undefined }} aria-hidden="true" />
              <strong>{p.name}</strong> <span className="decision-badge learned">learned proposal</span>{' '}
              <span
                className="faint num"
                title={`How likely the model finds the frame here; trained ${formatDateTime(p.trainedAt)}`}
              >
                {percent(p.probability)} likely
              </span>
            </p>
            <div className="decision-buttons" role="group" aria-label={`Decide “${p.name}”`}>
              <button
                type="button"
                onClick={() =>
                  void decideFrame(detail.id, p.codeId, { present: true }, `“${p.name}” marked present.`)
                }
              >
                Present
              </button>
              <button
                type="button"
                onClick={() =>
                  void decideFrame(detail.id, p.codeId, { present: false }, `“${p.name}” marked absent.`)
                }
              >
                Absent
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p className="faint learned-proposals-note">
        A suggestion only: it counts nowhere until you decide. Trained{' '}
        {formatDateTime(detail.learned[0]!.trainedAt)}.
      </p>
    </section>
  );
}
