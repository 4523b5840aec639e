import type { FrameInfo } from '../../api/contract.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { formatDate, plural } from '../format.ts';
import type { SelectionArgs } from './selection.ts';

const LIMIT = 60;

/** A heatmap cell's evidence as keyword-in-context rows, each opening its article in the reader. */
export function EvidenceList({
  selection,
  outlet,
  frame,
  onClose,
}: {
  selection: SelectionArgs;
  outlet: string;
  frame: FrameInfo;
  onClose: () => void;
}) {
  const evidence = useEngine('compare.evidence', [
    { ...selection, frameCodeId: frame.codeId, outlet, limit: LIMIT },
  ]);
  return (
    <section className="evidence" aria-label={`Evidence of ${frame.name} in ${outlet}`}>
      <header className="evidence-head">
        <h3>
          <span className="swatch" style={{ ['--swatch' as string]: frame.color ?? 'var(--text-faint)' }} />{' '}
          {frame.name} in {outlet}
        </h3>
        {evidence.data && (
          <span className="muted">
            {evidence.data.total > evidence.data.rows.length
              ? `the first ${evidence.data.rows.length} of ${plural(evidence.data.total, 'passage')}`
              : plural(evidence.data.total, 'passage')}
          </span>
        )}
        <button type="button" className="icon-btn" aria-label="Close the evidence" onClick={onClose}>
          ×
        </button>
      </header>
      {evidence.error ? (
        <ErrorNotice error={evidence.error} title="The evidence could not be listed" hint="Try again." />
      ) : !evidence.data ? (
        <div className="list-skeleton" aria-busy="true" aria-label="Loading the evidence">
          {Array.from({ length: 3 }, (_, index) => (
            <div key={index} className="skeleton-block">
              <span className="skeleton" style={{ width: '90%' }} />
            </div>
          ))}
        </div>
      ) : evidence.data.rows.length === 0 ? (
        <p className="muted chart-empty">No evidence left: it may have been rejected in the reader.</p>
      ) : (
        <table className="kwic">
          <caption className="visually-hidden">
            Evidence of {frame.name} in {outlet}, keyword in context
          </caption>
          <tbody>
            {evidence.data.rows.map((row) => (
              <tr key={row.annotationId} className={row.status === 'suggested' ? 'suggested' : undefined}>
                <td className="kwic-left">{row.left}</td>
                <td className="kwic-cue">
                  <mark>{row.cue}</mark>
                  {row.negated && <span className="faint"> (negated)</span>}
                </td>
                <td className="kwic-right">{row.right}</td>
                <td className="kwic-source">
                  <a href={`#/reader/${row.articleId}`} title={row.title ?? undefined}>
                    {formatDate(row.published_at) || `Article ${row.articleId}`}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
