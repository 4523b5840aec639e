import type { FrameDecisionView } from '../../api/contract.ts';
import { decideFrame, undecideFrame } from '../../reader/decide.ts';
import { percent } from '../format.ts';

/** In words: what counts for the frame, and who decided it. */
function stateText(d: FrameDecisionView): string {
  const state = !d.present ? 'absent' : d.denied ? 'denied' : d.primary ? 'primary' : 'present';
  const who = d.origin === 'auto' ? 'suggested' : `decided by ${d.coderName ?? 'a coder'}`;
  return `${state} · ${who}`;
}

/**
 * One frame's decision on the article: its state (present, primary, denied, absent), salience and who
 * decided, with buttons for a coder to decide otherwise. Denied evidence never counts as the frame asserted.
 */
export function FrameDecisionHead({
  articleId,
  decision: d,
}: {
  articleId: number;
  decision: FrameDecisionView;
}) {
  const decide = (patch: Parameters<typeof decideFrame>[2], done: string) =>
    void decideFrame(articleId, d.codeId, patch, done);
  return (
    <div className="frame-decision">
      <h3>
        <span className="swatch" style={{ background: d.color ?? undefined }} aria-hidden="true" />
        {d.name}
        {d.salience !== null && d.present && (
          <span className="num faint" title="Salience: the frame's share of the codebook's weighted evidence">
            {percent(d.salience)}
          </span>
        )}
      </h3>
      <p className="decision-state">
        <span className={`decision-badge ${d.present ? (d.denied ? 'denied' : 'present') : 'absent'}`}>
          {stateText(d)}
        </span>
        {d.suggested && (
          <span className="faint">
            {' '}
            (analysis: {d.suggested.present ? (d.suggested.denied ? 'denied' : 'present') : 'absent'})
          </span>
        )}
        {d.quotedEvidence > 0 && <span className="faint"> · {d.quotedEvidence} in quotes</span>}
      </p>
      <div className="decision-buttons" role="group" aria-label={`Decide “${d.name}”`}>
        <button
          type="button"
          aria-pressed={d.present && !d.denied}
          onClick={() => decide({ present: true, denied: false }, `“${d.name}” marked present.`)}
        >
          Present
        </button>
        <button
          type="button"
          aria-pressed={!d.present}
          onClick={() => decide({ present: false }, `“${d.name}” marked absent.`)}
        >
          Absent
        </button>
        <button
          type="button"
          aria-pressed={d.primary}
          disabled={d.denied}
          onClick={() =>
            decide(
              { present: true, primary: !d.primary },
              d.primary ? `“${d.name}” is no longer primary.` : `“${d.name}” is the primary frame.`,
            )
          }
        >
          Primary
        </button>
        <button
          type="button"
          aria-pressed={d.denied}
          onClick={() =>
            decide(
              { present: true, denied: !d.denied },
              d.denied ? `“${d.name}” marked asserted.` : `“${d.name}” marked denied.`,
            )
          }
        >
          Denied
        </button>
        {d.origin !== 'auto' && (
          <button
            type="button"
            className="link-btn"
            onClick={() => void undecideFrame(articleId, d.codeId, d.name)}
          >
            Back to suggestion
          </button>
        )}
      </div>
    </div>
  );
}
