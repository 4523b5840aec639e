import { useEffect, useState } from 'react';
import type { AnnotationView } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { coderArgs } from '../../hooks/coder.ts';
import { isHandCoding, sameTarget, type Target } from '../../reader/marks.ts';
import { PanelItem } from './PanelItem.tsx';
import { Passage } from './Passage.tsx';
import type { TabProps } from './tab-props.ts';

function MemoEditor({ annotation }: { annotation: AnnotationView }) {
  const [memo, setMemo] = useState(annotation.memo ?? '');
  useEffect(() => setMemo(annotation.memo ?? ''), [annotation.memo]);
  const save = () => {
    if (memo === (annotation.memo ?? '')) return;
    // A memo edit keeps the passage's coder: who coded it does not change when someone annotates it.
    // A passage nobody has decided on yet becomes the memo writer's.
    coderArgs()
      .then((coder) =>
        mutate('annotations.update', annotation.id, {
          memo: memo.trim() || null,
          ...(annotation.coderId === null ? coder : {}),
        }),
      )
      .then(
        () => showToast('Memo saved.', { undo: true }),
        (error: unknown) => showError(error, 'save the memo'),
      );
  };
  return (
    <label className="memo" onClick={(event) => event.stopPropagation()}>
      <span className="visually-hidden">Memo</span>
      <textarea
        className="input"
        aria-label="Memo"
        placeholder="Memo: why this passage, what it shows…"
        rows={Math.min(6, Math.max(2, memo.split('\n').length))}
        value={memo}
        onChange={(event) => setMemo(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.blur();
          if (event.key === 'Escape') {
            setMemo(annotation.memo ?? '');
            event.currentTarget.blur();
          }
        }}
      />
    </label>
  );
}

/** The passages coded by hand, with their memos (saved when the field loses focus). */
export function CodesTab({ detail, selected, onSelect }: TabProps) {
  const coded = detail.annotations.filter(isHandCoding);
  if (coded.length === 0) {
    return (
      <p className="panel-empty">
        Nothing coded yet. Select a passage in the text, then choose Code ▾ (or press c) to apply a code.
      </p>
    );
  }
  return (
    <ul>
      {coded.map((a) => {
        const target: Target = { kind: 'annotation', id: a.id };
        return (
          <PanelItem
            key={a.id}
            selected={sameTarget(selected, target)}
            status={a.status === 'rejected' ? 'rejected' : undefined}
            label={`Code ${a.codeName}`}
            onSelect={() => onSelect(target)}
          >
            <div className="code-head">
              <span className="swatch" style={{ background: a.color ?? undefined }} aria-hidden="true" />
              <strong>{a.codeName}</strong>
              {a.coderName && (
                <span className="faint" title={`Coded by ${a.coderName}`}>
                  · by {a.coderName}
                </span>
              )}
              <button
                type="button"
                className="btn small"
                aria-label={`Remove code ${a.codeName} from this passage`}
                title="Remove this coding (Ctrl+Z brings it back)"
                onClick={(event) => {
                  event.stopPropagation();
                  mutate('annotations.delete', a.id).then(
                    () => showToast('Coding removed.', { undo: true }),
                    (error: unknown) => showError(error, 'remove the coding'),
                  );
                }}
              >
                Remove
              </button>
            </div>
            <div className="coded-passage" style={{ borderColor: a.color ?? undefined }}>
              <Passage text={detail.text} start={a.start} end={a.end} />
            </div>
            <MemoEditor annotation={a} />
          </PanelItem>
        );
      })}
    </ul>
  );
}
