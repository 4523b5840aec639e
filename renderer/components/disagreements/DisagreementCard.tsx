import { useState } from 'react';
import type { Disagreement } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';

const said = (present: boolean | null) =>
  present === null ? 'did not look at this article' : present ? 'applied the code' : 'did not apply it';

/**
 * One place where coders differ: the passage, each coder's decision and memos side by side, and
 * the adjudicated decision (or, for an adjudicator, the buttons that record it).
 */
export function DisagreementCard({
  place,
  color,
  adjudicatorId,
}: {
  place: Disagreement;
  color: string | null;
  /** The current coder when they are an adjudicator: they may settle it. */
  adjudicatorId: number | null;
}) {
  const [memo, setMemo] = useState('');
  const settle = (present: boolean) =>
    mutate('disagreements.adjudicate', {
      articleId: place.articleId,
      codeId: place.codeId,
      start: place.start,
      end: place.end,
      present,
      coderId: adjudicatorId!,
      ...(memo.trim() ? { memo: memo.trim() } : {}),
    }).then(
      () =>
        showToast(`Settled: “${place.codeName}” ${present ? 'applies' : 'does not apply'} here.`, {
          undo: true,
        }),
      (error: unknown) => showError(error, 'record the decision'),
    );
  const label = `${place.codeName} in ${place.title ?? `article ${place.articleId}`}`;
  return (
    <article className="disagreement" aria-label={label} data-settled={place.adjudicated ? 'yes' : 'no'}>
      <header className="disagreement-head">
        <span className="disagreement-code">
          <span className="swatch" style={{ background: color ?? 'var(--line-strong)' }} aria-hidden="true" />
          {place.codeName}
        </span>
        <span className="faint">{place.outlet ?? 'no outlet'}</span>
        <a href={`#/reader/${place.articleId}`} className="disagreement-title">
          {place.title ?? `Article ${place.articleId}`}
        </a>
      </header>
      <blockquote className="disagreement-text">{place.text}</blockquote>
      <div className="disagreement-sides" role="list" aria-label="What each coder decided">
        {place.sides.map((side) => (
          <div
            key={side.coderId}
            role="listitem"
            className="disagreement-side"
            data-present={side.present === null ? 'unseen' : side.present ? 'yes' : 'no'}
          >
            <div className="side-name">
              <span className="side-mark" aria-hidden="true">
                {side.present === null ? '·' : side.present ? '✓' : '✗'}
              </span>
              <strong>{side.name}</strong> <span className="muted">{said(side.present)}</span>
            </div>
            {side.memos.map((text, i) => (
              <p key={i} className="side-memo">
                {text}
              </p>
            ))}
          </div>
        ))}
      </div>
      {place.adjudicated && (
        <p className="disagreement-settled">
          <strong>Adjudicated:</strong> the code {place.adjudicated.present ? 'applies' : 'does not apply'}{' '}
          here
          {place.adjudicated.coderName ? ` (${place.adjudicated.coderName})` : ''}
          {place.adjudicated.memo ? ` — ${place.adjudicated.memo}` : ''}
        </p>
      )}
      {adjudicatorId !== null && (
        <div className="disagreement-settle" role="group" aria-label={`Settle ${label}`}>
          <input
            className="input"
            aria-label="Reason for the decision"
            placeholder="Reason (optional)"
            value={memo}
            onChange={(event) => setMemo(event.target.value)}
          />
          <button type="button" className="btn small" onClick={() => void settle(true)}>
            Applies
          </button>
          <button type="button" className="btn small" onClick={() => void settle(false)}>
            Does not apply
          </button>
        </div>
      )}
    </article>
  );
}
